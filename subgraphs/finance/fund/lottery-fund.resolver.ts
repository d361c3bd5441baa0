import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { transaction } from '../../shared/db/transaction';
import { Fen } from '../../shared/money/fen';
import { can } from '../access-policy';
import { LotteryFundAllocation } from '../allocation/lottery-fund-allocation.entity';
import { Area, areaStub } from '../area/area.stub';
import type { FinanceContext } from '../context';
import { elderCareShare } from './elder-care-share';
import { LotteryFundElderCareShare } from './lottery-fund-elder-care-share.type';
import { LotteryFund } from './lottery-fund.entity';
import { LotteryFundFilter, RecordLotteryFundInput } from './lottery-fund.inputs';
import { listLotteryFunds, recordLotteryFund } from './lottery-fund.service';

@Authorized(can('publicRecords'))
@Resolver(() => LotteryFund)
export class LotteryFundResolver {
  @Query(() => LotteryFund, { nullable: true, description: 'A retained fund by record number; null if there is none.' })
  lotteryFund(
    @Arg('id', () => ID, { description: 'Record number of the fund.' }) id: string,
    @Ctx() { loaders }: FinanceContext,
  ): Promise<LotteryFund | null> {
    return loaders.lotteryFundById.load(Number(id));
  }

  @Query(() => [LotteryFund], {
    description:
      'Retained funds matching a filter (a few per level and year), newest year first, then by area code and source.',
  })
  lotteryFunds(
    @Arg('filter', () => LotteryFundFilter, { nullable: true, description: 'Which funds.' })
    filter: LotteryFundFilter | undefined,
    @Ctx() { dataSource }: FinanceContext,
  ): Promise<LotteryFund[]> {
    return listLotteryFunds(dataSource.manager, filter);
  }

  @Authorized(can('write'))
  @Mutation(() => LotteryFund, {
    description:
      'Records a year’s retained fund of the city or a district. Refused (CONFLICT) if that source, level and year is already recorded.',
  })
  recordLotteryFund(
    @Arg('input', () => RecordLotteryFundInput) input: RecordLotteryFundInput,
    @Ctx() { dataSource }: FinanceContext,
  ): Promise<LotteryFund> {
    return transaction(dataSource, (manager) => recordLotteryFund(manager, input));
  }

  @FieldResolver(() => Area, { description: 'The level that retains the fund; civil affairs resolves its name.' })
  area(@Root() fund: LotteryFund): Area {
    return areaStub(fund.areaCode);
  }

  @FieldResolver(() => Fen, { description: 'Fen allocated, every category.' })
  async allocatedFen(@Root() fund: LotteryFund, @Ctx() { loaders }: FinanceContext): Promise<number> {
    return (await loaders.lotteryFundTotalsById.load(fund.id))?.allocatedFen ?? 0;
  }

  @FieldResolver(() => Fen, { description: 'Fen allocated to elder care.' })
  async elderCareAllocatedFen(@Root() fund: LotteryFund, @Ctx() { loaders }: FinanceContext): Promise<number> {
    return (await loaders.lotteryFundTotalsById.load(fund.id))?.elderCareAllocatedFen ?? 0;
  }

  @FieldResolver(() => Fen, { description: 'Fen not yet allocated: the most a new allocation may take.' })
  async unallocatedFen(@Root() fund: LotteryFund, @Ctx() { loaders }: FinanceContext): Promise<number> {
    return fund.amountFen - ((await loaders.lotteryFundTotalsById.load(fund.id))?.allocatedFen ?? 0);
  }

  @FieldResolver(() => Fen, { description: 'Fen disbursed from its allocations and not reversed.' })
  async disbursedFen(@Root() fund: LotteryFund, @Ctx() { loaders }: FinanceContext): Promise<number> {
    return (await loaders.lotteryFundDisbursedById.load(fund.id))?.disbursedFen ?? 0;
  }

  @FieldResolver(() => LotteryFundElderCareShare, {
    description: 'Elder-care share (allocated to ELDER_CARE / retained) against the plan’s 55%.',
  })
  async elderCareShare(
    @Root() fund: LotteryFund,
    @Ctx() { loaders }: FinanceContext,
  ): Promise<LotteryFundElderCareShare> {
    const totals = await loaders.lotteryFundTotalsById.load(fund.id);
    return Object.assign(
      new LotteryFundElderCareShare(),
      elderCareShare(totals?.elderCareAllocatedFen ?? 0, fund.amountFen),
    );
  }

  @FieldResolver(() => [LotteryFundAllocation], { description: 'Its allocations, in the order they were made.' })
  allocations(@Root() fund: LotteryFund, @Ctx() { loaders }: FinanceContext): Promise<LotteryFundAllocation[]> {
    return loaders.lotteryFundAllocationsByFund.load(fund.id);
  }
}
