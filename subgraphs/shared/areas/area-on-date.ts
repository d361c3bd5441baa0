import { BadUserInputError } from '../errors/errors';
import { todayIso } from '../time/today';
import { areaCodeLevel } from './area-code';

/**
 * The key of `AreaOnDate`, the entity every department reports its as-of figures on: the city or a
 * district, and a day. The date is part of the key because Federation cannot `@requires` a field
 * that takes arguments, and the joint meeting's figures are always "as of" a day.
 */
export interface AreaOnDateKey {
  areaCode: string;
  asOf: string;
}

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Checks a key as it arrives from a client or the gateway; every department calls this one check. */
export function checkAreaOnDateKey({ areaCode, asOf }: AreaOnDateKey): AreaOnDateKey {
  const level = areaCodeLevel(areaCode);
  if (level !== 'CITY' && level !== 'DISTRICT')
    throw new BadUserInputError(
      'areaCode',
      `${areaCode} is not the city (371000) or a district: the joint meeting's figures are kept per district and citywide`,
    );
  const match = ISO_DAY.exec(asOf);
  const day = match && new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  if (!day || day.toISOString().slice(0, 10) !== asOf)
    throw new BadUserInputError('asOf', `${asOf} is not a calendar date (YYYY-MM-DD)`);
  if (asOf > todayIso()) throw new BadUserInputError('asOf', `must not be in the future (today is ${todayIso()})`);
  return { areaCode, asOf };
}
