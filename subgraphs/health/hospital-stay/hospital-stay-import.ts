import type { EntityManager } from 'typeorm';
import type { BulkMode } from '../../shared/bulk/bulk-mode.enum';
import { BulkOutcome, type BulkWriteResult } from '../../shared/bulk/bulk-outcome';
import { type BulkDecision, decide, OncePerLoad, writeBulk } from '../../shared/bulk/bulk-write';
import { findIn } from '../../shared/bulk/find-in';
import { describeSourceRef, findBySourceRefs, sourceRefKey } from '../../shared/bulk/source-ref';
import { ConflictError } from '../../shared/errors/errors';
import { unknownMedicalInstitution } from '../medical-institution/medical-institution.service';
import { checkedPatients, groupBy, lockedInstitutions } from '../stays/bulk-admissions';
import { firstOverlapping, peakOccupancyIn, refuseIfFull } from '../stays/stay-rules';
import { HospitalStay } from './hospital-stay.entity';
import type { AdmitToHospitalInput } from './hospital-stay.inputs';
import {
  checkKeepsMedicalBeds,
  checkNoOverlappingStay,
  hospitalStayRecord,
  STAY_DATES,
  staySourceRefTaken,
} from './hospital-stay.service';

/** The fields of an admission, which a repeat must hold to be UNCHANGED. */
const ADMISSION_FIELDS = ['personKey', 'medicalInstitutionCode', 'admittedOn'] as const satisfies ReadonlyArray<
  keyof HospitalStay
>;

/**
 * Loads admissions from a health system (a hospital's HIS): each item is checked as `admitToHospital`
 * checks it (no overlapping stay of the elder, a free medical bed from then on, counting the load's
 * earlier admissions) and must carry its source reference, the only thing that tells a repeat from a
 * second stay. A reference already recorded for the same admission is UNCHANGED whatever has happened
 * to the stay since (a discharge is recorded by `dischargeFromHospital`); for another admission it is a
 * CONFLICT: a load does not change an admission.
 */
export async function importHospitalStays(
  manager: EntityManager,
  { items, mode }: { items: AdmitToHospitalInput[]; mode: BulkMode },
  personKeySecret: string,
): Promise<BulkWriteResult> {
  const patients = checkedPatients(items, personKeySecret, 'hospital stay');
  const valid = items.filter((_, index) => patients[index].outcome !== BulkOutcome.REFUSED);
  const byRef = await findBySourceRefs(
    manager,
    HospitalStay,
    valid.map((item) => item.sourceRef!),
  );
  const personKeys = patients.flatMap((p) => (p.outcome === BulkOutcome.REFUSED ? [] : [p.record.personKey]));
  const institutions = await lockedInstitutions(
    manager,
    valid.map((item) => item.medicalInstitutionCode),
    'hospital_stay',
    personKeys,
  );
  // Every stay of the load's elders and institutions, to which the load's new ones are added as decided.
  const ofPerson = groupBy(await findIn(manager, HospitalStay, 'personKey', personKeys), (stay) => stay.personKey);
  const ofInstitution = groupBy(
    await findIn(manager, HospitalStay, 'medicalInstitutionCode', [...institutions.keys()]),
    (stay) => stay.medicalInstitutionCode,
  );
  const references = new OncePerLoad();

  const decisions = items.map((item, index): BulkDecision<HospitalStay> => {
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
      const fields = hospitalStayRecord(personKey, institution, item);
      const existing = byRef.get(sourceRefKey(ref));
      if (existing) {
        if (ADMISSION_FIELDS.every((name) => existing[name] === fields[name]))
          return { outcome: BulkOutcome.UNCHANGED, record: existing };
        throw staySourceRefTaken(ref);
      }
      checkKeepsMedicalBeds(institution);
      const personStays = ofPerson.get(personKey) ?? [];
      checkNoOverlappingStay(firstOverlapping(personStays, item.admittedOn, STAY_DATES), item, patientField);
      const institutionStays = ofInstitution.get(institution.code) ?? [];
      refuseIfFull(
        peakOccupancyIn(institutionStays, item.admittedOn),
        institution,
        institution.medicalBeds,
        item.admittedOn,
        'medical beds',
      );
      const stay = manager.create(HospitalStay, fields);
      ofPerson.set(personKey, personStays).get(personKey)!.push(stay);
      ofInstitution.set(institution.code, institutionStays).get(institution.code)!.push(stay);
      return { outcome: BulkOutcome.CREATED, record: stay };
    });
  });

  return writeBulk(manager, {
    target: HospitalStay,
    mode,
    decisions,
    idOf: (stay) => String(stay.id),
    personKeyOf: (stay) => stay.personKey,
    assignIds: async (created) => {
      const written = await findBySourceRefs(
        manager,
        HospitalStay,
        created.map((stay) => ({ source: stay.sourceSystem!, ref: stay.sourceId! })),
      );
      for (const stay of created) stay.id = written.get(sourceRefKey(stay))!.id;
    },
    recordType: 'HospitalStay',
  });
}
