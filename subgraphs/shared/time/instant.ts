import { BadUserInputError } from '../errors/errors';

/**
 * A calendar date (`2026-11-01`, the start of that day in China Standard Time, when the departments'
 * day turns) or a date and time with its zone (`2026-11-01T08:30:00Z`, `…+08:00`), and nothing
 * else: `Date.parse` would also read `May 5` (as 2001) and zone-less times in the server's zone.
 */
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-](\d{2}):(\d{2})))?$/;

const CHINA_STANDARD_TIME_MINUTES = 8 * 60;

/** Reads a strict ISO 8601 date or instant, or refuses it naming the field. */
export function parseInstant(field: string, value: string): Date {
  const match = INSTANT.exec(value);
  const instant = match && readInstant(match);
  if (!instant)
    throw new BadUserInputError(
      field,
      'must be an ISO 8601 date (2026-11-01, China Standard Time) or instant with its zone (2026-11-01T08:30:00Z)',
    );
  return instant;
}

function readInstant(match: RegExpExecArray): Date | null {
  const [, year, month, day, hour = '00', minute = '00', second = '00', fraction = '', zone, zoneHours, zoneMinutes] =
    match;
  const [y, mo, d, h, mi, s] = [year, month, day, hour, minute, second].map(Number);
  const calendar = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  // Date.UTC rolls 30 February into March and 25:00 into the next day: a real date and time reads back unchanged.
  const read = [calendar.getUTCFullYear(), calendar.getUTCMonth() + 1, calendar.getUTCDate()];
  if (read.join() !== [y, mo, d].join() || h > 23 || mi > 59 || s > 59) return null;
  const offsetMinutes = !zone
    ? CHINA_STANDARD_TIME_MINUTES
    : zone === 'Z'
      ? 0
      : (zone.startsWith('-') ? -1 : 1) * (Number(zoneHours) * 60 + Number(zoneMinutes));
  if (Number(zoneHours ?? 0) > 14 || Number(zoneMinutes ?? 0) > 59) return null;
  return new Date(calendar.getTime() + Number(fraction.padEnd(3, '0').slice(0, 3)) - offsetMinutes * 60_000);
}
