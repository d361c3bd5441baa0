import DataLoader from 'dataloader';

/**
 * A loader returning at most one row per key: one query for all keys asked in the same tick.
 * Keys are normalised to strings because federation delivers every `ID` as a string.
 */
export function rowByKey<K extends string | number, T>(
  fetch: (keys: K[]) => Promise<T[]>,
  keyOf: (row: T) => K,
): DataLoader<K, T | null, string> {
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
export function rowsByKey<K extends string | number, T>(
  fetch: (keys: K[]) => Promise<T[]>,
  keyOf: (row: T) => K,
): DataLoader<K, T[], string> {
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
  return new DataLoader<{ key: K; args: A }, T[], string>(
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
