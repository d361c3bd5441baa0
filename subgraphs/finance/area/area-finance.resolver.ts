import { Arg, Authorized, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import { BadUserInputError } from '../../shared/errors/errors';
import { todayIso } from '../../shared/time/today';
import { checkIntegerRange } from '../../shared/validation/checks';
import { can } from '../access-policy';
import type { FinanceContext } from '../context';
import { LotteryFundSource } from '../fund/lottery-fund-source.enum';
import { FIRST_FUND_YEAR } from '../fund/lottery-fund.inputs';
import { Area } from './area.stub';
import { LotteryFundYearFigures } from './lottery-fund-year-figures';

/** Years of figures an area shows when not told: the last five years raised. */
export const DEFAULT_FIGURE_YEARS = 5;

/** Finance's figures for an area: its retained fund per year. */
@Authorized(can('publicRecords'))
@Resolver(() => Area)
export class AreaFinanceResolver {
  @FieldResolver(() => [LotteryFundYearFigures], {
    nullable: true,
    description:
      'The area’s own retained fund per year raised (the city’s or a district’s; empty for towns and villages): retained, allocated to elder care, share against 55%, disbursed. Oldest year first.',
  })
  lotteryFundFigures(
    @Root() area: Area,
    @Arg('fromYear', () => Int, {
      nullable: true,
      description: 'First year raised; five years before the current year if omitted.',
    })
    fromYear: number | undefined,
    @Arg('toYear', () => Int, { nullable: true, description: 'Last year raised; the current year if omitted.' })
    toYear: number | undefined,
    @Arg('source', () => LotteryFundSource, {
      defaultValue: LotteryFundSource.WELFARE_LOTTERY,
      description: 'Source; the welfare-lottery fund, to which the 55% rule applies, unless told.',
    })
    source: LotteryFundSource,
    @Ctx() { loaders }: FinanceContext,
  ): Promise<LotteryFundYearFigures[]> {
    const thisYear = Number(todayIso().slice(0, 4));
    const to = toYear ?? thisYear;
    const from = fromYear ?? to - DEFAULT_FIGURE_YEARS;
    checkIntegerRange('fromYear', from, FIRST_FUND_YEAR, thisYear);
    checkIntegerRange('toYear', to, FIRST_FUND_YEAR, thisYear);
    if (from > to) throw new BadUserInputError('toYear', `must not be before fromYear (${from})`);
    return loaders.lotteryFundFiguresByArea.load({ key: area.code, args: { fromYear: from, toYear: to, source } });
  }
}
