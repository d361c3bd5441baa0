import type { EntityManager } from 'typeorm';
import type { BulkMode } from '../../shared/bulk/bulk-mode.enum';
import { BulkOutcome, type BulkWriteResult } from '../../shared/bulk/bulk-outcome';
import { type BulkDecision, decide, OncePerLoad, writeBulk } from '../../shared/bulk/bulk-write';
import { findIn } from '../../shared/bulk/find-in';
import { describeSourceRef, findBySourceRefs, sourceRefColumns, sourceRefKey } from '../../shared/bulk/source-ref';
import { ConflictError } from '../../shared/errors/errors';
import { assertPersonKey } from '../../shared/identity/person-key';
import { LtciAssessment } from '../assessment/ltci-assessment.entity';
import { LtciDesignation } from '../designation/ltci-designation.entity';
import { LtciEnrolment } from '../enrolment/ltci-enrolment.entity';
import { notEnrolled } from '../enrolment/ltci-enrolment.service';
import { LtciSettlement } from './ltci-settlement.entity';
import type { SettleLtciMonthInput } from './ltci-settlement.inputs';
import { SETTLEMENT_INPUT_FIELDS, settlementRecord } from './ltci-settlement.service';

/**
 * Loads monthly LTCI settlements from the medical-insurance system: each item is matched by its
 * source reference or, failing that, by its person, provider and month (settled once). A match that
 * holds the item's care (form, payee, days, charges) is UNCHANGED, or UPDATED when it takes the item's
 * source reference; one that holds other care is refused as `settleLtciMonth` refuses a second
 * settlement (a settled month is not re-settled by a load). No match is settled, checked exactly as
 * `settleLtciMonth` checks it, counting the days the load's earlier items settled in the month.
 */
export async function importLtciSettlements(
  manager: EntityManager,
  { items, mode }: { items: SettleLtciMonthInput[]; mode: BulkMode },
): Promise<BulkWriteResult> {
  const personKeys = items.map((item) => item.personKey);
  const enrolments = new Map(
    (await findIn(manager, LtciEnrolment, 'personKey', personKeys, { lock: true })).map((enrolment) => [
      enrolment.personKey,
      enrolment,
    ]),
  );
  const assessments = groupBy(await findIn(manager, LtciAssessment, 'personKey', personKeys), (a) => a.personKey);
  const designations = groupBy(
    await findIn(
      manager,
      LtciDesignation,
      'providerCode',
      items.map((item) => item.providerCode),
    ),
    (d) => d.providerCode,
  );
  // The person's settlements per month, to which the load's new ones are added as they are decided.
  const ofMonth = groupBy(await findIn(manager, LtciSettlement, 'personKey', personKeys), (s) =>
    monthKey(s.personKey, s.month),
  );
  const byRef = await findBySourceRefs(
    manager,
    LtciSettlement,
    items.flatMap((item) => (item.sourceRef ? [item.sourceRef] : [])),
  );
  const months = new OncePerLoad();
  const references = new OncePerLoad();

  const decisions = items.map((item, index): BulkDecision<LtciSettlement> =>
    decide(() => {
      item.validate();
      const enrolment = enrolments.get(assertPersonKey(item.personKey, 'personKey'));
      if (!enrolment) throw notEnrolled('personKey');
      months.claim(
        `${monthKey(item.personKey, item.month)}\u0000${item.providerCode}`,
        index,
        (first) =>
          new ConflictError(
            `${item.month} of this person by this provider is already item ${first} of this load`,
            'month',
          ),
      );
      const ref = item.sourceRef;
      if (ref)
        references.claim(
          sourceRefKey(ref),
          index,
          (first) =>
            new ConflictError(
              `${describeSourceRef(ref)} is already item ${first} of this load; send each once`,
              'sourceRef',
            ),
        );
      const settled = ofMonth.get(monthKey(item.personKey, item.month)) ?? [];
      const existing = settled.find((s) => s.providerCode === item.providerCode);
      const referenced = ref ? byRef.get(sourceRefKey(ref)) : undefined;
      if (ref && referenced && referenced.id !== existing?.id)
        throw new ConflictError(
          `${describeSourceRef(ref)} already names the settlement of another person, provider or month`,
          'sourceRef',
        );
      if (existing && SETTLEMENT_INPUT_FIELDS.every((name) => existing[name] === (item[name] ?? null))) {
        if (!ref || referenced) return { outcome: BulkOutcome.UNCHANGED, record: existing };
        if (existing.sourceSystem === null)
          return { outcome: BulkOutcome.UPDATED, record: Object.assign(existing, sourceRefColumns(ref)) };
      }
      const row = manager.create(
        LtciSettlement,
        settlementRecord(item, {
          enrolment,
          assessments: assessments.get(enrolment.personKey) ?? [],
          designations: designations.get(item.providerCode) ?? [],
          ofMonth: settled,
        }),
      );
      ofMonth.set(monthKey(item.personKey, item.month), [...settled, row]);
      return { outcome: BulkOutcome.CREATED, record: row };
    }),
  );

  return writeBulk(manager, {
    target: LtciSettlement,
    mode,
    decisions,
    idOf: (settlement) => String(settlement.id),
    personKeyOf: (settlement) => settlement.personKey,
    assignIds: async (created) => {
      const written = new Map(
        (
          await findIn(
            manager,
            LtciSettlement,
            'personKey',
            created.map((settlement) => settlement.personKey),
          )
        ).map((settlement) => [naturalKey(settlement), settlement.id]),
      );
      for (const settlement of created) settlement.id = written.get(naturalKey(settlement))!;
    },
    recordType: 'LtciSettlement',
  });
}

function monthKey(personKey: string, month: string): string {
  return `${personKey}\u0000${month}`;
}

function naturalKey(settlement: Pick<LtciSettlement, 'personKey' | 'month' | 'providerCode'>): string {
  return `${monthKey(settlement.personKey, settlement.month)}\u0000${settlement.providerCode}`;
}

function groupBy<T>(rows: readonly T[], key: (row: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const row of rows) {
    const group = groups.get(key(row));
    if (group) group.push(row);
    else groups.set(key(row), [row]);
  }
  return groups;
}
