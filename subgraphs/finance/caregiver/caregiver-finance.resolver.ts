import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { can } from '../access-policy';
import type { FinanceContext } from '../context';
import { LotteryFundRecipientKind } from '../disbursement/lottery-fund-disbursement.enums';
import { LotteryFundDisbursement } from '../disbursement/lottery-fund-disbursement.entity';
import { Caregiver } from './caregiver.stub';

/** The lottery-fund payments section of a caregiver's record. */
@Authorized(can('personPayments'))
@Resolver(() => Caregiver)
export class CaregiverFinanceResolver {
  @FieldResolver(() => [LotteryFundDisbursement], {
    nullable: true,
    description:
      'Lottery-fund payments the caregiver received (e.g. one-time hiring awards 一次性入职奖补), newest first.',
  })
  lotteryFundPayments(
    @Root() caregiver: Caregiver,
    @Arg('includeReversed', { defaultValue: false, description: 'Include reversed payments.' })
    includeReversed: boolean,
    @Ctx() { loaders }: FinanceContext,
  ): Promise<LotteryFundDisbursement[]> {
    return loaders.lotteryFundPaymentsByRecipient.load({
      key: caregiver.personKey,
      args: { recipientKind: LotteryFundRecipientKind.CAREGIVER, includeReversed },
    });
  }
}
