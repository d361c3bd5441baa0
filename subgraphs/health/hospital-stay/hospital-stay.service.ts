import type { EntityManager } from 'typeorm';
import { rowLock } from '../../shared/db/row-lock';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors/errors';
import { checkDateOrder } from '../../shared/validation/checks';
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
  if (institution.medicalBeds === 0)
    throw new BadUserInputError('medicalInstitutionCode', `${institution.name} keeps no medical beds`);
  const overlapping = await findOverlapping(manager, HospitalStay, personKey, input.admittedOn, {
    start: 'admittedOn',
    end: 'dischargedOn',
  });
  if (overlapping)
    throw new ConflictError(
      `the elder has a hospital stay from ${overlapping.admittedOn} that overlaps ${input.admittedOn}`,
      patientField,
    );
  await checkFreeBed(manager, 'hospital_stay', institution, institution.medicalBeds, input.admittedOn, 'medical beds');
  const stays = manager.getRepository(HospitalStay);
  return stays.save(
    stays.create({
      personKey,
      medicalInstitutionCode: institution.code,
      admittedOn: input.admittedOn,
      dischargedOn: null,
      dischargeDestination: null,
    }),
  );
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
