import { type DataSource, In } from 'typeorm';
import { rowByKey } from '../../shared/db/loaders';
import { LotteryFundCategory } from '../allocation/lottery-fund-allocation.enums';
import { LotteryFundAllocation } from '../allocation/lottery-fund-allocation.entity';
import { LotteryFundDisbursementStatus } from '../disbursement/lottery-fund-disbursement.enums';
import { LotteryFundDisbursement } from '../disbursement/lottery-fund-disbursement.entity';
import { LotteryFund } from './lottery-fund.entity';

/** A fund's allocated and disbursed sums, from GROUP BY queries. */
export interface LotteryFundTotals {
  fundId: number;
  allocatedFen: number;
  elderCareAllocatedFen: number;
}

export function createLotteryFundLoaders(dataSource: DataSource) {
  const funds = dataSource.getRepository(LotteryFund);
  return {
    lotteryFundById: rowByKey(
      (ids: number[]) => funds.findBy({ id: In(ids.map(Number)) }),
      (fund) => fund.id,
    ),
    /** Allocated fen per fund, in all and to elder care: one GROUP BY for every fund of the request. */
    lotteryFundTotalsById: rowByKey(
      async (ids: number[]): Promise<LotteryFundTotals[]> => {
        const rows = await dataSource
          .getRepository(LotteryFundAllocation)
          .createQueryBuilder('allocation')
          .select('allocation.fundId', 'fundId')
          .addSelect('SUM(allocation.amountFen)', 'allocated')
          .addSelect(
            'SUM(CASE WHEN allocation.category = :elderCare THEN allocation.amountFen ELSE 0 END)',
            'elderCare',
          )
          .where('allocation.fundId IN (:...ids)', { ids: ids.map(Number), elderCare: LotteryFundCategory.ELDER_CARE })
          .groupBy('allocation.fundId')
          .getRawMany<{ fundId: number | string; allocated: number | string; elderCare: number | string }>();
        return rows.map((row) => ({
          fundId: Number(row.fundId),
          allocatedFen: Number(row.allocated),
          elderCareAllocatedFen: Number(row.elderCare),
        }));
      },
      (totals) => totals.fundId,
    ),
    /** Fen disbursed (not reversed) per fund: one GROUP BY for every fund of the request. */
    lotteryFundDisbursedById: rowByKey(
      async (ids: number[]) => {
        const rows = await dataSource
          .getRepository(LotteryFundDisbursement)
          .createQueryBuilder('disbursement')
          .innerJoin(LotteryFundAllocation, 'allocation', 'allocation.id = disbursement.allocationId')
          .select('allocation.fundId', 'fundId')
          .addSelect('SUM(disbursement.amountFen)', 'disbursed')
          .where('allocation.fundId IN (:...ids)', { ids: ids.map(Number) })
          .andWhere('disbursement.status = :paid', { paid: LotteryFundDisbursementStatus.PAID })
          .groupBy('allocation.fundId')
          .getRawMany<{ fundId: number | string; disbursed: number | string }>();
        return rows.map((row) => ({ fundId: Number(row.fundId), disbursedFen: Number(row.disbursed) }));
      },
      (row) => row.fundId,
    ),
  };
}
