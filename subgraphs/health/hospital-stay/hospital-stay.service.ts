import type { EntityManager } from 'typeorm';
import { describeSourceRef, sourceRefColumns, type SourceRefInput } from '../../shared/bulk/source-ref';
import { rowLock } from '../../shared/db/row-lock';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors/errors';
import { checkDateOrder } from '../../shared/validation/checks';
import type { MedicalInstitution } from '../medical-institution/medical-institution.entity';
import { requireMedicalInstitution } from '../medical-institution/medical-institution.service';
import { checkFreeBed, findOverlapping } from '../stays/stay-rules';
import { HospitalStay } from './hospital-stay.entity';
import type { AdmitToHospitalInput, DischargeFromHospitalInput } from './hospital-stay.inputs';

/**
 * Admits an elder to a medical bed: the elder has no other hospital stay from then on, and the
 * institution has a free medical bed on every day from then on. The institution row is locked
 * first, so concurrent admissions cannot together exceed its stock.
 */
export async function admitToHospital(
  manager: EntityManager,
  personKey: string,
  patientField: string,
  input: AdmitToHospitalInput,
): Promise<HospitalStay> {
  const institution = await requireMedicalInstitution(manager, input.medicalInstitutionCode, 'medicalInstitutionCode', {
    lock: true,
  });
  checkKeepsMedicalBeds(institution);
  const overlapping = await findOverlapping(manager, HospitalStay, personKey, input.admittedOn, STAY_DATES);
  checkNoOverlappingStay(overlapping, input, patientField);
  await checkFreeBed(manager, 'hospital_stay', institution, institution.medicalBeds, input.admittedOn, 'medical beds');
  const stays = manager.getRepository(HospitalStay);
  if (
    input.sourceRef &&
    (await stays.existsBy({ sourceSystem: input.sourceRef.source, sourceId: input.sourceRef.ref }))
  )
    throw staySourceRefTaken(input.sourceRef);
  return stays.save(stays.create(hospitalStayRecord(personKey, institution, input)));
}

/** The columns the overlap rule compares. */
export const STAY_DATES = { start: 'admittedOn', end: 'dischargedOn' } as const;

/** Refuses an admission to an institution that keeps no medical beds. */
export function checkKeepsMedicalBeds(institution: Pick<MedicalInstitution, 'name' | 'medicalBeds'>): void {
  if (institution.medicalBeds === 0)
    throw new BadUserInputError('medicalInstitutionCode', `${institution.name} keeps no medical beds`);
}

/** Refuses an admission that `overlapping` (the elder's stay it would overlap, if any) overlaps. */
export function checkNoOverlappingStay(
  overlapping: Pick<HospitalStay, 'admittedOn'> | null,
  input: AdmitToHospitalInput,
  patientField: string,
): void {
  if (overlapping)
    throw new ConflictError(
      `the elder has a hospital stay from ${overlapping.admittedOn} that overlaps ${input.admittedOn}`,
      patientField,
    );
}

/** The new stay's fields: open (no discharge yet). */
export function hospitalStayRecord(
  personKey: string,
  institution: Pick<MedicalInstitution, 'code'>,
  input: AdmitToHospitalInput,
): Omit<HospitalStay, 'id' | 'createdAt' | 'sourceRef'> {
  return {
    personKey,
    medicalInstitutionCode: institution.code,
    admittedOn: input.admittedOn,
    dischargedOn: null,
    dischargeDestination: null,
    ...sourceRefColumns(input.sourceRef),
  };
}

export function staySourceRefTaken(ref: SourceRefInput): ConflictError {
  return new ConflictError(`${describeSourceRef(ref)} already names a recorded hospital stay`, 'sourceRef');
}

export async function dischargeFromHospital(
  manager: EntityManager,
  input: DischargeFromHospitalInput,
): Promise<HospitalStay> {
  const stays = manager.getRepository(HospitalStay);
  const stay = await stays.findOne({ where: { id: Number(input.hospitalStayId) }, ...rowLock(manager) });
  if (!stay) throw new NotFoundError('Hospital stay', String(input.hospitalStayId));
  if (stay.dischargedOn) throw new ConflictError(`this stay already ended on ${stay.dischargedOn}`, 'hospitalStayId');
  checkDateOrder('admittedOn', stay.admittedOn, 'dischargedOn', input.dischargedOn);
  stay.dischargedOn = input.dischargedOn;
  stay.dischargeDestination = input.destination;
  return stays.save(stay);
}
