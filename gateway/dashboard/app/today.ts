/** The hub's days are China Standard Time (UTC+8, no daylight saving): today there, as an ISO date. */
export function todayInChina(): string {
  return new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
}
