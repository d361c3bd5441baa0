import type { EntityManager } from 'typeorm';
import { BulkOutcome } from '../../shared/bulk/bulk-outcome';
import type { BulkMode } from '../../shared/bulk/bulk-mode.enum';
import { type BulkDecision, decide, OncePerLoad, writeBulk } from '../../shared/bulk/bulk-write';
import { findIn } from '../../shared/bulk/find-in';
import { describeSourceRef, findBySourceRefs, sourceRefKey } from '../../shared/bulk/source-ref';
import { ConflictError } from '../../shared/errors/errors';
import { serviceAreasOf, unknownServiceArea } from '../area/service-area';
import type { BulkWriteResult } from '../../shared/bulk/bulk-outcome';
import { Elder } from './elder.entity';
import type { RegisterElderInput } from './elder.inputs';
import { checkedIdentity, elderRecord, sourceRefTaken } from './elder.service';

/** The fields a load compares and writes: everything but the ID number's own and the death record. */
const LOADED_FIELDS = [
  'name',
  'phone',
  'address',
  'districtCode',
  'townCode',
  'communityCode',
  'livingSituation',
  'specialFamilyPlanningFamily',
  'economicStatus',
  'wantsCentralisedCare',
  'sourceSystem',
  'sourceId',
] as const satisfies ReadonlyArray<keyof Elder>;

/**
 * Loads elders from a civil-affairs system: each item is checked as `registerElder` checks it, then
 * matched by its source reference or, failing that, by its ID number (the registry's natural key).
 * A match is brought up to the item (UPDATED) or found equal (UNCHANGED); no match is registered. A
 * reference that names another elder, or an elder that carries another reference, is a CONFLICT.
 * Reads the load's areas and elders in a few IN (...) queries whatever its size.
 */
export async function importElders(
  manager: EntityManager,
  { items, mode }: { items: RegisterElderInput[]; mode: BulkMode },
  personKeySecret: string,
): Promise<BulkWriteResult> {
  const identities = items.map((item) =>
    decide(() => {
      item.validate();
      return { outcome: BulkOutcome.CREATED, record: checkedIdentity(item, personKeySecret) };
    }),
  );
  const areas = await serviceAreasOf(
    manager,
    items.map((item) => item.areaCode),
  );
  const personKeys = identities.flatMap((i) => (i.outcome === BulkOutcome.REFUSED ? [] : [i.record.personKey]));
  const byPersonKey = new Map((await findIn(manager, Elder, 'personKey', personKeys)).map((e) => [e.personKey, e]));
  const refs = items.flatMap((item) => (item.sourceRef ? [item.sourceRef] : []));
  const byRef = await findBySourceRefs(manager, Elder, refs);
  const people = new OncePerLoad();
  const references = new OncePerLoad();

  const decisions = items.map((item, index): BulkDecision<Elder> => {
    const identity = identities[index];
    if (identity.outcome === BulkOutcome.REFUSED) return identity;
    return decide(() => {
      const { personKey } = identity.record;
      people.claim(personKey, index, (first) => sameInLoad('idNumber', 'this person', first));
      if (item.sourceRef)
        references.claim(sourceRefKey(item.sourceRef), index, (first) =>
          sameInLoad('sourceRef', describeSourceRef(item.sourceRef!), first),
        );
      const area = areas.get(item.areaCode);
      if (!area) throw unknownServiceArea(item.areaCode);
      const fields = elderRecord(item, identity.record, area);
      const referenced = item.sourceRef ? byRef.get(sourceRefKey(item.sourceRef)) : undefined;
      if (referenced && referenced.personKey !== personKey) throw sourceRefTaken(item.sourceRef!);
      const existing = byPersonKey.get(personKey);
      if (!existing) return { outcome: BulkOutcome.CREATED, record: manager.create(Elder, fields) };
      if (!item.sourceRef) Object.assign(fields, { sourceSystem: existing.sourceSystem, sourceId: existing.sourceId });
      else if (existing.sourceSystem !== null && !referenced)
        throw new ConflictError(
          `this elder carries ${existing.sourceSystem}:${existing.sourceId}, not ${describeSourceRef(item.sourceRef)}`,
          'sourceRef',
        );
      if (LOADED_FIELDS.every((name) => existing[name] === fields[name]))
        return { outcome: BulkOutcome.UNCHANGED, record: existing };
      return { outcome: BulkOutcome.UPDATED, record: Object.assign(existing, fields) };
    });
  });

  return writeBulk(manager, {
    target: Elder,
    mode,
    decisions,
    idOf: (elder) => elder.personKey,
    personKeyOf: (elder) => elder.personKey,
    recordType: 'Elder',
  });
}

function sameInLoad(field: string, what: string, firstIndex: number): ConflictError {
  return new ConflictError(`${what} is already item ${firstIndex} of this load; send each elder once`, field);
}
