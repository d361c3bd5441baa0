import { type EntityManager, IsNull, Not } from 'typeorm';
import { rowLock } from '../../shared/db/row-lock';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors/errors';
import { type CheckedPage, type Page, readPage } from '../../shared/paging/page';
import { checkDateOrder } from '../../shared/validation/checks';
import { Area } from '../area/area.entity';
import { filterByArea, resolveServiceArea, type ServiceArea } from '../area/service-area';
import { FacilityKind, REQUIRED_TOWN_LEVEL } from './facility-kind.enum';
import { CommunityFacility } from './facility.entity';
import {
  checkStarRating,
  type FacilityFilter,
  type RegisterFacilityInput,
  type UpdateFacilityInput,
} from './facility.inputs';

export async function registerFacility(
  manager: EntityManager,
  input: RegisterFacilityInput,
): Promise<CommunityFacility> {
  const area = await resolveServiceArea(manager, input.areaCode);
  await checkTownLevel(manager, input.kind, area);
  // Locking the district serialises registrations there, so two clerks cannot both add the same facility.
  await manager.findOne(Area, { where: { code: area.districtCode }, ...rowLock(manager) });
  const name = input.name.trim();
  await refuseOpenNamesake(manager, { kind: input.kind, districtCode: area.districtCode, name });
  const facilities = manager.getRepository(CommunityFacility);
  return facilities.save(
    facilities.create({
      kind: input.kind,
      name,
      ...area,
      operatorName: input.operatorName.trim(),
      floorAreaSqm: input.floorAreaSqm,
      starRating: input.starRating ?? null,
      openedOn: input.openedOn,
      closedOn: null,
    }),
  );
}

export async function updateFacility(
  manager: EntityManager,
  id: number,
  input: UpdateFacilityInput,
): Promise<CommunityFacility> {
  const facilities = manager.getRepository(CommunityFacility);
  const facility = await facilities.findOne({ where: { id }, ...rowLock(manager) });
  if (!facility) throw new NotFoundError('Facility', String(id));
  if (input.starRating !== undefined) checkStarRating(facility.kind, input.starRating);
  if (input.closedOn) checkDateOrder('openedOn', facility.openedOn, 'closedOn', input.closedOn);
  if (input.name !== undefined) facility.name = input.name.trim();
  if (input.operatorName !== undefined) facility.operatorName = input.operatorName.trim();
  if (input.floorAreaSqm !== undefined) facility.floorAreaSqm = input.floorAreaSqm;
  if (input.starRating !== undefined) facility.starRating = input.starRating;
  if (input.closedOn !== undefined) facility.closedOn = input.closedOn;
  if (facility.closedOn === null && (input.name !== undefined || input.closedOn !== undefined))
    await refuseOpenNamesake(manager, facility);
  return facilities.save(facility);
}

export async function listFacilities(
  manager: EntityManager,
  filter: FacilityFilter | undefined,
  page: CheckedPage,
): Promise<Page<CommunityFacility>> {
  const query = manager.getRepository(CommunityFacility).createQueryBuilder('facility');
  if (filter?.areaCode) await filterByArea(query, 'facility', filter.areaCode, 'filter.areaCode');
  if (filter?.kind) query.andWhere('facility.kind = :kind', { kind: filter.kind });
  if (!filter?.includeClosed) query.andWhere('facility.closedOn IS NULL');
  return readPage(query, page, [{ column: 'facility.id', property: 'id', direction: 'ASC' }]);
}

/** Street and town centres count towards indicators 6 and 7 only in an area of the right level. */
async function checkTownLevel(manager: EntityManager, kind: FacilityKind, area: ServiceArea): Promise<void> {
  const required = REQUIRED_TOWN_LEVEL[kind];
  if (!required) return;
  const town = area.townCode ? await manager.findOneBy(Area, { code: area.townCode }) : null;
  if (town?.level === required) return;
  const found = town ? `${town.name} is a ${town.level}` : 'the area given is a whole district';
  throw new BadUserInputError('areaCode', `a ${kind} must stand in a ${required} (or a community of one); ${found}`);
}

/** One open facility of a kind per name in a district: a second one is a clerk entering it twice. */
async function refuseOpenNamesake(
  manager: EntityManager,
  facility: Pick<CommunityFacility, 'kind' | 'districtCode' | 'name'> & { id?: number },
): Promise<void> {
  const namesake = await manager.existsBy(CommunityFacility, {
    kind: facility.kind,
    districtCode: facility.districtCode,
    name: facility.name,
    closedOn: IsNull(),
    ...(facility.id ? { id: Not(facility.id) } : {}),
  });
  if (namesake)
    throw new ConflictError(
      `an open ${facility.kind} named ${facility.name} is already registered in this district`,
      'name',
    );
}
