import { areaCodeLevel } from '../../shared/areas/area-code';
import { BadUserInputError } from '../../shared/errors/errors';
import { DISTRICTS } from '../../shared/seed/weihai';

const WEIHAI_DISTRICTS = new Set(DISTRICTS.map((district) => district.code));

/** Refuses a code that is not one of Weihai's districts (including 南海新区's project code 371099). */
export function checkWeihaiDistrict(code: string, field: string): string {
  if (areaCodeLevel(code, field) !== 'DISTRICT' || !WEIHAI_DISTRICTS.has(code)) {
    throw new BadUserInputError(field, `${code} is not a Weihai district code (${[...WEIHAI_DISTRICTS].join(', ')})`);
  }
  return code;
}

/**
 * The district a caregiver works in. A clerk may give it; otherwise it is the employer's: the
 * registering area code of its credit code (digits 3–8), when that is a Weihai district. A caregiver
 * without an employer, or whose employer registered at city level, needs it given.
 */
export function workDistrict(given: string | null | undefined, employerCode: string | null): string {
  if (given) return checkWeihaiDistrict(given, 'districtCode');
  const registeredIn = employerCode?.slice(2, 8);
  if (registeredIn && WEIHAI_DISTRICTS.has(registeredIn)) return registeredIn;
  throw new BadUserInputError(
    'districtCode',
    employerCode
      ? 'the employer’s credit code does not name a Weihai district: give the district where the caregiver works'
      : 'a caregiver without an employer needs their own service district',
  );
}
