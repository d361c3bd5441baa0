import { rowByKey, rowsByKey } from '../../../../subgraphs/shared/db/loaders';

interface Elder {
  id: number;
  name: string;
}
interface Stay {
  elderId: number;
  admittedOn: string;
}

const ELDERS: Elder[] = [
  { id: 1, name: '于秀兰' },
  { id: 2, name: '丛德明' },
  { id: 3, name: '毕玉芳' },
];
const STAYS: Stay[] = [
  { elderId: 1, admittedOn: '2023-04-01' },
  { elderId: 2, admittedOn: '2024-09-12' },
  { elderId: 1, admittedOn: '2025-03-10' },
];

/** A fake table that records every query it answers. */
function table<T>(rows: T[], keyOf: (row: T) => number) {
  const queries: unknown[][] = [];
  const fetch = (keys: (string | number)[]) => {
    queries.push(keys);
    return Promise.resolve(rows.filter((row) => keys.map(String).includes(String(keyOf(row)))));
  };
  return { queries, fetch };
}

describe('rowByKey', () => {
  it('answers several loads in the same tick with one query', async () => {
    const elders = table(ELDERS, (e) => e.id);
    const loader = rowByKey(elders.fetch, (e: Elder) => e.id);
    const names = await Promise.all([loader.load(3), loader.load(1), loader.load(2)]);
    expect(names.map((e) => e?.name)).toEqual(['毕玉芳', '于秀兰', '丛德明']);
    expect(elders.queries).toEqual([[3, 1, 2]]);
  });

  it('finds rows with numeric keys when asked with the string IDs federation delivers', async () => {
    const elders = table(ELDERS, (e) => e.id);
    const loader = rowByKey<string | number, Elder>(elders.fetch, (e) => e.id);
    await expect(Promise.all([loader.load('2'), loader.load('3')])).resolves.toEqual([ELDERS[1], ELDERS[2]]);
  });

  it('treats the string "2" and the number 2 as one key, fetched once', async () => {
    const elders = table(ELDERS, (e) => e.id);
    const loader = rowByKey<string | number, Elder>(elders.fetch, (e) => e.id);
    const [asString, asNumber] = await Promise.all([loader.load('2'), loader.load(2)]);
    expect(asString).toBe(asNumber);
    expect(elders.queries).toEqual([['2']]);
  });

  it('returns null for a key with no row, without failing the others', async () => {
    const elders = table(ELDERS, (e) => e.id);
    const loader = rowByKey(elders.fetch, (e: Elder) => e.id);
    await expect(Promise.all([loader.load(1), loader.load(99)])).resolves.toEqual([ELDERS[0], null]);
  });

  it('does not query again for a key it has already loaded', async () => {
    const elders = table(ELDERS, (e) => e.id);
    const loader = rowByKey(elders.fetch, (e: Elder) => e.id);
    await loader.load(1);
    await loader.load(1);
    expect(elders.queries).toHaveLength(1);
  });
});

describe('rowsByKey', () => {
  it('answers several loads in the same tick with one query', async () => {
    const stays = table(STAYS, (s) => s.elderId);
    const loader = rowsByKey(stays.fetch, (s: Stay) => s.elderId);
    await Promise.all([loader.load(1), loader.load(2), loader.load(3)]);
    expect(stays.queries).toEqual([[1, 2, 3]]);
  });

  it('returns every row of a key in the order the query returned them', async () => {
    const stays = table(STAYS, (s) => s.elderId);
    const loader = rowsByKey(stays.fetch, (s: Stay) => s.elderId);
    const [first, second] = await Promise.all([loader.load(1), loader.load(2)]);
    expect(first.map((s) => s.admittedOn)).toEqual(['2023-04-01', '2025-03-10']);
    expect(second.map((s) => s.admittedOn)).toEqual(['2024-09-12']);
  });

  it('finds rows with numeric keys when asked with string IDs', async () => {
    const stays = table(STAYS, (s) => s.elderId);
    const loader = rowsByKey<string | number, Stay>(stays.fetch, (s) => s.elderId);
    await expect(loader.load('2')).resolves.toEqual([STAYS[1]]);
  });

  it('returns an empty list for a key with no rows', async () => {
    const stays = table(STAYS, (s) => s.elderId);
    const loader = rowsByKey(stays.fetch, (s: Stay) => s.elderId);
    await expect(Promise.all([loader.load(3), loader.load(1)])).resolves.toEqual([[], [STAYS[0], STAYS[2]]]);
  });
});
