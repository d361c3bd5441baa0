import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { can } from '../access-policy';
import type { FinanceContext } from '../context';
import { LotteryFundRecipientKind } from '../disbursement/lottery-fund-disbursement.enums';
import { LotteryFundDisbursement } from '../disbursement/lottery-fund-disbursement.entity';
import { Elder } from './elder.stub';

/** The lottery-fund payments section of an elder's record. */
@Authorized(can('personPayments'))
@Resolver(() => Elder)
export class ElderFinanceResolver {
  @FieldResolver(() => [LotteryFundDisbursement], {
    nullable: true,
    description: 'Lottery-fund payments the elder received (e.g. allowances, meal assistance), newest first.',
  })
  lotteryFundPayments(
    @Root() elder: Elder,
    @Arg('includeReversed', { defaultValue: false, description: 'Include reversed payments.' })
    includeReversed: boolean,
    @Ctx() { loaders }: FinanceContext,
  ): Promise<LotteryFundDisbursement[]> {
    return loaders.lotteryFundPaymentsByRecipient.load({
      key: elder.personKey,
      args: { recipientKind: LotteryFundRecipientKind.ELDER, includeReversed },
    });
  }
}
