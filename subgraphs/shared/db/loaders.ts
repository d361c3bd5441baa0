import DataLoader from 'dataloader';

/**
 * A loader returning at most one row per key: one query for all keys asked in the same tick.
 * Keys are normalised to strings because federation delivers every `ID` as a string.
 */
export function rowByKey<K extends string | number, T>(fetch: (keys: K[]) => Promise<T[]>, keyOf: (row: T) => K): DataLoader<K, T | null, string> {
  return new DataLoader<K, T | null, string>(
    async (keys) => {
      const rows = await fetch([...keys]);
      const byKey = new Map(rows.map((row) => [String(keyOf(row)), row]));
      return keys.map((key) => byKey.get(String(key)) ?? null);
    },
    { cacheKeyFn: String },
  );
}

/** A loader returning every row for a key (a list relation), in the order the query returned them. */
export function rowsByKey<K extends string | number, T>(fetch: (keys: K[]) => Promise<T[]>, keyOf: (row: T) => K): DataLoader<K, T[], string> {
  return new DataLoader<K, T[], string>(
    async (keys) => {
      const rows = await fetch([...keys]);
      const byKey = new Map<string, T[]>();
      for (const row of rows) {
        const key = String(keyOf(row));
        const list = byKey.get(key);
        if (list) list.push(row);
        else byKey.set(key, [row]);
      }
      return keys.map((key) => byKey.get(String(key)) ?? []);
    },
    { cacheKeyFn: String },
  );
}
