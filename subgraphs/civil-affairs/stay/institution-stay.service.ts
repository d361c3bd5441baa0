import { rowLock } from '../../shared/db/row-lock';
import { type EntityManager, IsNull, MoreThan, MoreThanOrEqual } from 'typeorm';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors/errors';
import { checkDateOrder } from '../../shared/validation/checks';
import { Bed } from '../bed/bed.entity';
import { requireElder } from '../elder/require-elder';
import { requireOpenInstitution } from '../institution/institution.service';
import { InstitutionStay } from './institution-stay.entity';
import type { AdmitToInstitutionInput, DischargeFromInstitutionInput } from './institution-stay.inputs';

/**
 * Admits an elder to a bed from a date on: the bed and the elder must have no stay from then on. The bed and the elder are locked first, so two clerks admitting to
 * the same bed, or the same elder to two beds, cannot both succeed.
 */
export async function admitToInstitution(
  manager: EntityManager,
  input: AdmitToInstitutionInput,
): Promise<InstitutionStay> {
  const bed = await manager.findOne(Bed, { where: { id: Number(input.bedId) }, ...rowLock(manager) });
  if (!bed) throw new BadUserInputError('bedId', `there is no bed ${input.bedId}`);
  const elder = await requireElder(manager, input.personKey, 'personKey', { living: true, lock: true });
  await requireOpenInstitution(manager, bed.institutionCode, 'bedId');
  checkDateOrder('the bed’s in-service date', bed.inServiceFrom, 'admittedOn', input.admittedOn);
  if (bed.retiredOn)
    throw new BadUserInputError('bedId', `bed ${bed.label} was taken out of service on ${bed.retiredOn}`);

  const stays = manager.getRepository(InstitutionStay);
  const occupying = await stays.findOne({
    where: [
      { bedId: bed.id, dischargedOn: IsNull() },
      { bedId: bed.id, dischargedOn: MoreThan(input.admittedOn) },
      { bedId: bed.id, admittedOn: MoreThanOrEqual(input.admittedOn) },
    ],
  });
  if (occupying) throw new ConflictError(`bed ${bed.label} is occupied on or after ${input.admittedOn}`, 'bedId');
  const overlapping = await stays.findOne({
    where: [
      { personKey: elder.personKey, dischargedOn: IsNull() },
      { personKey: elder.personKey, dischargedOn: MoreThan(input.admittedOn) },
      { personKey: elder.personKey, admittedOn: MoreThanOrEqual(input.admittedOn) },
    ],
  });
  if (overlapping)
    throw new ConflictError(
      `the elder has a stay in institution ${overlapping.institutionCode} from ${overlapping.admittedOn} that overlaps ${input.admittedOn}`,
      'personKey',
    );

  return stays.save(
    stays.create({
      personKey: elder.personKey,
      bedId: bed.id,
      institutionCode: bed.institutionCode,
      admittedOn: input.admittedOn,
      dischargedOn: null,
      dischargeReason: null,
    }),
  );
}

export async function dischargeFromInstitution(
  manager: EntityManager,
  input: DischargeFromInstitutionInput,
): Promise<InstitutionStay> {
  const stays = manager.getRepository(InstitutionStay);
  const stay = await stays.findOne({ where: { id: Number(input.stayId) }, ...rowLock(manager) });
  if (!stay) throw new NotFoundError('Stay', String(input.stayId));
  if (stay.dischargedOn) throw new ConflictError(`this stay already ended on ${stay.dischargedOn}`, 'stayId');
  checkDateOrder('admittedOn', stay.admittedOn, 'dischargedOn', input.dischargedOn);
  stay.dischargedOn = input.dischargedOn;
  stay.dischargeReason = input.reason;
  return stays.save(stay);
}
