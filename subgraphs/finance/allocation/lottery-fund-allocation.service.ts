import type { EntityManager } from 'typeorm';
import { describeSourceRef, sourceRefColumns, type SourceRefInput } from '../../shared/bulk/source-ref';
import { chunksOf } from '../../shared/bulk/bulk-limits';
import { IN_LIST_SIZE } from '../../shared/bulk/find-in';
import { rowLock } from '../../shared/db/row-lock';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors/errors';
import { yuan } from '../../shared/money/fen';
import { checkAreaWithin } from '../area/finance-areas';
import { LotteryFundDisbursement } from '../disbursement/lottery-fund-disbursement.entity';
import { LotteryFundDisbursementStatus } from '../disbursement/lottery-fund-disbursement.enums';
import type { LotteryFund } from '../fund/lottery-fund.entity';
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
  const fund = await requireFund(manager, input.fundId, { lock: true, field: 'fundId' });
  const fields = allocationRecord(fund, input);
  if (
    input.sourceRef &&
    (await manager.existsBy(LotteryFundAllocation, {
      sourceSystem: input.sourceRef.source,
      sourceId: input.sourceRef.ref,
    }))
  )
    throw allocationSourceRefTaken(input.sourceRef);
  checkUnallocated(fields.amountFen, fund.amountFen - (await allocatedFenOf(manager, fund.id)));
  const allocations = manager.getRepository(LotteryFundAllocation);
  return allocations.save(allocations.create(fields));
}

/** The fields of an allocation from `fund`: refused for an area outside the fund's, or a date before it was raised. */
export function allocationRecord(
  fund: Pick<LotteryFund, 'id' | 'areaCode' | 'raisedYear'>,
  input: AllocateLotteryFundInput,
): Pick<LotteryFundAllocation, (typeof ALLOCATION_FIELDS)[number]> {
  const areaCode = input.areaCode ?? fund.areaCode;
  checkAreaWithin('areaCode', areaCode, fund.areaCode);
  if (input.allocatedOn < `${fund.raisedYear}-01-01`)
    throw new BadUserInputError('allocatedOn', `must not be before ${fund.raisedYear}, the year the fund was raised`);
  return {
    fundId: fund.id,
    category: input.category,
    programme: input.programme,
    areaCode,
    amountFen: input.amountFen,
    allocatedOn: input.allocatedOn,
    note: input.note?.trim() ?? null,
    ...sourceRefColumns(input.sourceRef),
  };
}

/** The fields an allocation is made with, which a load compares and writes. */
export const ALLOCATION_FIELDS = [
  'fundId',
  'category',
  'programme',
  'areaCode',
  'amountFen',
  'allocatedOn',
  'note',
  'sourceSystem',
  'sourceId',
] as const satisfies ReadonlyArray<keyof LotteryFundAllocation>;

/** Refuses an allocation of more than the fund's unallocated balance (what it holds less what is allocated). */
export function checkUnallocated(amountFen: number, unallocatedFen: number): void {
  if (amountFen > unallocatedFen)
    throw new ConflictError(
      `${yuan(amountFen)} exceeds the fund’s unallocated balance of ${yuan(unallocatedFen)}`,
      'amountFen',
    );
}

export function allocationSourceRefTaken(ref: SourceRefInput): ConflictError {
  return new ConflictError(`${describeSourceRef(ref)} already names a recorded allocation`, 'sourceRef');
}

/** The allocation a write acts on, locked against concurrent disbursements when asked. */
export async function requireAllocation(
  manager: EntityManager,
  id: number | string,
  { lock = false, field }: { lock?: boolean; field?: string } = {},
): Promise<LotteryFundAllocation> {
  const allocation = await manager
    .getRepository(LotteryFundAllocation)
    .findOne({ where: { id: Number(id) }, ...(lock ? rowLock(manager) : {}) });
  if (!allocation) throw new NotFoundError('Lottery-fund allocation', String(id), field);
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

/** Fen paid (not reversed) from each of the allocations, one GROUP BY per few thousand; absent when none. */
export async function paidFenByAllocation(
  manager: EntityManager,
  allocationIds: number[],
): Promise<Map<number, number>> {
  const paid = new Map<number, number>();
  for (const chunk of chunksOf(allocationIds, IN_LIST_SIZE)) {
    const rows = await manager
      .getRepository(LotteryFundDisbursement)
      .createQueryBuilder('disbursement')
      .select('disbursement.allocationId', 'allocationId')
      .addSelect('SUM(disbursement.amountFen)', 'paid')
      .where('disbursement.allocationId IN (:...ids)', { ids: chunk })
      .andWhere('disbursement.status = :paid', { paid: LotteryFundDisbursementStatus.PAID })
      .groupBy('disbursement.allocationId')
      .getRawMany<{ allocationId: number | string; paid: number | string }>();
    for (const row of rows) paid.set(Number(row.allocationId), Number(row.paid));
  }
  return paid;
}
