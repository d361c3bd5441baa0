import type { EntityManager } from 'typeorm';
import { describeSourceRef, sourceRefColumns, type SourceRefInput } from '../../shared/bulk/source-ref';
import { rowLock } from '../../shared/db/row-lock';
import { ConflictError, NotFoundError } from '../../shared/errors/errors';
import { checkDateOrder } from '../../shared/validation/checks';
import { healthPlaceOf } from '../area/area-place';
import type { MedicalInstitution } from '../medical-institution/medical-institution.entity';
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
  const overlapping = await findOverlapping(manager, HomeSickbed, personKey, input.openedOn, SICKBED_DATES);
  checkNoOverlappingSickbed(overlapping, input, patientField);
  const beds = manager.getRepository(HomeSickbed);
  if (input.sourceRef && (await beds.existsBy({ sourceSystem: input.sourceRef.source, sourceId: input.sourceRef.ref })))
    throw sickbedSourceRefTaken(input.sourceRef);
  return beds.save(beds.create(homeSickbedRecord(personKey, institution, input)));
}

/** The columns the overlap rule compares. */
export const SICKBED_DATES = { start: 'openedOn', end: 'closedOn' } as const;

/** Refuses an opening that `overlapping` (the elder's home sickbed it would overlap, if any) overlaps. */
export function checkNoOverlappingSickbed(
  overlapping: Pick<HomeSickbed, 'openedOn'> | null,
  input: OpenHomeSickbedInput,
  patientField: string,
): void {
  if (overlapping)
    throw new ConflictError(
      `the elder has a home sickbed from ${overlapping.openedOn} that overlaps ${input.openedOn}`,
      patientField,
    );
}

/** The new home sickbed's fields: open, not yet visited. */
export function homeSickbedRecord(
  personKey: string,
  institution: Pick<MedicalInstitution, 'code'>,
  input: OpenHomeSickbedInput,
): Omit<HomeSickbed, 'id' | 'createdAt' | 'sourceRef'> {
  return {
    personKey,
    medicalInstitutionCode: institution.code,
    ...healthPlaceOf(input.areaCode, 'areaCode'),
    openedOn: input.openedOn,
    closedOn: null,
    closeReason: null,
    visitCount: 0,
    lastVisitedOn: null,
    ...sourceRefColumns(input.sourceRef),
  };
}

export function sickbedSourceRefTaken(ref: SourceRefInput): ConflictError {
  return new ConflictError(`${describeSourceRef(ref)} already names a recorded home sickbed`, 'sourceRef');
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
