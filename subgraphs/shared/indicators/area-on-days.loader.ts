import type DataLoader from 'dataloader';
import { countsIn, districtsToRead } from '../areas/city-of-districts';
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
 * rule says (a district its own, the city every district's). A series of many days costs the
 * statements of one; no district to read, no query.
 */
export function rowsByAreaOnDays<T>(
  fetch: (districts: string[] | null, days: string[]) => Promise<ReadonlyArray<readonly [string, string, T]>>,
): DataLoader<AreaOnDay, T[], string> {
  const cacheKey = ({ key, args }: AreaOnDay) => `${args}\u0000${key}`;
  return keyedLoader<AreaOnDay, T[], string>(
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
        (byDay.get(String(args)) ?? []).filter(([district]) => countsIn(String(key), district)).map(([, row]) => row),
      );
    },
    { cacheKeyFn: cacheKey },
  );
}
