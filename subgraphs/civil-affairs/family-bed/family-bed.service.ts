import { rowLock } from '../../shared/db/row-lock';
import { type EntityManager, IsNull, MoreThan, MoreThanOrEqual } from 'typeorm';
import { ConflictError, NotFoundError } from '../../shared/errors/errors';
import { type CheckedPage, type Page, readPage } from '../../shared/paging/page';
import { checkDateOrder } from '../../shared/validation/checks';
import { filterByArea } from '../area/service-area';
import { requireElder } from '../elder/require-elder';
import { requireOpenInstitution } from '../institution/institution.service';
import { FamilyBed } from './family-bed.entity';
import type { CloseFamilyBedInput, FamilyBedFilter, OpenFamilyBedInput } from './family-bed.inputs';

/**
 * Opens a family bed at an elder's home, in the service area the registry holds for them. The elder
 * is locked first, so two clerks cannot open two beds for the same elder at once.
 */
export async function openFamilyBed(manager: EntityManager, input: OpenFamilyBedInput): Promise<FamilyBed> {
  const elder = await requireElder(manager, input.personKey, 'personKey', { living: true, lock: true });
  const operator = await requireOpenInstitution(manager, input.operatorCode, 'operatorCode');
  checkDateOrder('the operator’s opening date', operator.openedOn, 'openedOn', input.openedOn);

  const beds = manager.getRepository(FamilyBed);
  const overlapping = await beds.findOne({
    where: [
      { personKey: elder.personKey, closedOn: IsNull() },
      { personKey: elder.personKey, closedOn: MoreThan(input.openedOn) },
      { personKey: elder.personKey, openedOn: MoreThanOrEqual(input.openedOn) },
    ],
  });
  if (overlapping)
    throw new ConflictError(
      `the elder has a family bed from ${overlapping.openedOn} that overlaps ${input.openedOn}`,
      'personKey',
    );

  const { districtCode, townCode, communityCode } = elder;
  return beds.save(
    beds.create({
      personKey: elder.personKey,
      operatorCode: operator.code,
      districtCode,
      townCode,
      communityCode,
      openedOn: input.openedOn,
      closedOn: null,
      closeReason: null,
    }),
  );
}

export async function closeFamilyBed(manager: EntityManager, input: CloseFamilyBedInput): Promise<FamilyBed> {
  const beds = manager.getRepository(FamilyBed);
  const bed = await beds.findOne({ where: { id: Number(input.familyBedId) }, ...rowLock(manager) });
  if (!bed) throw new NotFoundError('Family bed', String(input.familyBedId));
  if (bed.closedOn) throw new ConflictError(`this family bed was already closed on ${bed.closedOn}`, 'familyBedId');
  checkDateOrder('openedOn', bed.openedOn, 'closedOn', input.closedOn);
  bed.closedOn = input.closedOn;
  bed.closeReason = input.reason;
  return beds.save(bed);
}

export async function listFamilyBeds(
  manager: EntityManager,
  filter: FamilyBedFilter | undefined,
  page: CheckedPage,
): Promise<Page<FamilyBed>> {
  const query = manager.getRepository(FamilyBed).createQueryBuilder('bed');
  if (filter?.areaCode) await filterByArea(query, 'bed', filter.areaCode, 'filter.areaCode');
  if (filter?.operatorCode)
    query.andWhere('bed.operatorCode = :operatorCode', { operatorCode: filter.operatorCode.toUpperCase() });
  if (!filter?.includeClosed) query.andWhere('bed.closedOn IS NULL');
  return readPage(query, page, [{ column: 'bed.id', property: 'id', direction: 'ASC' }]);
}

/** Family beds open today, in one area at any level or citywide (indicator 10). */
export async function countOpenFamilyBeds(manager: EntityManager, areaCode: string | undefined): Promise<number> {
  const query = manager.getRepository(FamilyBed).createQueryBuilder('bed').where('bed.closedOn IS NULL');
  if (areaCode) await filterByArea(query, 'bed', areaCode, 'areaCode');
  return query.getCount();
}
