/** Calendar months as `YYYY-MM` strings, which compare correctly as strings. */

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

export function isMonth(value: string): boolean {
  return MONTH.test(value);
}

/** The month a day (ISO date) falls in. */
export function monthOf(day: string): string {
  return day.slice(0, 7);
}

/** The month `count` months after (or before, if negative) a month. */
export function addMonths(month: string, count: number): string {
  const index = Number(month.slice(0, 4)) * 12 + Number(month.slice(5, 7)) - 1 + count;
  return `${String(Math.floor(index / 12)).padStart(4, '0')}-${String((index % 12) + 1).padStart(2, '0')}`;
}

export function firstDayOf(month: string): string {
  return `${month}-01`;
}

/** Last days already worked out: seeding asks for the same dozen months millions of times. Bounded, as callers pass months. */
const lastDays = new Map<string, string>();
const LAST_DAYS_KEPT = 10_000;

export function lastDayOf(month: string): string {
  let day = lastDays.get(month);
  if (day === undefined) {
    const [year, monthNumber] = [Number(month.slice(0, 4)), Number(month.slice(5, 7))];
    day = `${month}-${String(new Date(Date.UTC(year, monthNumber, 0)).getUTCDate()).padStart(2, '0')}`;
    if (lastDays.size >= LAST_DAYS_KEPT) lastDays.clear();
    lastDays.set(month, day);
  }
  return day;
}
