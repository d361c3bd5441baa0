import type DataLoader from 'dataloader';
import { countsIn, districtsToRead, sumCounts } from '../areas/city-of-districts';
import { keyedLoader } from '../db/loaders';

/** An area on a day, as `AreaOnDate` resolvers ask for it. */
export interface AreaOnDay {
  key: string;
  args: string;
}

/**
 * A loader over areas on days (`AreaOnDate`'s figures): one `fetch` for every area and day asked
 * together — the districts to read (null: every district, when the city is asked) and the distinct
 * days — whose rows, each with its day and district, go to each area on that day as the city's
 * rule says (a district its own, the city every district's), then through `combine` (e.g. summed).
 * A series of many days costs the statements of one; no district to read, no query.
 */
export function rowsByAreaOnDays<T, R = T>(
  fetch: (districts: string[] | null, days: string[]) => Promise<ReadonlyArray<readonly [string, string, T]>>,
  combine: (rows: T[]) => R[] = (rows) => rows as unknown as R[],
): DataLoader<AreaOnDay, R[], string> {
  const cacheKey = ({ key, args }: AreaOnDay) => `${args}\u0000${key}`;
  return keyedLoader<AreaOnDay, R[], string>(
    async (asked) => {
      const codes = [...new Set(asked.map(({ key }) => String(key)))];
      const days = [...new Set(asked.map(({ args }) => String(args)))].sort();
      const districts = districtsToRead(codes);
      const rows = districts?.length === 0 ? [] : await fetch(districts, days);
      const byDay = new Map<string, Array<readonly [string, T]>>();
      for (const [day, district, row] of rows) {
        const list = byDay.get(String(day));
        if (list) list.push([district, row]);
        else byDay.set(String(day), [[district, row]]);
      }
      return asked.map(({ key, args }) =>
        combine(
          (byDay.get(String(args)) ?? []).filter(([district]) => countsIn(String(key), district)).map(([, row]) => row),
        ),
      );
    },
    { cacheKeyFn: cacheKey },
  );
}

/**
 * Per-district counts on days, totalled for each area on each day asked (the city every district's):
 * one row per area and day, none where no district's row counts in it (callers read that as zero).
 */
export function countsByAreaOnDays<F extends string>(
  names: readonly F[],
  fetch: (
    districts: string[] | null,
    days: string[],
  ) => Promise<ReadonlyArray<readonly [string, string, Readonly<Record<F, number>>]>>,
): DataLoader<AreaOnDay, Array<Record<F, number>>, string> {
  return rowsByAreaOnDays(fetch, (rows) => (rows.length ? [sumCounts(names, rows)] : []));
}
