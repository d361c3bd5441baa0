/** Dates in the departments' own calendar. */

const DAY_MS = 86_400_000;
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The day last computed, and the span of the clock it covers. */
let current = { day: '', from: 0, to: 0 };

/**
 * Today's date in China Standard Time, which is when the departments' working day turns. Kept until
 * the clock leaves that day (China keeps no summer time, so every day is 24 hours): it is asked for
 * on every row of some lists (an elder's age), where making two dates and a string each time showed
 * in their profile.
 */
export function todayIso(): string {
  const now = Date.now();
  if (now < current.from || now >= current.to) {
    const from = Math.floor((now + CHINA_OFFSET_MS) / DAY_MS) * DAY_MS - CHINA_OFFSET_MS;
    current = { day: new Date(from + CHINA_OFFSET_MS).toISOString().slice(0, 10), from, to: from + DAY_MS };
  }
  return current.day;
}

/** Whole years between a birth date and a day, both ISO dates. */
export function ageOn(birthDate: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(birthDate.slice(0, 4));
  return day.slice(5) < birthDate.slice(5) ? years - 1 : years;
}

/** The same calendar day `years` earlier (29 February falls back to a date that still compares correctly). */
export function yearsBefore(day: string, years: number): string {
  return `${String(Number(day.slice(0, 4)) - years).padStart(4, '0')}${day.slice(4)}`;
}
