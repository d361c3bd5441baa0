import { Arg, Authorized, Ctx, Field, FieldResolver, ID, Int, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { Fen } from '../../shared/money/fen';
import { checkedPage, PageInput } from '../../shared/paging/page';
import { todayIso } from '../../shared/time/today';
import { checkIntegerRange } from '../../shared/validation/checks';
import { can } from '../access-policy';
import type { FinanceContext } from '../context';
import { LotteryFundDisbursementStatus } from '../disbursement/lottery-fund-disbursement.enums';
import { LotteryFundDisbursementPage } from '../disbursement/lottery-fund-disbursement.resolver';
import { listLotteryFundDisbursements } from '../disbursement/lottery-fund-disbursement.service';
import { elderCareShare } from '../fund/elder-care-share';
import { LotteryFundElderCareShare } from '../fund/lottery-fund-elder-care-share.type';
import { LotteryFundSource } from '../fund/lottery-fund-source.enum';
import { LotteryFund } from '../fund/lottery-fund.entity';
import { FIRST_FUND_YEAR } from '../fund/lottery-fund.inputs';
import { Area, areaStub } from './area.stub';
import { checkFundArea } from './finance-areas';
import { LotteryFundYearFigures, lotteryFundYearFigures } from './lottery-fund-year-figures';

/** What a finance clerk asks of one level and year: the funds, the elder-care share against 55%, and the money paid out. */
@Authorized(can('publicRecords'))
@ObjectType({
  description:
    'One level’s lottery-fund year (the city or a district, by year raised): its funds, the elder-care share against the plan’s 55%, and its disbursements.',
})
export class LotteryFundAreaReport {
  @Field(() => ID, { description: 'Level reported: 371000 for the city, or a district code.' })
  areaCode: string;

  @Field(() => Int, { description: 'Year the funds were raised.' })
  raisedYear: number;

  @Field(() => Int, { description: 'Year they are spent.' })
  spendingYear: number;

  @Field(() => [LotteryFund], { description: 'The level’s funds of that year, every source (welfare lottery first).' })
  funds: LotteryFund[];
}

@Authorized(can('publicRecords'))
@Resolver(() => LotteryFundAreaReport)
export class LotteryFundAreaReportResolver {
  @Query(() => LotteryFundAreaReport, {
    description:
      'For the city or a district and a year raised: the funds, the elder-care share against 55%, and the disbursements with their recipients.',
  })
  async lotteryFundAreaReport(
    @Arg('areaCode', () => ID, { description: '371000 for the city, or a district code.' }) areaCode: string,
    @Arg('raisedYear', () => Int, { description: 'Year the funds were raised (spent the year after).' })
    raisedYear: number,
    @Ctx() { dataSource }: FinanceContext,
  ): Promise<LotteryFundAreaReport> {
    checkFundArea('areaCode', areaCode);
    checkIntegerRange('raisedYear', raisedYear, FIRST_FUND_YEAR, Number(todayIso().slice(0, 4)));
    const funds = await dataSource
      .getRepository(LotteryFund)
      .find({ where: { areaCode, raisedYear }, order: { source: 'DESC', id: 'ASC' } });
    return Object.assign(new LotteryFundAreaReport(), { areaCode, raisedYear, spendingYear: raisedYear + 1, funds });
  }

  @Query(() => [LotteryFundYearFigures], {
    description:
      'Every level’s figures for one year raised (the city and each district that recorded a fund), by area code: the by-district view of the 55% rule.',
  })
  lotteryFundFigures(
    @Arg('raisedYear', () => Int, { description: 'Year raised.' }) raisedYear: number,
    @Arg('source', () => LotteryFundSource, {
      defaultValue: LotteryFundSource.WELFARE_LOTTERY,
      description: 'Source; the welfare-lottery fund unless told.',
    })
    source: LotteryFundSource,
    @Ctx() { dataSource }: FinanceContext,
  ): Promise<LotteryFundYearFigures[]> {
    checkIntegerRange('raisedYear', raisedYear, FIRST_FUND_YEAR, Number(todayIso().slice(0, 4)));
    return lotteryFundYearFigures(dataSource.manager, { fromYear: raisedYear, toYear: raisedYear, source });
  }

  @FieldResolver(() => Area, { description: 'The level reported; civil affairs resolves its name.' })
  area(@Root() report: LotteryFundAreaReport): Area {
    return areaStub(report.areaCode);
  }

  @FieldResolver(() => LotteryFundElderCareShare, {
    nullable: true,
    description:
      'Elder-care share of the welfare-lottery fund against the plan’s 55%; null if none is recorded for that year.',
  })
  async elderCareShare(
    @Root() report: LotteryFundAreaReport,
    @Ctx() { loaders }: FinanceContext,
  ): Promise<LotteryFundElderCareShare | null> {
    const fund = report.funds.find((f) => f.source === LotteryFundSource.WELFARE_LOTTERY);
    if (!fund) return null;
    const totals = await loaders.lotteryFundTotalsById.load(fund.id);
    return Object.assign(
      new LotteryFundElderCareShare(),
      elderCareShare(totals?.elderCareAllocatedFen ?? 0, fund.amountFen),
    );
  }

  @FieldResolver(() => Fen, { description: 'Fen disbursed from all its funds and not reversed.' })
  async disbursedFen(@Root() report: LotteryFundAreaReport, @Ctx() { loaders }: FinanceContext): Promise<number> {
    const sums = await Promise.all(report.funds.map((fund) => loaders.lotteryFundDisbursedById.load(fund.id)));
    return sums.reduce((total, row) => total + (row?.disbursedFen ?? 0), 0);
  }

  @Authorized(can('disbursements'))
  @FieldResolver(() => LotteryFundDisbursementPage, {
    description: 'Disbursements from all its funds, in payment order; reversed ones only when asked.',
  })
  disbursements(
    @Root() report: LotteryFundAreaReport,
    @Arg('includeReversed', { defaultValue: false, description: 'Include reversed disbursements.' })
    includeReversed: boolean,
    @Arg('page', () => PageInput, { nullable: true, description: 'Which page.' }) page: PageInput | undefined,
    @Ctx() { dataSource, config }: FinanceContext,
  ): Promise<LotteryFundDisbursementPage> {
    const filter = {
      fundAreaCode: report.areaCode,
      raisedYear: report.raisedYear,
      ...(includeReversed ? {} : { status: LotteryFundDisbursementStatus.PAID }),
    };
    return listLotteryFundDisbursements(dataSource.manager, filter, checkedPage(page, config.maxPageSize));
  }
}
