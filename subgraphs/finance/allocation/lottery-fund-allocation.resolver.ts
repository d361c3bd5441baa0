import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { transaction } from '../../shared/db/transaction';
import { Fen } from '../../shared/money/fen';
import { can } from '../access-policy';
import { Area, areaStub } from '../area/area.stub';
import type { FinanceContext } from '../context';
import { LotteryFundDisbursement } from '../disbursement/lottery-fund-disbursement.entity';
import { LotteryFund } from '../fund/lottery-fund.entity';
import { LotteryFundAllocation } from './lottery-fund-allocation.entity';
import { AllocateLotteryFundInput } from './lottery-fund-allocation.inputs';
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
