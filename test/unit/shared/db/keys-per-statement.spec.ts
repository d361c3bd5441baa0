import { KEYS_PER_STATEMENT, rowByKey, rowsByKey, rowsByKeyAndArgs } from '../../../../subgraphs/shared/db/loaders';

/** A fake table of `count` rows keyed 0…count-1 that records the size of every query it answers. */
function table(count: number) {
  const sizes: number[] = [];
  const fetch = (keys: number[]) => {
    sizes.push(keys.length);
    return Promise.resolve(keys.filter((key) => key < count).map((key) => ({ key, value: `row ${key}` })));
  };
  return { sizes, fetch };
}

const keys = (count: number) => Array.from({ length: count }, (_, i) => i);

describe('loaders asked for more keys than one statement takes', () => {
  const asked = 2 * KEYS_PER_STATEMENT + 1;

  it('rowByKey sends them as several statements of at most KEYS_PER_STATEMENT keys, answering every key', async () => {
    const rows = table(asked);
    const loader = rowByKey(rows.fetch, (row) => row.key);
    const answers = await loader.loadMany(keys(asked));
    expect(rows.sizes).toEqual([KEYS_PER_STATEMENT, KEYS_PER_STATEMENT, 1]);
    expect(answers.at(-1)).toEqual({ key: asked - 1, value: `row ${asked - 1}` });
  });

  it('rowsByKey and rowsByKeyAndArgs do the same', async () => {
    const rows = table(asked);
    await rowsByKey(rows.fetch, (row) => row.key).loadMany(keys(asked));
    const withArgs = table(asked);
    await rowsByKeyAndArgs(async (batch: number[], year: number) =>
      (await withArgs.fetch(batch)).map((row) => [row.key, { ...row, year }] as const),
    ).loadMany(keys(asked).map((key) => ({ key, args: 2026 })));
    expect(rows.sizes).toEqual([KEYS_PER_STATEMENT, KEYS_PER_STATEMENT, 1]);
    expect(withArgs.sizes).toEqual([KEYS_PER_STATEMENT, KEYS_PER_STATEMENT, 1]);
  });

  it('still answers a page of the largest size with one statement', async () => {
    const rows = table(KEYS_PER_STATEMENT);
    await rowByKey(rows.fetch, (row) => row.key).loadMany(keys(KEYS_PER_STATEMENT));
    expect(rows.sizes).toEqual([KEYS_PER_STATEMENT]);
  });
});
