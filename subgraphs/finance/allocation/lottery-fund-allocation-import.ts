import { In, type EntityManager } from 'typeorm';
import { chunksOf } from '../../shared/bulk/bulk-limits';
import type { BulkMode } from '../../shared/bulk/bulk-mode.enum';
import { BulkOutcome, type BulkWriteResult } from '../../shared/bulk/bulk-outcome';
import { type BulkDecision, decide, OncePerLoad, writeBulk } from '../../shared/bulk/bulk-write';
import { IN_LIST_SIZE } from '../../shared/bulk/find-in';
import { describeSourceRef, findBySourceRefs, sourceRefKey } from '../../shared/bulk/source-ref';
import { rowLock } from '../../shared/db/row-lock';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors/errors';
import { yuan } from '../../shared/money/fen';
import { LotteryFund } from '../fund/lottery-fund.entity';
import { LotteryFundAllocation } from './lottery-fund-allocation.entity';
import type { AllocateLotteryFundInput } from './lottery-fund-allocation.inputs';
import {
  ALLOCATION_FIELDS,
  allocationRecord,
  checkUnallocated,
  paidFenByAllocation,
} from './lottery-fund-allocation.service';

/**
 * Loads lottery-fund allocations from a finance system: each item is checked as `allocateLotteryFund`
 * checks it and must carry its source reference (an allocation has no natural key: a fund may make
 * many alike). The fund's balance holds across the load: items are taken in order against each fund's
 * unallocated balance less what the load's earlier items took, so a load never allocates more than a
 * fund holds. A reference already recorded is brought up to the item (UPDATED, its old amount back in
 * the balance) or found equal (UNCHANGED), unless it is of another fund or money was already paid
 * from it (CONFLICT). The funds are locked as `allocateLotteryFund` locks one.
 */
export async function importLotteryFundAllocations(
  manager: EntityManager,
  { items, mode }: { items: AllocateLotteryFundInput[]; mode: BulkMode },
): Promise<BulkWriteResult> {
  const funds = await lockedFunds(
    manager,
    items.map((item) => Number(item.fundId)),
  );
  const unallocated = await unallocatedFen(manager, [...funds.values()]);
  const byRef = await findBySourceRefs(
    manager,
    LotteryFundAllocation,
    items.flatMap((item) => (item.sourceRef ? [item.sourceRef] : [])),
  );
  const paid = await paidFenByAllocation(
    manager,
    [...byRef.values()].map((allocation) => allocation.id),
  );
  const references = new OncePerLoad();

  const decisions = items.map((item, index): BulkDecision<LotteryFundAllocation> =>
    decide(() => {
      item.validate();
      const ref = item.sourceRef;
      if (!ref) throw new BadUserInputError('sourceRef', 'a bulk load names each allocation by its source reference');
      references.claim(
        sourceRefKey(ref),
        index,
        (first) =>
          new ConflictError(
            `${describeSourceRef(ref)} is already item ${first} of this load; send each once`,
            'sourceRef',
          ),
      );
      const fund = funds.get(Number(item.fundId));
      if (!fund) throw new NotFoundError('Lottery fund', String(item.fundId), 'fundId');
      const fields = allocationRecord(fund, item);
      const existing = byRef.get(sourceRefKey(ref));
      if (existing && existing.fundId !== fund.id)
        throw new ConflictError(
          `${describeSourceRef(ref)} names an allocation from fund ${existing.fundId}, not ${fund.id}`,
          'fundId',
        );
      if (existing && ALLOCATION_FIELDS.every((name) => existing[name] === fields[name]))
        return { outcome: BulkOutcome.UNCHANGED, record: existing };
      const paidFromIt = existing ? (paid.get(existing.id) ?? 0) : 0;
      if (paidFromIt > 0)
        throw new ConflictError(
          `${yuan(paidFromIt)} was already paid from the allocation ${describeSourceRef(ref)} names: reverse those payments before changing it`,
          'sourceRef',
        );
      // The fund's balance as the load's earlier items left it, with this allocation's old amount back.
      const balance = unallocated.get(fund.id)! + (existing?.amountFen ?? 0);
      checkUnallocated(fields.amountFen, balance);
      unallocated.set(fund.id, balance - fields.amountFen);
      if (!existing) return { outcome: BulkOutcome.CREATED, record: manager.create(LotteryFundAllocation, fields) };
      return { outcome: BulkOutcome.UPDATED, record: Object.assign(existing, fields) };
    }),
  );

  return writeBulk(manager, {
    target: LotteryFundAllocation,
    mode,
    decisions,
    idOf: (allocation) => String(allocation.id),
    assignIds: async (created) => {
      const written = await findBySourceRefs(
        manager,
        LotteryFundAllocation,
        created.map((allocation) => ({ source: allocation.sourceSystem!, ref: allocation.sourceId! })),
      );
      for (const allocation of created) allocation.id = written.get(sourceRefKey(allocation))!.id;
    },
    recordType: 'LotteryFundAllocation',
  });
}

/** The load's funds by id, locked (on MariaDB) as `allocateLotteryFund` locks its one. */
async function lockedFunds(manager: EntityManager, ids: number[]): Promise<Map<number, LotteryFund>> {
  const funds = new Map<number, LotteryFund>();
  const distinct = [...new Set(ids.filter((id) => Number.isSafeInteger(id)))];
  for (const chunk of chunksOf(distinct, IN_LIST_SIZE))
    for (const fund of await manager.find(LotteryFund, { where: { id: In(chunk) }, ...rowLock(manager) }))
      funds.set(fund.id, fund);
  return funds;
}

/** Each fund's unallocated balance: its amount less its allocations, summed in one GROUP BY. */
async function unallocatedFen(manager: EntityManager, funds: LotteryFund[]): Promise<Map<number, number>> {
  const balances = new Map(funds.map((fund) => [fund.id, fund.amountFen]));
  for (const chunk of chunksOf([...balances.keys()], IN_LIST_SIZE)) {
    const rows = await manager
      .getRepository(LotteryFundAllocation)
      .createQueryBuilder('allocation')
      .select('allocation.fundId', 'fundId')
      .addSelect('SUM(allocation.amountFen)', 'allocated')
      .where('allocation.fundId IN (:...ids)', { ids: chunk })
      .groupBy('allocation.fundId')
      .getRawMany<{ fundId: number | string; allocated: number | string }>();
    for (const row of rows) balances.set(Number(row.fundId), balances.get(Number(row.fundId))! - Number(row.allocated));
  }
  return balances;
}
