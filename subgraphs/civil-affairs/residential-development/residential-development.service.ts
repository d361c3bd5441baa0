import type { EntityManager } from 'typeorm';
import { rowLock } from '../../shared/db/row-lock';
import { BadUserInputError, ConflictError, NotFoundError } from '../../shared/errors/errors';
import { type CheckedPage, type Page, readPage } from '../../shared/paging/page';
import { todayIso } from '../../shared/time/today';
import { checkDateOrder } from '../../shared/validation/checks';
import { Area } from '../area/area.entity';
import { filterByArea, resolveServiceArea } from '../area/service-area';
import { compliantCondition } from './facility-standard';
import { ResidentialDevelopment } from './residential-development.entity';
import type {
  RecordFacilityHandoverInput,
  RegisterResidentialDevelopmentInput,
  ResidentialDevelopmentFilter,
} from './residential-development.inputs';

/** Enters a development in the register; it stands in a town/street or a community/village, and its name is unique in the district. */
export async function registerResidentialDevelopment(
  manager: EntityManager,
  input: RegisterResidentialDevelopmentInput,
): Promise<ResidentialDevelopment> {
  const area = await resolveServiceArea(manager, input.areaCode);
  if (!area.townCode)
    throw new BadUserInputError(
      'areaCode',
      `${input.areaCode} is a whole district; give the town/street or village/community where the development stands`,
    );
  // Locking the district serialises registrations there, so two clerks cannot both enter the same development.
  await manager.findOne(Area, { where: { code: area.districtCode }, ...rowLock(manager) });
  const name = input.name.trim();
  const developments = manager.getRepository(ResidentialDevelopment);
  if (await developments.existsBy({ districtCode: area.districtCode, name }))
    throw new ConflictError(`a residential development named ${name} is already registered in this district`, 'name');
  return developments.save(
    developments.create({
      name,
      developer: input.developer.trim(),
      districtCode: area.districtCode,
      townCode: area.townCode,
      communityCode: area.communityCode,
      households: input.households,
      deliveredOn: input.deliveredOn,
      facilityAreaM2: input.facilityAreaM2 ?? null,
      facilityHandedOverOn: input.facilityHandedOverOn ?? null,
    }),
  );
}

/**
 * Records the handover of the supporting facility. A facility may be handed over before or after the
 * housing is delivered (a late one counts from its handover day). A second handover is refused as a
 * conflict; a clerk's mistake is corrected with `correction: true`, which replaces area and date.
 */
export async function recordFacilityHandover(
  manager: EntityManager,
  input: RecordFacilityHandoverInput,
): Promise<ResidentialDevelopment> {
  const developments = manager.getRepository(ResidentialDevelopment);
  const id = Number(input.id);
  const development = Number.isSafeInteger(id)
    ? await developments.findOne({ where: { id }, ...rowLock(manager) })
    : null;
  if (!development) throw new NotFoundError('Residential development', String(input.id));
  if (development.facilityHandedOverOn && !input.correction) {
    throw new ConflictError(
      `its facility was already handed over on ${development.facilityHandedOverOn} (${development.facilityAreaM2} m²); send correction: true to correct that record`,
      'id',
    );
  }
  if (!development.facilityHandedOverOn && input.correction)
    throw new ConflictError(
      'no handover is recorded yet, so there is nothing to correct; send it without correction',
      'correction',
    );
  development.facilityAreaM2 = input.facilityAreaM2;
  development.facilityHandedOverOn = input.handedOverOn;
  return developments.save(development);
}

/** The register, filtered, in order of delivery (then of registration). `compliant` is judged today. */
export async function listResidentialDevelopments(
  manager: EntityManager,
  filter: ResidentialDevelopmentFilter | undefined,
  page: CheckedPage,
): Promise<Page<ResidentialDevelopment>> {
  const query = manager.getRepository(ResidentialDevelopment).createQueryBuilder('development');
  if (filter?.areaCode) await filterByArea(query, 'development', filter.areaCode, 'filter.areaCode');
  if (filter?.deliveredFrom) {
    checkDateOrder('filter.deliveredFrom', filter.deliveredFrom, 'filter.deliveredTo', filter.deliveredTo);
    query.andWhere('development.deliveredOn >= :deliveredFrom', { deliveredFrom: filter.deliveredFrom });
  }
  if (filter?.deliveredTo)
    query.andWhere('development.deliveredOn <= :deliveredTo', { deliveredTo: filter.deliveredTo });
  if (filter?.compliant !== undefined && filter.compliant !== null) {
    const condition = compliantCondition('development', 'today');
    query.andWhere(filter.compliant ? condition : `NOT ${condition}`, { today: todayIso() });
  }
  return readPage(query, page, [
    { column: 'development.deliveredOn', property: 'deliveredOn', direction: 'ASC' },
    { column: 'development.id', property: 'id', direction: 'ASC' },
  ]);
}
