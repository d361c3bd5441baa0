/**
 * Counts on many days in one pass over the records, for a condition that holds from some day on and
 * then until some later day (a record begun and not yet ended, a person come of age): the days a
 * record counts on are an interval of the sorted days asked. A statement reads each record once,
 * computes the index of its first day and of the day after its last (`fromDay`, `untilDay`), and
 * groups by them; `countsOverDays` adds the intervals up per day. Joining the records to a table
 * of days instead evaluates and groups every (day, record) pair: 24 month ends cost 24 days' work.
 */
export interface DayIndexes {
  /** Named parameters: the days' bound values, to be merged with the statement's own. */
  params: Record<string, unknown>;
  /**
   * SQL: the index of the first day asked on which `holds` is true — it must stay true on every
   * later day — or the number of days if on none. `holds` gets the day's columns as bound parameters.
   */
  from(holds: (day: Record<string, string>) => string): string;
  /**
   * SQL: the number of leading days asked on which `holds` is true — it must be false (or null) on
   * every day after the first on which it is not. `holds` gets the day's columns as bound parameters.
   */
  until(holds: (day: Record<string, string>) => string): string;
}

/** The days of one call (sorted ascending), each with the bounds the caller derives from it in TypeScript. */
export function dayIndexes(
  days: readonly string[],
  columnsOf: (day: string) => Record<string, string | number> = () => ({}),
): DayIndexes {
  if (days.length === 0) throw new Error('day indexes need at least one day');
  const params: Record<string, unknown> = {};
  const columns = days.map((day, i) =>
    Object.fromEntries(
      Object.entries({ day, ...columnsOf(day) }).map(([name, value]) => {
        params[`dayIndex_${name}_${i}`] = value;
        return [name, `:dayIndex_${name}_${i}`];
      }),
    ),
  );
  const last = columns.length - 1;
  // Each CASE first asks the one day that settles a record true on none (a record begun after the
  // last day, one ended before the first): most of a registry's history, which otherwise walked
  // every day. With one day asked, that day's own check settles it.
  const settledFirst = (settles: string, index: number) => (last > 0 ? `WHEN NOT (${settles}) THEN ${index} ` : '');
  return {
    params,
    from: (holds) =>
      `CASE ${settledFirst(holds(columns[last]), days.length)}${columns
        .map((day, i) => `WHEN ${holds(day)} THEN ${i}`)
        .join(' ')} ELSE ${days.length} END`,
    // From the last day back: the first day it holds on ends the leading run (a null is not true).
    until: (holds) =>
      `CASE ${settledFirst(holds(columns[0]), 0)}${columns
        .map((day, i) => [day, i] as const)
        .reverse()
        .map(([day, i]) => `WHEN ${holds(day)} THEN ${i + 1}`)
        .join(' ')} ELSE 0 END`,
  };
}

/** A grouped row of records sharing an interval of day indexes: `count` records count on each day of [fromDay, untilDay). */
export interface IntervalCount {
  fromDay: number | string;
  untilDay: number | string;
  count: number | string;
}

/**
 * Interval rows added up per day and group (`groupOf`, told apart by `keyOf`): a day's count is the
 * sum of the rows whose interval holds it. Groups with no record counting on a day are left out,
 * as a GROUP BY over (day, record) pairs would.
 */
export function countsOverDays<R extends IntervalCount, G>(
  days: readonly string[],
  rows: readonly R[],
  groupOf: (row: R) => G,
  keyOf: (group: G) => string,
): Array<{ day: string; group: G; count: number }> {
  const perDay = days.map(() => new Map<string, { group: G; count: number }>());
  for (const row of rows) {
    const group = groupOf(row);
    const key = keyOf(group);
    for (let i = Number(row.fromDay); i < Math.min(Number(row.untilDay), days.length); i++) {
      const counted = perDay[i].get(key);
      if (counted) counted.count += Number(row.count);
      else perDay[i].set(key, { group, count: Number(row.count) });
    }
  }
  return perDay.flatMap((groups, i) =>
    [...groups.values()].map(({ group, count }) => ({ day: days[i], group, count })),
  );
}
