import { todayIso } from '../../shared/time/today';
import { checkIntegerRange } from '../../shared/validation/checks';

/** The first enrolment year the register takes; earlier years are outside the plans it serves. */
export const FIRST_ENROLMENT_YEAR = 2015;

/** A year's autumn intake closes on 30 September (秋季招生结束); from that day the year's enrolment is complete. */
export const ENROLMENT_CLOSES_ON = '09-30';

/** The latest enrolment year whose intake has closed by a day (inclusive): the day's year from 30 September, the year before until then. */
export function latestEnrolmentYearClosedBy(day: string): number {
  const year = Number(day.slice(0, 4));
  return day.slice(5) >= ENROLMENT_CLOSES_ON ? year : year - 1;
}

/** Refuses an enrolment year before the register's first or in the future. */
export function checkEnrolmentYear(field: string, year: number, today = todayIso()): number {
  checkIntegerRange(field, year, FIRST_ENROLMENT_YEAR, Number(today.slice(0, 4)));
  return year;
}
