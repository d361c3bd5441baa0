import type { EntityManager } from 'typeorm';
import type { BulkMode } from '../../shared/bulk/bulk-mode.enum';
import { BulkOutcome, type BulkWriteResult } from '../../shared/bulk/bulk-outcome';
import { type BulkDecision, decide, OncePerLoad, writeBulk } from '../../shared/bulk/bulk-write';
import { findIn } from '../../shared/bulk/find-in';
import { describeSourceRef, findBySourceRefs, sourceRefKey } from '../../shared/bulk/source-ref';
import { ConflictError } from '../../shared/errors/errors';
import { Caregiver } from './caregiver.entity';
import type { RegisterCaregiverInput } from './caregiver.inputs';
import { CAREGIVER_LOADED_FIELDS, caregiverRecord, caregiverSourceRefTaken } from './caregiver.service';

/**
 * Loads caregivers from a human-resources system: each item is checked as `registerCaregiver` checks
 * it, then matched by its source reference or, failing that, by its ID number (the natural key). A
 * match is brought up to the item (UPDATED: name, phone, role, employer, district, graduation) or
 * found equal (UNCHANGED); no match is registered. A reference that names another caregiver, or a
 * caregiver that carries another reference, is a CONFLICT. Reads in a few IN (...) queries.
 */
export async function importCaregivers(
  manager: EntityManager,
  { items, mode }: { items: RegisterCaregiverInput[]; mode: BulkMode },
  personKeySecret: string,
): Promise<BulkWriteResult> {
  const records = items.map((item) =>
    decide(() => {
      item.validate();
      return { outcome: BulkOutcome.CREATED, record: caregiverRecord(item, personKeySecret) };
    }),
  );
  const personKeys = records.flatMap((r) => (r.outcome === BulkOutcome.REFUSED ? [] : [r.record.personKey]));
  const byPersonKey = new Map(
    (await findIn(manager, Caregiver, 'personKey', personKeys)).map((caregiver) => [caregiver.personKey, caregiver]),
  );
  const byRef = await findBySourceRefs(
    manager,
    Caregiver,
    items.flatMap((item) => (item.sourceRef ? [item.sourceRef] : [])),
  );
  const people = new OncePerLoad();
  const references = new OncePerLoad();

  const decisions = items.map((item, index): BulkDecision<Caregiver> => {
    const record = records[index];
    if (record.outcome === BulkOutcome.REFUSED) return record;
    return decide(() => {
      const fields = record.record;
      people.claim(fields.personKey, index, (first) => sameInLoad('idNumber', 'this person', first));
      const ref = item.sourceRef;
      if (ref)
        references.claim(sourceRefKey(ref), index, (first) => sameInLoad('sourceRef', describeSourceRef(ref), first));
      const referenced = ref ? byRef.get(sourceRefKey(ref)) : undefined;
      if (referenced && referenced.personKey !== fields.personKey) throw caregiverSourceRefTaken(ref!);
      const existing = byPersonKey.get(fields.personKey);
      if (!existing)
        return { outcome: BulkOutcome.CREATED, record: manager.create(Caregiver, { ...fields, employedUntil: null }) };
      if (!ref) Object.assign(fields, { sourceSystem: existing.sourceSystem, sourceId: existing.sourceId });
      else if (existing.sourceSystem !== null && !referenced)
        throw new ConflictError(
          `this caregiver carries ${existing.sourceSystem}:${existing.sourceId}, not ${describeSourceRef(ref)}`,
          'sourceRef',
        );
      if (CAREGIVER_LOADED_FIELDS.every((name) => existing[name] === fields[name]))
        return { outcome: BulkOutcome.UNCHANGED, record: existing };
      return { outcome: BulkOutcome.UPDATED, record: Object.assign(existing, fields) };
    });
  });

  return writeBulk(manager, {
    target: Caregiver,
    mode,
    decisions,
    idOf: (caregiver) => caregiver.personKey,
    personKeyOf: (caregiver) => caregiver.personKey,
    recordType: 'Caregiver',
  });
}

function sameInLoad(field: string, what: string, firstIndex: number): ConflictError {
  return new ConflictError(`${what} is already item ${firstIndex} of this load; send each caregiver once`, field);
}
