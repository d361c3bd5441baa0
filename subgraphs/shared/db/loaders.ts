import DataLoader from 'dataloader';

/**
 * Keys one statement names at most; a larger batch goes as several statements. A page of any
 * allowed size (`MAX_PAGE_SIZE` ≤ 10,000) still takes one, and a statement naming its keys three
 * times stays under SQLite's 32,766 variables. Every loader that puts its keys in SQL is a
 * `keyedLoader`, so any batch a request may ask (`MAX_ENTITY_REPRESENTATIONS`) runs on both databases.
 */
export const KEYS_PER_STATEMENT = 10_000;

/** A DataLoader whose batch function puts its keys in one SQL statement: at most `KEYS_PER_STATEMENT` at a time. */
export function keyedLoader<K, V, C = K>(
  batch: DataLoader.BatchLoadFn<K, V>,
  options: DataLoader.Options<K, V, C> = {},
): DataLoader<K, V, C> {
  return new DataLoader<K, V, C>(batch, { ...options, maxBatchSize: KEYS_PER_STATEMENT });
}

/**
 * A loader returning at most one row per key: one query for all keys asked in the same tick.
 * Keys are normalised to strings because federation delivers every `ID` as a string.
 */
export function rowByKey<K extends string | number, T>(
  fetch: (keys: K[]) => Promise<T[]>,
  keyOf: (row: T) => K,
): DataLoader<K, T | null, string> {
  return keyedLoader<K, T | null, string>(
    async (keys) => {
      const rows = await fetch([...keys]);
      const byKey = new Map(rows.map((row) => [String(keyOf(row)), row]));
      return keys.map((key) => byKey.get(String(key)) ?? null);
    },
    { cacheKeyFn: String },
  );
}

/** A loader returning every row for a key (a list relation), in the order the query returned them. */
export function rowsByKey<K extends string | number, T>(
  fetch: (keys: K[]) => Promise<T[]>,
  keyOf: (row: T) => K,
): DataLoader<K, T[], string> {
  return keyedLoader<K, T[], string>(
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

/**
 * A list-relation loader for a field with arguments (a date range, a year, a kind): requests with
 * equal arguments share one query, so statements grow with the distinct arguments asked, not with
 * the rows. `fetch` returns each row paired with the key it belongs to.
 */
export function rowsByKeyAndArgs<K extends string | number, A, T>(
  fetch: (keys: K[], args: A) => Promise<Array<readonly [K, T]>>,
): DataLoader<{ key: K; args: A }, T[], string> {
  const argsId = (args: A) => JSON.stringify(args ?? null);
  const cacheKey = (key: K, args: A) => `${argsId(args)}\u0000${String(key)}`;
  return keyedLoader<{ key: K; args: A }, T[], string>(
    async (requests) => {
      const groups = new Map<string, { args: A; keys: K[] }>();
      for (const { key, args } of requests) {
        const group = groups.get(argsId(args));
        if (group) group.keys.push(key);
        else groups.set(argsId(args), { args, keys: [key] });
      }
      const byKey = new Map<string, T[]>();
      for (const { args, keys } of groups.values()) {
        for (const [key, row] of await fetch(keys, args)) {
          const list = byKey.get(cacheKey(key, args));
          if (list) list.push(row);
          else byKey.set(cacheKey(key, args), [row]);
        }
      }
      return requests.map(({ key, args }) => byKey.get(cacheKey(key, args)) ?? []);
    },
    { cacheKeyFn: ({ key, args }) => cacheKey(key, args) },
  );
}
