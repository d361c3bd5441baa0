import type DataLoader from 'dataloader';
import { keyedLoader } from '../db/loaders';
import { WEIHAI_CITY } from '../seed/weihai';
import { isDistrictCode } from './area-code';

/**
 * The city means every district: each department keeps its records per district, and the city's
 * figure is made of all of them. Said once here for every department's per-area figures.
 */

/** Whether a code is the city's (371000). */
export function isCity(areaCode: string): boolean {
  return areaCode === WEIHAI_CITY.code;
}

/** Whether a record of a district counts in an area: in the city every district's does, in a district only its own. */
export function countsIn(areaCode: string, districtCode: string): boolean {
  return isCity(areaCode) || areaCode === districtCode;
}

/**
 * The districts a query must read for the areas asked: null (no filter) when the city is among
 * them, else the districts asked; towns and villages are left out (these figures are kept per district).
 */
export function districtsToRead(areaCodes: readonly string[]): string[] | null {
  if (areaCodes.some(isCity)) return null;
  return areaCodes.filter(isDistrictCode);
}

/** Rows kept per district, given to each area asked: a district its own, the city every district's. */
export function spreadOverAreas<T>(
  areaCodes: readonly string[],
  rows: ReadonlyArray<readonly [string, T]>,
): Array<readonly [string, T]> {
  return [...new Set(areaCodes)].flatMap((code) =>
    rows.filter(([district]) => countsIn(code, district)).map(([, row]) => [code, row] as const),
  );
}

/** Counts added up name by name (each is a count, so the city's sum of its districts is exact). */
export function sumCounts<F extends string>(
  names: readonly F[],
  records: Iterable<Readonly<Record<F, number>>>,
): Record<F, number> {
  const total = Object.fromEntries(names.map((name) => [name, 0])) as Record<F, number>;
  for (const record of records) for (const name of names) total[name] += record[name];
  return total;
}

/**
 * Per-district counts totalled for each area asked: a district its own, the city every district's.
 * An area no row counts in gets nothing (callers read that as zero).
 */
export function countsPerArea<F extends string>(
  areaCodes: readonly string[],
  names: readonly F[],
  rows: ReadonlyArray<readonly [string, Readonly<Record<F, number>>]>,
): Array<readonly [string, Record<F, number>]> {
  return [...new Set(areaCodes)].flatMap((code) => {
    const counted = rows.filter(([district]) => countsIn(code, district)).map(([, counts]) => counts);
    return counted.length ? [[code, sumCounts(names, counted)] as const] : [];
  });
}

/**
 * A loader over areas (the city or districts): one `fetch` of the districts to read (null: every
 * district), whose rows, paired with their district, go to each area asked (a district its own, the
 * city every district's). No district to read, no query.
 */
export function rowsByArea<T>(
  fetch: (districts: string[] | null) => Promise<ReadonlyArray<readonly [string, T]>>,
): DataLoader<string, T[], string> {
  return keyedLoader<string, T[], string>(
    async (areaCodes) => {
      const codes = areaCodes.map(String);
      const districts = districtsToRead(codes);
      const rows = districts?.length === 0 ? [] : await fetch(districts);
      return codes.map((code) => rows.filter(([district]) => countsIn(code, district)).map(([, row]) => row));
    },
    { cacheKeyFn: String },
  );
}
