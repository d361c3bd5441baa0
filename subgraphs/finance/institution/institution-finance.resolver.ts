import { Arg, Authorized, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { can } from '../access-policy';
import type { FinanceContext } from '../context';
import { LotteryFundRecipientKind } from '../disbursement/lottery-fund-disbursement.enums';
import { LotteryFundDisbursement } from '../disbursement/lottery-fund-disbursement.entity';
import { Institution } from './institution.stub';

/** The awards and subsidies an institution received from the lottery fund. */
@Authorized(can('disbursements'))
@Resolver(() => Institution)
export class InstitutionFinanceResolver {
  @FieldResolver(() => [LotteryFundDisbursement], {
    nullable: true,
    description:
      'Lottery-fund payments the institution received (construction subsidies, operating, nursing-bed and chain-brand awards, …), newest first.',
  })
  lotteryFundPayments(
    @Root() institution: Institution,
    @Arg('includeReversed', { defaultValue: false, description: 'Include reversed payments.' })
    includeReversed: boolean,
    @Ctx() { loaders }: FinanceContext,
  ): Promise<LotteryFundDisbursement[]> {
    return loaders.lotteryFundPaymentsByRecipient.load({
      key: institution.code,
      args: { recipientKind: LotteryFundRecipientKind.INSTITUTION, includeReversed },
    });
  }
}
