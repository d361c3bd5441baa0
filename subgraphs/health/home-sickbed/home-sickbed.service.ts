import type { EntityManager } from 'typeorm';
import { rowLock } from '../../shared/db/row-lock';
import { ConflictError, NotFoundError } from '../../shared/errors/errors';
import { checkDateOrder } from '../../shared/validation/checks';
import { healthPlaceOf } from '../area/area-place';
import { requireMedicalInstitution } from '../medical-institution/medical-institution.service';
import { findOverlapping } from '../stays/stay-rules';
import { HomeSickbed } from './home-sickbed.entity';
import type { CloseHomeSickbedInput, OpenHomeSickbedInput, RecordHomeSickbedVisitInput } from './home-sickbed.inputs';

/** Opens a home sickbed: the elder has no other home sickbed from then on. */
export async function openHomeSickbed(
  manager: EntityManager,
  personKey: string,
  patientField: string,
  input: OpenHomeSickbedInput,
): Promise<HomeSickbed> {
  const institution = await requireMedicalInstitution(manager, input.medicalInstitutionCode, 'medicalInstitutionCode', {
    lock: true,
  });
  const overlapping = await findOverlapping(manager, HomeSickbed, personKey, input.openedOn, {
    start: 'openedOn',
    end: 'closedOn',
  });
  if (overlapping)
    throw new ConflictError(
      `the elder has a home sickbed from ${overlapping.openedOn} that overlaps ${input.openedOn}`,
      patientField,
    );
  const beds = manager.getRepository(HomeSickbed);
  return beds.save(
    beds.create({
      personKey,
      medicalInstitutionCode: institution.code,
      ...healthPlaceOf(input.areaCode, 'areaCode'),
      openedOn: input.openedOn,
      closedOn: null,
      closeReason: null,
      visitCount: 0,
      lastVisitedOn: null,
    }),
  );
}

export async function recordHomeSickbedVisit(
  manager: EntityManager,
  input: RecordHomeSickbedVisitInput,
): Promise<HomeSickbed> {
  const bed = await lockedBed(manager, input.homeSickbedId);
  if (bed.closedOn) throw new ConflictError(`this home sickbed was closed on ${bed.closedOn}`, 'homeSickbedId');
  checkDateOrder('openedOn', bed.openedOn, 'visitedOn', input.visitedOn);
  bed.visitCount += 1;
  if (!bed.lastVisitedOn || input.visitedOn > bed.lastVisitedOn) bed.lastVisitedOn = input.visitedOn;
  return manager.getRepository(HomeSickbed).save(bed);
}

export async function closeHomeSickbed(manager: EntityManager, input: CloseHomeSickbedInput): Promise<HomeSickbed> {
  const bed = await lockedBed(manager, input.homeSickbedId);
  if (bed.closedOn) throw new ConflictError(`this home sickbed was already closed on ${bed.closedOn}`, 'homeSickbedId');
  checkDateOrder('openedOn', bed.openedOn, 'closedOn', input.closedOn);
  if (bed.lastVisitedOn) checkDateOrder('the latest visit', bed.lastVisitedOn, 'closedOn', input.closedOn);
  bed.closedOn = input.closedOn;
  bed.closeReason = input.reason;
  return manager.getRepository(HomeSickbed).save(bed);
}

async function lockedBed(manager: EntityManager, id: number): Promise<HomeSickbed> {
  const bed = await manager.findOne(HomeSickbed, { where: { id: Number(id) }, ...rowLock(manager) });
  if (!bed) throw new NotFoundError('Home sickbed', String(id));
  return bed;
}
