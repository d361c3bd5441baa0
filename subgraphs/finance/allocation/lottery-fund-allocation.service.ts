import type { EntityManager } from 'typeorm';
import { rowLock } from '../../shared/db/row-lock';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors/errors';
import { yuan } from '../../shared/money/fen';
import { checkAreaWithin } from '../area/finance-areas';
import { LotteryFundDisbursement } from '../disbursement/lottery-fund-disbursement.entity';
import { LotteryFundDisbursementStatus } from '../disbursement/lottery-fund-disbursement.enums';
import { allocatedFenOf, requireFund } from '../fund/lottery-fund.service';
import { LotteryFundAllocation } from './lottery-fund-allocation.entity';
import type { AllocateLotteryFundInput } from './lottery-fund-allocation.inputs';

/**
 * Allocates part of a fund. The fund's row is locked first and its allocated total summed again
 * inside the transaction, so two clerks allocating from one fund at once cannot overspend it: the
 * second waits for the first and sees its allocation.
 */
export async function allocateLotteryFund(
  manager: EntityManager,
  input: AllocateLotteryFundInput,
): Promise<LotteryFundAllocation> {
  const fund = await requireFund(manager, input.fundId, { lock: true });
  const areaCode = input.areaCode ?? fund.areaCode;
  checkAreaWithin('areaCode', areaCode, fund.areaCode);
  if (input.allocatedOn < `${fund.raisedYear}-01-01`)
    throw new BadUserInputError('allocatedOn', `must not be before ${fund.raisedYear}, the year the fund was raised`);

  const unallocatedFen = fund.amountFen - (await allocatedFenOf(manager, fund.id));
  if (input.amountFen > unallocatedFen) {
    throw new ConflictError(
      `${yuan(input.amountFen)} exceeds the fund’s unallocated balance of ${yuan(unallocatedFen)}`,
      'amountFen',
    );
  }
  const allocations = manager.getRepository(LotteryFundAllocation);
  return allocations.save(
    allocations.create({
      fundId: fund.id,
      category: input.category,
      programme: input.programme,
      areaCode,
      amountFen: input.amountFen,
      allocatedOn: input.allocatedOn,
      note: input.note?.trim() ?? null,
    }),
  );
}

/** The allocation a write acts on, locked against concurrent disbursements when asked. */
export async function requireAllocation(
  manager: EntityManager,
  id: number | string,
  { lock = false } = {},
): Promise<LotteryFundAllocation> {
  const allocation = await manager
    .getRepository(LotteryFundAllocation)
    .findOne({ where: { id: Number(id) }, ...(lock ? rowLock(manager) : {}) });
  if (!allocation) throw new NotFoundError('Lottery-fund allocation', String(id));
  return allocation;
}

/** Fen paid from an allocation and not reversed, summed by the database inside the caller's transaction. */
export async function disbursedFenOf(manager: EntityManager, allocationId: number): Promise<number> {
  const row = await manager
    .getRepository(LotteryFundDisbursement)
    .createQueryBuilder('disbursement')
    .select('COALESCE(SUM(disbursement.amountFen), 0)', 'disbursed')
    .where('disbursement.allocationId = :allocationId', { allocationId })
    .andWhere('disbursement.status = :paid', { paid: LotteryFundDisbursementStatus.PAID })
    .getRawOne<{ disbursed: string | number }>();
  return Number(row?.disbursed ?? 0);
}
