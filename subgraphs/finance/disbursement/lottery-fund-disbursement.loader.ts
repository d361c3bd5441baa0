import { type DataSource, In } from 'typeorm';
import { rowsByKey, rowsByKeyAndArgs } from '../../shared/db/loaders';
import { LotteryFundDisbursementStatus, LotteryFundRecipientKind } from './lottery-fund-disbursement.enums';
import { LotteryFundDisbursement } from './lottery-fund-disbursement.entity';

/** Which of a recipient's payments to list. */
export interface PaymentsArgs {
  recipientKind: LotteryFundRecipientKind;
  includeReversed: boolean;
}

export function createLotteryFundDisbursementLoaders(dataSource: DataSource) {
  const disbursements = dataSource.getRepository(LotteryFundDisbursement);
  return {
    /** An allocation's disbursements, reversed ones included, in payment order. */
    lotteryFundDisbursementsByAllocation: rowsByKey(
      (ids: number[]) =>
        disbursements.find({ where: { allocationId: In(ids.map(Number)) }, order: { paidOn: 'ASC', id: 'ASC' } }),
      (disbursement) => disbursement.allocationId,
    ),
    /** Payments a recipient (an institution by code, an elder or caregiver by person key) received, newest first. */
    lotteryFundPaymentsByRecipient: rowsByKeyAndArgs(
      async (keys: string[], { recipientKind, includeReversed }: PaymentsArgs) => {
        const column = recipientKind === LotteryFundRecipientKind.INSTITUTION ? 'institutionCode' : 'personKey';
        const rows = await disbursements.find({
          where: {
            [column]: In(keys),
            recipientKind,
            ...(includeReversed ? {} : { status: LotteryFundDisbursementStatus.PAID }),
          },
          order: { paidOn: 'DESC', id: 'DESC' },
        });
        return rows.map((row) => [row[column]!, row] as const);
      },
    ),
  };
}
