import { BadUserInputError } from '../errors/errors';
import { WEIHAI_CITY } from '../seed/weihai';

/**
 * What an area code says by its shape (统计用区划代码): the city, a district (6 digits), a town or
 * street (9) or a village or community (12). Departments other than civil affairs use this to
 * report per area from their own records, without reading civil affairs' area table.
 */
export type AreaCodeLevel = 'CITY' | 'DISTRICT' | 'TOWN' | 'VILLAGE';

export function areaCodeLevel(code: string, field = 'areaCode'): AreaCodeLevel {
  if (code === WEIHAI_CITY.code) return 'CITY';
  if (/^3710\d{2}$/.test(code)) return 'DISTRICT';
  if (/^3710\d{5}$/.test(code)) return 'TOWN';
  if (/^3710\d{8}$/.test(code)) return 'VILLAGE';
  throw new BadUserInputError(
    field,
    `${code} is not a Weihai area code (371000, a 6-digit district, 9-digit town or 12-digit village code)`,
  );
}

/** Whether a code is a district's, without complaint if it is no area code at all. */
export function isDistrictCode(code: string): boolean {
  try {
    return areaCodeLevel(code) === 'DISTRICT';
  } catch {
    return false;
  }
}

/** The district a town or village code belongs to. */
export function districtOfCode(code: string): string {
  return code.slice(0, 6);
}
