import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BULK_MAX_ITEMS } from '../../shared/bulk/bulk-limits';
import { BulkWriteResult } from '../../shared/bulk/bulk-outcome';
import { transaction } from '../../shared/db/transaction';
import { Fen } from '../../shared/money/fen';
import { can } from '../access-policy';
import { Area, areaStub } from '../area/area.stub';
import type { FinanceContext } from '../context';
import { LotteryFundDisbursement } from '../disbursement/lottery-fund-disbursement.entity';
import { LotteryFund } from '../fund/lottery-fund.entity';
import { LotteryFundAllocation } from './lottery-fund-allocation.entity';
import { AllocateLotteryFundInput, ImportLotteryFundAllocationsInput } from './lottery-fund-allocation.inputs';
import { importLotteryFundAllocations } from './lottery-fund-allocation-import';
import { allocateLotteryFund } from './lottery-fund-allocation.service';

@Authorized(can('publicRecords'))
@Resolver(() => LotteryFundAllocation)
export class LotteryFundAllocationResolver {
  @Query(() => LotteryFundAllocation, {
    nullable: true,
    description: 'An allocation by record number; null if there is none.',
  })
  lotteryFundAllocation(
    @Arg('id', () => ID, { description: 'Record number of the allocation.' }) id: string,
    @Ctx() { loaders }: FinanceContext,
  ): Promise<LotteryFundAllocation | null> {
    return loaders.lotteryFundAllocationById.load(Number(id));
  }

  @Authorized(can('write'))
  @Mutation(() => LotteryFundAllocation, {
    description:
      'Allocates part of a fund to a category, programme and area. Refused (CONFLICT) if it exceeds the fund’s unallocated balance; concurrent allocations from one fund are serialised on the fund.',
  })
  allocateLotteryFund(
    @Arg('input', () => AllocateLotteryFundInput) input: AllocateLotteryFundInput,
    @Ctx() { dataSource }: FinanceContext,
  ): Promise<LotteryFundAllocation> {
    return transaction(dataSource, (manager) => allocateLotteryFund(manager, input));
  }

  @Authorized(can('write'))
  @Mutation(() => BulkWriteResult, {
    description: `Loads up to ${BULK_MAX_ITEMS.toLocaleString('en')} lottery-fund allocations from a finance system in one transaction: each item, named by its source reference, allocates from a fund or brings the allocation with that reference up to date, and is answered by its index with CREATED, UPDATED, UNCHANGED or REFUSED (code, field, message). The load’s items together may not exceed a fund’s unallocated balance: an item that would is refused (CONFLICT).`,
  })
  importLotteryFundAllocations(
    @Arg('input', () => ImportLotteryFundAllocationsInput) input: ImportLotteryFundAllocationsInput,
    @Ctx() { dataSource }: FinanceContext,
  ): Promise<BulkWriteResult> {
    return transaction(dataSource, (manager) => importLotteryFundAllocations(manager, input));
  }

  @Authorized(can('sourceRefs'))
  @Query(() => LotteryFundAllocation, {
    nullable: true,
    description:
      'An allocation by its identifier in a finance system (来源系统编号), as that system sent it; null if none carries it. For finance’s own systems.',
  })
  lotteryFundAllocationBySourceRef(
    @Arg('source', { description: 'The source system.' }) source: string,
    @Arg('ref', { description: 'The allocation’s identifier in that system.' }) ref: string,
    @Ctx() { dataSource }: FinanceContext,
  ): Promise<LotteryFundAllocation | null> {
    return dataSource.manager.findOneBy(LotteryFundAllocation, { sourceSystem: source, sourceId: ref });
  }

  @FieldResolver(() => LotteryFund, { description: 'The fund it comes from.' })
  async fund(@Root() allocation: LotteryFundAllocation, @Ctx() { loaders }: FinanceContext): Promise<LotteryFund> {
    return (await loaders.lotteryFundById.load(allocation.fundId))!;
  }

  @FieldResolver(() => Area, { description: 'Area where it is spent; civil affairs resolves its name.' })
  area(@Root() allocation: LotteryFundAllocation): Area {
    return areaStub(allocation.areaCode);
  }

  @FieldResolver(() => Fen, { description: 'Fen paid from it and not reversed.' })
  async disbursedFen(@Root() allocation: LotteryFundAllocation, @Ctx() { loaders }: FinanceContext): Promise<number> {
    return (await loaders.lotteryFundAllocationDisbursedById.load(allocation.id))?.disbursedFen ?? 0;
  }

  @FieldResolver(() => Fen, { description: 'Fen still to pay: the most a new disbursement may take.' })
  async remainderFen(@Root() allocation: LotteryFundAllocation, @Ctx() { loaders }: FinanceContext): Promise<number> {
    return (
      allocation.amountFen - ((await loaders.lotteryFundAllocationDisbursedById.load(allocation.id))?.disbursedFen ?? 0)
    );
  }

  @Authorized(can('disbursements'))
  @FieldResolver(() => [LotteryFundDisbursement], {
    description: 'Its disbursements, reversed ones included, in payment order.',
  })
  disbursements(
    @Root() allocation: LotteryFundAllocation,
    @Ctx() { loaders }: FinanceContext,
  ): Promise<LotteryFundDisbursement[]> {
    return loaders.lotteryFundDisbursementsByAllocation.load(allocation.id);
  }
}
