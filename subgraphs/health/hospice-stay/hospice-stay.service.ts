import type { EntityManager } from 'typeorm';
import { rowLock } from '../../shared/db/row-lock';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors/errors';
import { checkDateOrder } from '../../shared/validation/checks';
import { requireMedicalInstitution } from '../medical-institution/medical-institution.service';
import { checkFreeBed, findOverlapping } from '../stays/stay-rules';
import { HospiceStay } from './hospice-stay.entity';
import type { AdmitToHospiceInput, DischargeFromHospiceInput } from './hospice-stay.inputs';

/**
 * Admits an elder to a hospice bed of a hospice provider: no other hospice stay of the elder from
 * then on, and a free hospice bed on every day from then on (the provider's row is locked first).
 */
export async function admitToHospice(
  manager: EntityManager,
  personKey: string,
  patientField: string,
  input: AdmitToHospiceInput,
): Promise<HospiceStay> {
  const provider = await requireMedicalInstitution(manager, input.medicalInstitutionCode, 'medicalInstitutionCode', {
    lock: true,
  });
  if (!provider.hospiceProvider || provider.hospiceBeds === 0)
    throw new BadUserInputError('medicalInstitutionCode', `${provider.name} keeps no hospice beds`);
  const overlapping = await findOverlapping(manager, HospiceStay, personKey, input.admittedOn, {
    start: 'admittedOn',
    end: 'dischargedOn',
  });
  if (overlapping)
    throw new ConflictError(
      `the elder has a hospice stay from ${overlapping.admittedOn} that overlaps ${input.admittedOn}`,
      patientField,
    );
  await checkFreeBed(manager, 'hospice_stay', provider, provider.hospiceBeds, input.admittedOn, 'hospice beds');
  const stays = manager.getRepository(HospiceStay);
  return stays.save(
    stays.create({
      personKey,
      medicalInstitutionCode: provider.code,
      admittedOn: input.admittedOn,
      dischargedOn: null,
      dischargeReason: null,
    }),
  );
}

export async function dischargeFromHospice(
  manager: EntityManager,
  input: DischargeFromHospiceInput,
): Promise<HospiceStay> {
  const stays = manager.getRepository(HospiceStay);
  const stay = await stays.findOne({ where: { id: Number(input.hospiceStayId) }, ...rowLock(manager) });
  if (!stay) throw new NotFoundError('Hospice stay', String(input.hospiceStayId));
  if (stay.dischargedOn) throw new ConflictError(`this stay already ended on ${stay.dischargedOn}`, 'hospiceStayId');
  checkDateOrder('admittedOn', stay.admittedOn, 'dischargedOn', input.dischargedOn);
  stay.dischargedOn = input.dischargedOn;
  stay.dischargeReason = input.reason;
  return stays.save(stay);
}
