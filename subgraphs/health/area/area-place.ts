import { BadUserInputError } from '../../shared/errors/errors';
import { areaCodeLevel, districtOfCode } from '../../shared/areas/area-code';
import { DISTRICTS, TOWNS } from '../../shared/seed/weihai';

/** Where a health record belongs, at the levels the commission reports on: district, then town or street. */
export interface HealthPlace {
  districtCode: string;
  townCode: string | null;
}

const KNOWN_DISTRICTS = new Set(DISTRICTS.map((district) => district.code));
const KNOWN_TOWNS = new Set(TOWNS.map((town) => town.code));

/**
 * A district or town/street code as the place of a medical institution or a home sickbed, checked
 * against Weihai's division codes (the vendored statistical codes, not civil affairs' tables).
 */
export function healthPlaceOf(code: string, field = 'areaCode'): HealthPlace {
  const level = areaCodeLevel(code, field);
  if (level === 'DISTRICT' && KNOWN_DISTRICTS.has(code)) return { districtCode: code, townCode: null };
  if (level === 'TOWN' && KNOWN_TOWNS.has(code)) return { districtCode: districtOfCode(code), townCode: code };
  if (level === 'VILLAGE' && KNOWN_TOWNS.has(code.slice(0, 9)))
    return { districtCode: districtOfCode(code), townCode: code.slice(0, 9) };
  throw new BadUserInputError(field, `${code} is not a known Weihai district, town or street code`);
}
