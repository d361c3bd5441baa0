import { createHmac } from 'node:crypto';
import { areaCodeLevel } from '../areas/area-code';
import { BadUserInputError } from '../errors/errors';
import { DISTRICTS } from '../seed/weihai';
import { addMonths, lastDayOf } from '../time/months';
import { todayIso } from '../time/today';
import { checkIntegerRange, checkNotFuture } from '../validation/checks';

/**
 * The key of `FiveBedLinkage`, the per-area view of the five-bed pilot: the city or a district, a
 * period (both days inclusive) and the window in days within which a next bed counts as a transfer.
 * The arguments are in the key because Federation cannot `@requires` a field that takes arguments.
 */
export interface FiveBedLinkageKey {
  areaCode: string;
  from: string;
  to: string;
  windowDays: number;
}

export const DEFAULT_WINDOW_DAYS = 30;
export const MAX_WINDOW_DAYS = 365;

const KNOWN_DISTRICTS = new Set(DISTRICTS.map((district) => district.code));
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** The last full calendar quarter before `today`: the period asked when none is given. */
export function lastFullQuarter(today = todayIso()): { from: string; to: string } {
  const month = Number(today.slice(5, 7));
  const quarterStart = `${today.slice(0, 4)}-${String(month - ((month - 1) % 3)).padStart(2, '0')}`;
  return { from: `${addMonths(quarterStart, -3)}-01`, to: lastDayOf(addMonths(quarterStart, -1)) };
}

function checkDay(field: string, value: unknown): string {
  const day = typeof value === 'string' && ISO_DAY.test(value) ? new Date(`${value}T00:00:00Z`) : null;
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== value)
    throw new BadUserInputError(field, `${String(value)} is not a calendar date (YYYY-MM-DD)`);
  return value;
}

/**
 * Checks a key as it arrives from a client (missing dates default to the last full quarter, the
 * window to 30 days) or from the gateway; the joint meeting, civil affairs and health call this one
 * check.
 */
export function checkFiveBedLinkageKey(
  raw: { areaCode: string; from?: string | null; to?: string | null; windowDays?: number | null },
  today = todayIso(),
): FiveBedLinkageKey {
  const level = areaCodeLevel(raw.areaCode);
  if (level === 'TOWN' || level === 'VILLAGE')
    throw new BadUserInputError(
      'areaCode',
      `${raw.areaCode} is not the city (371000) or a district: the pilot's figures are kept per district and citywide`,
    );
  if (level === 'DISTRICT' && !KNOWN_DISTRICTS.has(raw.areaCode))
    throw new BadUserInputError('areaCode', `${raw.areaCode} is not a Weihai district`);
  const quarter = lastFullQuarter(today);
  const from = checkDay('from', raw.from ?? quarter.from);
  const to = checkDay('to', raw.to ?? quarter.to);
  checkNotFuture('from', from, today);
  checkNotFuture('to', to, today);
  if (to < from) throw new BadUserInputError('to', `must not be before from (${from})`);
  const windowDays = raw.windowDays ?? DEFAULT_WINDOW_DAYS;
  checkIntegerRange('windowDays', windowDays, 1, MAX_WINDOW_DAYS);
  return { areaCode: raw.areaCode, from, to, windowDays };
}

/**
 * The pseudonym under which one department hands over an elder's episodes for one linkage:
 * HMAC-SHA-256, keyed with the shared person-key secret, over the person key and the whole entity
 * key, truncated to 96 bits. Every department computes the same value for the same elder in the
 * same query, so episodes meet; a different area, period or window gives unrelated values, so the
 * pseudonyms of two queries cannot be joined with each other or with person keys.
 */
export function linkKeyOf(personKey: string, key: FiveBedLinkageKey, secret: string): string {
  return createHmac('sha256', secret)
    .update(['five-bed-linkage', personKey, key.areaCode, key.from, key.to, String(key.windowDays)].join('\u0000'))
    .digest('hex')
    .slice(0, 24);
}

/** Whole days from one ISO date to a later one. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** An ISO date `days` later. */
export function addDaysTo(day: string, days: number): string {
  return new Date(Date.parse(`${day}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}
