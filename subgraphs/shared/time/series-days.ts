import { BadUserInputError } from '../errors/errors';
import { addMonths, lastDayOf, monthOf } from './months';
import { MAX_SERIES_POINTS } from './series-limit';

/**
 * The days of an indicator series: each month end from `from` to `to`, and `to` itself when it is
 * not a month end (a trend read up to today ends today). Refuses a reversed or too long range.
 */
export function seriesDays(from: string, to: string): string[] {
  if (from > to) throw new BadUserInputError('from', `must not be after to (${to})`);
  const days: string[] = [];
  for (let month = monthOf(from); month <= monthOf(to); month = addMonths(month, 1)) {
    const end = lastDayOf(month);
    if (end >= from && end <= to) days.push(end);
  }
  if (days.at(-1) !== to) days.push(to);
  if (days.length > MAX_SERIES_POINTS)
    throw new BadUserInputError('from', `a series reads at most ${MAX_SERIES_POINTS} days (this one ${days.length})`);
  return days;
}
