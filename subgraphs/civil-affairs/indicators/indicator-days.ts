import { addMonths, firstDayOf, lastDayOf, monthOf } from '../../shared/time/months';

/**
 * The month indicator 9 (月探访率) measures on a day: the last full month by then — the day's own
 * month when the day is its last, else the month before — so an early-month date is not read as a miss.
 */
export function visitingMonth(day: string): { first: string; last: string } {
  const own = monthOf(day);
  const month = lastDayOf(own) === day ? own : addMonths(own, -1);
  return { first: firstDayOf(month), last: lastDayOf(month) };
}
