import { BadUserInputError } from '../../shared/errors/errors';
import { DISTRICTS, TOWNS, VILLAGES, WEIHAI_CITY } from '../../shared/seed/weihai';

/**
 * The levels that retain a welfare-lottery fund (the city and each district) and the areas an
 * allocation may name, from the vendored division list (finance never reads civil affairs' tables).
 */
const FUND_LEVELS = new Set([WEIHAI_CITY.code, ...DISTRICTS.map((district) => district.code)]);
const ALL_AREAS = new Set([
  ...FUND_LEVELS,
  ...TOWNS.map((town) => town.code),
  ...VILLAGES.map((village) => village.code),
]);

export const FUND_AREA_CODES: readonly string[] = [WEIHAI_CITY.code, ...DISTRICTS.map((district) => district.code)];

/** A fund is retained by the city (371000) or a district. */
export function checkFundArea(field: string, code: string): void {
  if (!FUND_LEVELS.has(code))
    throw new BadUserInputError(
      field,
      `${code} is neither the city (371000) nor a Weihai district code: only they retain a welfare-lottery fund`,
    );
}

/** An allocation is spent in its fund's area or an area inside it. */
export function checkAreaWithin(field: string, code: string, fundAreaCode: string): void {
  if (!ALL_AREAS.has(code)) throw new BadUserInputError(field, `${code} is not a known Weihai area code`);
  const inside = fundAreaCode === WEIHAI_CITY.code || code === fundAreaCode || code.startsWith(fundAreaCode);
  if (!inside) throw new BadUserInputError(field, `${code} is outside the fund’s area ${fundAreaCode}`);
}
