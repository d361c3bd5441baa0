import type { EntityManager } from 'typeorm';
import type { BulkMode } from '../../shared/bulk/bulk-mode.enum';
import { BulkOutcome, type BulkWriteResult } from '../../shared/bulk/bulk-outcome';
import { type BulkDecision, decide, OncePerLoad, writeBulk } from '../../shared/bulk/bulk-write';
import { findIn } from '../../shared/bulk/find-in';
import { describeSourceRef, findBySourceRefs, sourceRefKey } from '../../shared/bulk/source-ref';
import { ConflictError } from '../../shared/errors/errors';
import { unknownMedicalInstitution } from '../medical-institution/medical-institution.service';
import { checkedPatients, groupBy, lockedInstitutions } from '../stays/bulk-admissions';
import { firstOverlapping } from '../stays/stay-rules';
import { HomeSickbed } from './home-sickbed.entity';
import type { OpenHomeSickbedInput } from './home-sickbed.inputs';
import {
  checkNoOverlappingSickbed,
  homeSickbedRecord,
  SICKBED_DATES,
  sickbedSourceRefTaken,
} from './home-sickbed.service';

/** The fields of an opening, which a repeat must hold to be UNCHANGED. */
const OPENING_FIELDS = [
  'personKey',
  'medicalInstitutionCode',
  'districtCode',
  'townCode',
  'openedOn',
] as const satisfies ReadonlyArray<keyof HomeSickbed>;

/**
 * Loads home sickbeds from a health system: each item is checked as `openHomeSickbed` checks it (no
 * overlapping home sickbed of the elder, counting the load's earlier items) and must carry its source
 * reference, the only thing that tells a repeat from a second bed. A reference already recorded for
 * the same opening is UNCHANGED whatever has happened to the bed since (visits and closing have their
 * own mutations); for another opening it is a CONFLICT: a load does not change an opening.
 */
export async function importHomeSickbeds(
  manager: EntityManager,
  { items, mode }: { items: OpenHomeSickbedInput[]; mode: BulkMode },
  personKeySecret: string,
): Promise<BulkWriteResult> {
  const patients = checkedPatients(items, personKeySecret, 'home sickbed');
  const valid = items.filter((_, index) => patients[index].outcome !== BulkOutcome.REFUSED);
  const byRef = await findBySourceRefs(
    manager,
    HomeSickbed,
    valid.map((item) => item.sourceRef!),
  );
  const personKeys = patients.flatMap((p) => (p.outcome === BulkOutcome.REFUSED ? [] : [p.record.personKey]));
  const institutions = await lockedInstitutions(
    manager,
    valid.map((item) => item.medicalInstitutionCode),
    'home_sickbed',
    personKeys,
  );
  // Every home sickbed of the load's elders, to which the load's new ones are added as decided.
  const ofPerson = groupBy(await findIn(manager, HomeSickbed, 'personKey', personKeys), (bed) => bed.personKey);
  const references = new OncePerLoad();

  const decisions = items.map((item, index): BulkDecision<HomeSickbed> => {
    const patient = patients[index];
    if (patient.outcome === BulkOutcome.REFUSED) return patient;
    return decide(() => {
      const { personKey, patientField } = patient.record;
      const ref = item.sourceRef!;
      references.claim(
        sourceRefKey(ref),
        index,
        (first) =>
          new ConflictError(
            `${describeSourceRef(ref)} is already item ${first} of this load; send each once`,
            'sourceRef',
          ),
      );
      const institution = institutions.get(item.medicalInstitutionCode);
      if (!institution) throw unknownMedicalInstitution(item.medicalInstitutionCode, 'medicalInstitutionCode');
      const fields = homeSickbedRecord(personKey, institution, item);
      const existing = byRef.get(sourceRefKey(ref));
      if (existing) {
        if (OPENING_FIELDS.every((name) => existing[name] === fields[name]))
          return { outcome: BulkOutcome.UNCHANGED, record: existing };
        throw sickbedSourceRefTaken(ref);
      }
      const beds = ofPerson.get(personKey) ?? [];
      checkNoOverlappingSickbed(firstOverlapping(beds, item.openedOn, SICKBED_DATES), item, patientField);
      const bed = manager.create(HomeSickbed, fields);
      ofPerson.set(personKey, beds).get(personKey)!.push(bed);
      return { outcome: BulkOutcome.CREATED, record: bed };
    });
  });

  return writeBulk(manager, {
    target: HomeSickbed,
    mode,
    decisions,
    idOf: (bed) => String(bed.id),
    personKeyOf: (bed) => bed.personKey,
    assignIds: async (created) => {
      const written = await findBySourceRefs(
        manager,
        HomeSickbed,
        created.map((bed) => ({ source: bed.sourceSystem!, ref: bed.sourceId! })),
      );
      for (const bed of created) bed.id = written.get(sourceRefKey(bed))!.id;
    },
    recordType: 'HomeSickbed',
  });
}
