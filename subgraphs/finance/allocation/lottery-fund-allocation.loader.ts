import { type DataSource, In } from 'typeorm';
import { rowByKey, rowsByKey } from '../../shared/db/loaders';
import { LotteryFundDisbursementStatus } from '../disbursement/lottery-fund-disbursement.enums';
import { LotteryFundDisbursement } from '../disbursement/lottery-fund-disbursement.entity';
import { LotteryFundAllocation } from './lottery-fund-allocation.entity';

export function createLotteryFundAllocationLoaders(dataSource: DataSource) {
  const allocations = dataSource.getRepository(LotteryFundAllocation);
  return {
    lotteryFundAllocationById: rowByKey(
      (ids: number[]) => allocations.findBy({ id: In(ids.map(Number)) }),
      (allocation) => allocation.id,
    ),
    /** A fund's allocations in the order they were made. */
    lotteryFundAllocationsByFund: rowsByKey(
      (fundIds: number[]) =>
        allocations.find({ where: { fundId: In(fundIds.map(Number)) }, order: { allocatedOn: 'ASC', id: 'ASC' } }),
      (allocation) => allocation.fundId,
    ),
    /** Fen paid (not reversed) per allocation: one GROUP BY for every allocation of the request. */
    lotteryFundAllocationDisbursedById: rowByKey(
      async (ids: number[]) => {
        const rows = await dataSource
          .getRepository(LotteryFundDisbursement)
          .createQueryBuilder('disbursement')
          .select('disbursement.allocationId', 'allocationId')
          .addSelect('SUM(disbursement.amountFen)', 'disbursed')
          .where('disbursement.allocationId IN (:...ids)', { ids: ids.map(Number) })
          .andWhere('disbursement.status = :paid', { paid: LotteryFundDisbursementStatus.PAID })
          .groupBy('disbursement.allocationId')
          .getRawMany<{ allocationId: number | string; disbursed: number | string }>();
        return rows.map((row) => ({ allocationId: Number(row.allocationId), disbursedFen: Number(row.disbursed) }));
      },
      (row) => row.allocationId,
    ),
  };
}
