/**
 * The standard for the elder-care facility a new urban residential development must build and hand
 * over with its housing (配建, indicator 5 社区养老服务设施配建达标率): at least 20 m² of floor area
 * per 100 households (每百户不低于20平方米) and at least 350 m² in all (不得低于350平方米). Written
 * once here, as a TypeScript function for one record and as a SQL condition for the indicator's GROUP BY.
 */

/** Least floor area of any supporting facility, m² (原则上不得低于350平方米). */
export const MIN_FACILITY_AREA_M2 = 350;

/** Floor area required per 100 households, m² (每百户不低于20平方米). */
export const FACILITY_AREA_M2_PER_100_HOUSEHOLDS = 20;

/** 20 m² per 100 households is one m² per 5 households: `area × 5 ≥ households`, exact in integers on both databases. */
const HOUSEHOLDS_PER_M2 = 100 / FACILITY_AREA_M2_PER_100_HOUSEHOLDS;

/** What the rule reads of a development. */
export interface FacilityStandardRecord {
  households: number;
  facilityAreaM2: number | null;
  facilityHandedOverOn: string | null;
}

/** Floor area the development's facility needs, whole m²: max(350, ⌈households × 20 / 100⌉). */
export function requiredFacilityAreaM2(households: number): number {
  return Math.max(MIN_FACILITY_AREA_M2, Math.ceil(households / HOUSEHOLDS_PER_M2));
}

/** True when the facility was handed over to civil affairs on or before `day` (ISO date, inclusive) with at least the required area. */
export function isFacilityCompliant(development: FacilityStandardRecord, day: string): boolean {
  return (
    development.facilityHandedOverOn !== null &&
    development.facilityHandedOverOn <= day &&
    development.facilityAreaM2 !== null &&
    development.facilityAreaM2 >= requiredFacilityAreaM2(development.households)
  );
}

/**
 * The same rule as a SQL condition on the `residential_development` row aliased `alias`, for a query
 * builder that binds the ISO day as parameter `dayParam`; it is never NULL, so `NOT (…)` selects the rest.
 */
export function compliantCondition(alias: string, dayParam: string): string {
  return compliantOn(alias, `:${dayParam}`);
}

/** The same condition against a day given as a SQL expression (a column of a table of days, for many days in one statement). */
export function compliantOn(alias: string, day: string): string {
  return (
    `(${alias}.facilityHandedOverOn IS NOT NULL AND ${alias}.facilityHandedOverOn <= ${day}` +
    ` AND ${alias}.facilityAreaM2 IS NOT NULL AND ${alias}.facilityAreaM2 >= ${MIN_FACILITY_AREA_M2}` +
    ` AND ${alias}.facilityAreaM2 * ${HOUSEHOLDS_PER_M2} >= ${alias}.households)`
  );
}

/** The indicator's denominator: developments whose housing was delivered (住宅交付) on or before the day bound as `dayParam`. */
export function deliveredCondition(alias: string, dayParam: string): string {
  return deliveredOn(alias, `:${dayParam}`);
}

/** The same condition against a day given as a SQL expression. */
export function deliveredOn(alias: string, day: string): string {
  return `${alias}.deliveredOn <= ${day}`;
}
