import type { EntityManager, ObjectLiteral, SelectQueryBuilder } from 'typeorm';
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
  const areas = manager.getRepository(Area);
  const area = await areas.findOneBy({ code });
  if (!area || area.level === AreaLevel.CITY)
    throw new BadUserInputError(field, `${code} is not a known district, town, street, village or community code`);
  if (area.level === AreaLevel.DISTRICT) return { districtCode: area.code, townCode: null, communityCode: null };
  if (area.level === AreaLevel.TOWN || area.level === AreaLevel.STREET)
    return { districtCode: area.parentCode!, townCode: area.code, communityCode: null };
  const town = await areas.findOneByOrFail({ code: area.parentCode! });
  return { districtCode: town.parentCode!, townCode: town.code, communityCode: area.code };
}

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
