import { In, type EntityManager } from 'typeorm';
import { chunksOf } from '../../shared/bulk/bulk-limits';
import type { BulkMode } from '../../shared/bulk/bulk-mode.enum';
import { BulkOutcome, type BulkWriteResult } from '../../shared/bulk/bulk-outcome';
import { type BulkDecision, decide, OncePerLoad, writeBulk } from '../../shared/bulk/bulk-write';
import { findIn, IN_LIST_SIZE } from '../../shared/bulk/find-in';
import { describeSourceRef, findBySourceRefs, sourceRefKey } from '../../shared/bulk/source-ref';
import { rowLock } from '../../shared/db/row-lock';
import { ConflictError, NotFoundError } from '../../shared/errors/errors';
import { LotteryFundAllocation } from '../allocation/lottery-fund-allocation.entity';
import { paidFenByAllocation } from '../allocation/lottery-fund-allocation.service';
import { LotteryFund } from '../fund/lottery-fund.entity';
import { LotteryFundDisbursementStatus } from './lottery-fund-disbursement.enums';
import { LotteryFundDisbursement } from './lottery-fund-disbursement.entity';
import { type DisburseLotteryFundInput, LotteryFundRecipientInput } from './lottery-fund-disbursement.inputs';
import {
  checkRemainder,
  DISBURSEMENT_FIELDS,
  disbursementRecord,
  duplicateDecision,
} from './lottery-fund-disbursement.service';

/**
 * Loads lottery-fund disbursements from a finance system: each item is checked as
 * `disburseLotteryFund` checks it, then matched by its source reference or, failing that, by its
 * decision (a deciding department's decision is paid once while not reversed: the natural key). A
 * match that holds the item is UNCHANGED (a payment the load already made); a payment is never
 * changed, so a match with other content is a CONFLICT (reverse it and pay again), except that a
 * payment recorded without a reference takes the item's (UPDATED). The allocation's remainder holds
 * across the load: items are taken in order against it, less what the load's earlier items paid.
 * The allocations are locked as `disburseLotteryFund` locks one.
 */
export async function importLotteryFundDisbursements(
  manager: EntityManager,
  { items, mode }: { items: DisburseLotteryFundInput[]; mode: BulkMode },
): Promise<BulkWriteResult> {
  const allocations = await lockedAllocations(
    manager,
    items.map((item) => Number(item.allocationId)),
  );
  const funds = new Map(
    (
      await findIn(
        manager,
        LotteryFund,
        'id',
        [...allocations.values()].map((allocation) => allocation.fundId),
      )
    ).map((fund) => [fund.id, fund]),
  );
  const remainders = await remainderFen(manager, [...allocations.values()]);
  const byRef = await findBySourceRefs(
    manager,
    LotteryFundDisbursement,
    items.flatMap((item) => (item.sourceRef ? [item.sourceRef] : [])),
  );
  const byDecision = new Map(
    (
      await findIn(
        manager,
        LotteryFundDisbursement,
        'activeDecisionReference',
        items.map((item) => item.decisionReference.trim()),
      )
    ).map((paid) => [decisionKey(paid.decidingDepartment, paid.activeDecisionReference!), paid]),
  );
  const decisions = new OncePerLoad();
  const references = new OncePerLoad();

  const outcomes = items.map((item, index): BulkDecision<LotteryFundDisbursement> =>
    decide(() => {
      item.validate();
      const recipient = LotteryFundRecipientInput.parse(item.recipient);
      const allocation = allocations.get(Number(item.allocationId));
      if (!allocation) throw new NotFoundError('Lottery-fund allocation', String(item.allocationId), 'allocationId');
      const fields = disbursementRecord(allocation, funds.get(allocation.fundId)!, recipient, item);
      const decision = decisionKey(fields.decidingDepartment, fields.decisionReference);
      decisions.claim(decision, index, (first) => sameInLoad('decisionReference', 'this decision', first));
      const ref = item.sourceRef;
      if (ref)
        references.claim(sourceRefKey(ref), index, (first) => sameInLoad('sourceRef', describeSourceRef(ref), first));
      const referenced = ref ? byRef.get(sourceRefKey(ref)) : undefined;
      if (referenced) {
        if (referenced.status === LotteryFundDisbursementStatus.REVERSED)
          throw new ConflictError(
            `${describeSourceRef(ref!)} names a payment reversed on ${referenced.reversedOn}; pay again under a new reference`,
            'sourceRef',
          );
        if (DISBURSEMENT_FIELDS.every((name) => referenced[name] === fields[name]))
          return { outcome: BulkOutcome.UNCHANGED, record: referenced };
        throw new ConflictError(
          `${describeSourceRef(ref!)} names disbursement ${referenced.id}, paid otherwise: a payment is reversed, never changed`,
          'sourceRef',
        );
      }
      const paidBefore = byDecision.get(decision);
      if (paidBefore) {
        // The decision is paid: this is that payment sent again, or a second payment of it.
        const samePayment = DISBURSEMENT_FIELDS.every(
          (name) => name === 'sourceSystem' || name === 'sourceId' || paidBefore[name] === fields[name],
        );
        if (!samePayment) throw duplicateDecision(item, paidBefore);
        if (!ref) return { outcome: BulkOutcome.UNCHANGED, record: paidBefore };
        // Not found by the item's reference, so the payment carries none (it takes the item's) or another.
        if (paidBefore.sourceSystem !== null)
          throw new ConflictError(
            `this payment carries ${paidBefore.sourceSystem}:${paidBefore.sourceId}, not ${describeSourceRef(ref)}`,
            'sourceRef',
          );
        return { outcome: BulkOutcome.UPDATED, record: Object.assign(paidBefore, referenceOf(fields)) };
      }
      const remainder = remainders.get(allocation.id)!;
      checkRemainder(fields.amountFen, remainder);
      remainders.set(allocation.id, remainder - fields.amountFen);
      return { outcome: BulkOutcome.CREATED, record: manager.create(LotteryFundDisbursement, fields) };
    }),
  );

  return writeBulk(manager, {
    target: LotteryFundDisbursement,
    mode,
    decisions: outcomes,
    idOf: (disbursement) => String(disbursement.id),
    personKeyOf: (disbursement) => disbursement.personKey,
    assignIds: async (created) => {
      const written = new Map(
        (
          await findIn(
            manager,
            LotteryFundDisbursement,
            'activeDecisionReference',
            created.map((disbursement) => disbursement.activeDecisionReference),
          )
        ).map((paid) => [decisionKey(paid.decidingDepartment, paid.activeDecisionReference!), paid.id]),
      );
      for (const disbursement of created)
        disbursement.id = written.get(decisionKey(disbursement.decidingDepartment, disbursement.decisionReference))!;
    },
    recordType: 'LotteryFundDisbursement',
  });
}

function decisionKey(department: string, reference: string): string {
  return `${department}\u0000${reference}`;
}

function referenceOf(record: Pick<LotteryFundDisbursement, 'sourceSystem' | 'sourceId'>) {
  return { sourceSystem: record.sourceSystem, sourceId: record.sourceId };
}

function sameInLoad(field: string, what: string, firstIndex: number): ConflictError {
  return new ConflictError(`${what} is already item ${firstIndex} of this load; pay each once`, field);
}

/** The load's allocations by id, locked (on MariaDB) as `disburseLotteryFund` locks its one. */
async function lockedAllocations(manager: EntityManager, ids: number[]): Promise<Map<number, LotteryFundAllocation>> {
  const allocations = new Map<number, LotteryFundAllocation>();
  const distinct = [...new Set(ids.filter((id) => Number.isSafeInteger(id)))];
  for (const chunk of chunksOf(distinct, IN_LIST_SIZE))
    for (const allocation of await manager.find(LotteryFundAllocation, {
      where: { id: In(chunk) },
      ...rowLock(manager),
    }))
      allocations.set(allocation.id, allocation);
  return allocations;
}

/** Each allocation's remainder: its amount less what was paid from it and not reversed. */
async function remainderFen(
  manager: EntityManager,
  allocations: LotteryFundAllocation[],
): Promise<Map<number, number>> {
  const paid = await paidFenByAllocation(
    manager,
    allocations.map((allocation) => allocation.id),
  );
  return new Map(
    allocations.map((allocation) => [allocation.id, allocation.amountFen - (paid.get(allocation.id) ?? 0)]),
  );
}
