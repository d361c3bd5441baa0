import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { findIn } from '../../shared/bulk/find-in';
import { BadUserInputError } from '../../shared/errors/errors';
import { AreaLevel } from './area-level.enum';
import { Area } from './area.entity';

/** Where a person or facility is served, at every level the plans count (domain brief: "The city"). */
export interface ServiceArea {
  districtCode: string;
  townCode: string | null;
  communityCode: string | null;
}

/**
 * Resolves a district, town/street or village/community code to its chain of levels. The service
 * area is stored apart from the ID number because development-zone residents are registered in 环翠区.
 */
export async function resolveServiceArea(
  manager: EntityManager,
  code: string,
  field = 'areaCode',
): Promise<ServiceArea> {
  const area = (await serviceAreasOf(manager, [code])).get(code);
  if (!area) throw unknownServiceArea(code, field);
  return area;
}

export function unknownServiceArea(code: string, field = 'areaCode'): BadUserInputError {
  return new BadUserInputError(field, `${code} is not a known district, town, street, village or community code`);
}

/**
 * The service areas of many codes in two queries (the codes, then the towns of the villages among
 * them), for bulk loads; a code that is no district, town, street, village or community is absent.
 */
export async function serviceAreasOf(
  manager: EntityManager,
  codes: readonly string[],
): Promise<Map<string, ServiceArea>> {
  const areas = await findIn(manager, Area, 'code', codes);
  const villages = areas.filter((area) => !SERVED_ABOVE_VILLAGE.has(area.level));
  const towns = new Map(
    (await findIn(manager, Area, 'code', [...new Set(villages.map((village) => village.parentCode!))])).map((town) => [
      town.code,
      town,
    ]),
  );
  const served = new Map<string, ServiceArea>();
  for (const area of areas) {
    if (area.level === AreaLevel.CITY) continue;
    if (area.level === AreaLevel.DISTRICT)
      served.set(area.code, { districtCode: area.code, townCode: null, communityCode: null });
    else if (area.level === AreaLevel.TOWN || area.level === AreaLevel.STREET)
      served.set(area.code, { districtCode: area.parentCode!, townCode: area.code, communityCode: null });
    else {
      const town = towns.get(area.parentCode!)!;
      served.set(area.code, { districtCode: town.parentCode!, townCode: town.code, communityCode: area.code });
    }
  }
  return served;
}

const SERVED_ABOVE_VILLAGE = new Set([AreaLevel.CITY, AreaLevel.DISTRICT, AreaLevel.TOWN, AreaLevel.STREET]);

/** The most specific code of a service area. */
export function mostSpecificCode(area: ServiceArea): string {
  return area.communityCode ?? area.townCode ?? area.districtCode;
}

/** The column of a record's service area that a filter on `code` compares with; null for the whole city. */
export async function areaFilterColumn(
  manager: EntityManager,
  code: string,
  field = 'areaCode',
): Promise<keyof ServiceArea | null> {
  const area = await manager.getRepository(Area).findOneBy({ code });
  if (!area) throw new BadUserInputError(field, `${code} is not a known area code`);
  return serviceAreaColumn(area.level);
}

/** The service-area column that holds codes of this level; null for the city, which covers every record. */
export function serviceAreaColumn(level: AreaLevel): keyof ServiceArea | null {
  switch (level) {
    case AreaLevel.CITY:
      return null;
    case AreaLevel.DISTRICT:
      return 'districtCode';
    case AreaLevel.TOWN:
    case AreaLevel.STREET:
      return 'townCode';
    default:
      return 'communityCode';
  }
}

/** Narrows a query on a table with service-area columns to one area at any level. */
export async function filterByArea<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  code: string,
  field: string,
): Promise<void> {
  const column = await areaFilterColumn(query.connection.manager, code, field);
  if (column) query.andWhere(`${alias}.${column} = :areaCode`, { areaCode: code });
}

/** Restricts a query to areas of one level given by their column (see `serviceAreaColumn`); the city restricts nothing. */
export function whereInAreas<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  column: keyof ServiceArea | null,
  codes: string[],
): SelectQueryBuilder<T> {
  return column ? query.andWhere(`${alias}.${column} IN (:...areaCodes)`, { areaCodes: codes }) : query;
}

/** Which of the asked areas of one level a row belongs to; for the city, the one city asked. */
export function askedAreaOf(row: ServiceArea, column: keyof ServiceArea | null, codes: string[]): string {
  return column ? row[column]! : codes[0];
}
