import type { EntityManager } from 'typeorm';
import type { BulkMode } from '../../shared/bulk/bulk-mode.enum';
import { BulkOutcome, type BulkWriteResult } from '../../shared/bulk/bulk-outcome';
import { type BulkDecision, decide, OncePerLoad, writeBulk } from '../../shared/bulk/bulk-write';
import { findIn } from '../../shared/bulk/find-in';
import { describeSourceRef, findBySourceRefs, sourceRefKey } from '../../shared/bulk/source-ref';
import { ConflictError } from '../../shared/errors/errors';
import { LtciEnrolment } from './ltci-enrolment.entity';
import type { EnrolInLtciInput } from './ltci-enrolment.inputs';
import { checkReenrolment, ENROLMENT_FIELDS, enrolmentIdentity, enrolmentRecord } from './ltci-enrolment.service';

/**
 * Loads LTCI enrolments from the medical-insurance system: each item is checked as `enrolInLtci`
 * checks it, then matched by its source reference or, failing that, by the person (one enrolment
 * each). An item equal to the enrolment it matches is UNCHANGED; otherwise it is an enrolment again,
 * which re-opens an ended enrolment (UPDATED) and is refused while the person is insured, as
 * `enrolInLtci` refuses it. Reads the load's enrolments in a few IN (...) queries whatever its size.
 */
export async function importLtciEnrolments(
  manager: EntityManager,
  { items, mode }: { items: EnrolInLtciInput[]; mode: BulkMode },
  personKeySecret: string,
): Promise<BulkWriteResult> {
  const identities = items.map((item) =>
    decide(() => {
      item.validate();
      return { outcome: BulkOutcome.CREATED, record: enrolmentIdentity(item, personKeySecret) };
    }),
  );
  const personKeys = identities.flatMap((i) => (i.outcome === BulkOutcome.REFUSED ? [] : [i.record.personKey]));
  const byPerson = new Map(
    (await findIn(manager, LtciEnrolment, 'personKey', personKeys, { lock: true })).map((enrolment) => [
      enrolment.personKey,
      enrolment,
    ]),
  );
  const byRef = await findBySourceRefs(
    manager,
    LtciEnrolment,
    items.flatMap((item) => (item.sourceRef ? [item.sourceRef] : [])),
  );
  const people = new OncePerLoad();
  const references = new OncePerLoad();

  const decisions = items.map((item, index): BulkDecision<LtciEnrolment> => {
    const identity = identities[index];
    if (identity.outcome === BulkOutcome.REFUSED) return identity;
    return decide(() => {
      const { personKey } = identity.record;
      people.claim(personKey, index, (first) => sameInLoad('idNumber', 'this person', first));
      if (item.sourceRef)
        references.claim(sourceRefKey(item.sourceRef), index, (first) =>
          sameInLoad('sourceRef', describeSourceRef(item.sourceRef!), first),
        );
      const existing = byPerson.get(personKey) ?? null;
      const referenced = item.sourceRef ? (byRef.get(sourceRefKey(item.sourceRef)) ?? null) : null;
      const fields = enrolmentRecord(item, identity.record, existing, referenced);
      if (!existing) return { outcome: BulkOutcome.CREATED, record: manager.create(LtciEnrolment, fields) };
      if (ENROLMENT_FIELDS.every((name) => existing[name] === fields[name]))
        return { outcome: BulkOutcome.UNCHANGED, record: existing };
      checkReenrolment(existing, item);
      return { outcome: BulkOutcome.UPDATED, record: Object.assign(existing, fields, { updatedAt: new Date() }) };
    });
  });

  return writeBulk(manager, {
    target: LtciEnrolment,
    mode,
    decisions,
    idOf: (enrolment) => String(enrolment.id),
    personKeyOf: (enrolment) => enrolment.personKey,
    assignIds: async (created) => {
      const written = new Map(
        (
          await findIn(
            manager,
            LtciEnrolment,
            'personKey',
            created.map((enrolment) => enrolment.personKey),
          )
        ).map((enrolment) => [enrolment.personKey, enrolment.id]),
      );
      for (const enrolment of created) enrolment.id = written.get(enrolment.personKey)!;
    },
    recordType: 'LtciEnrolment',
  });
}

function sameInLoad(field: string, what: string, firstIndex: number): ConflictError {
  return new ConflictError(`${what} is already item ${firstIndex} of this load; send each enrolment once`, field);
}
