import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { areaCodeLevel } from './area-code';

/**
 * The city means every record, at every level: for departments that keep a district and a town
 * code on each record (health, medical insurance), which column holds an area's codes — none for
 * the city, where every record counts — and how a per-area figure groups by it.
 */
export type AreaColumn = 'districtCode' | 'townCode' | null;

/** The column an area's figures are counted by; undefined for a village or community, which these records do not hold. */
export function areaColumnOf(code: string, field = 'areaCode'): AreaColumn | undefined {
  switch (areaCodeLevel(code, field)) {
    case 'CITY':
      return null;
    case 'DISTRICT':
      return 'districtCode';
    case 'TOWN':
      return 'townCode';
    default:
      return undefined;
  }
}

/**
 * Limits a query to the areas asked (all of one level) and groups it by them, the area selected as
 * `areaCode`; for the city the query is left whole, one group of every record.
 */
export function groupedByArea<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  column: AreaColumn,
  codes: readonly string[],
): SelectQueryBuilder<T> {
  if (!column) return query;
  return query
    .andWhere(`${alias}.${column} IN (:...codes)`, { codes })
    .addSelect(`${alias}.${column}`, 'areaCode')
    .addGroupBy(`${alias}.${column}`);
}

/** The area a row of `groupedByArea` counts for: its own, or the city when the city was asked. */
export function areaOfRow(column: AreaColumn, row: { areaCode?: string | number | null }, codes: readonly string[]) {
  return column ? String(row.areaCode) : codes[0];
}
