import { rowsByKeyAndArgs } from '../../../../subgraphs/shared/db/loaders';

interface Visit {
  elder: string;
  on: string;
}

const VISITS: Visit[] = [
  { elder: 'a', on: '2025-03-02' },
  { elder: 'b', on: '2025-04-11' },
  { elder: 'a', on: '2025-05-20' },
];

function visitLoader() {
  const queries: Array<{ keys: string[]; from: string }> = [];
  const loader = rowsByKeyAndArgs((keys: string[], from: string) => {
    queries.push({ keys, from });
    return Promise.resolve(
      VISITS.filter((visit) => keys.includes(visit.elder) && visit.on >= from).map(
        (visit) => [visit.elder, visit] as const,
      ),
    );
  });
  return { loader, queries };
}

describe('a list loader for a field with arguments', () => {
  it('answers every key asked with the same arguments from one query', async () => {
    const { loader, queries } = visitLoader();
    const [a, b, c] = await Promise.all(['a', 'b', 'c'].map((key) => loader.load({ key, args: '2025-01-01' })));
    expect([a.map((v) => v.on), b.map((v) => v.on), c]).toEqual([['2025-03-02', '2025-05-20'], ['2025-04-11'], []]);
    expect(queries).toEqual([{ keys: ['a', 'b', 'c'], from: '2025-01-01' }]);
  });

  it('runs one query per distinct set of arguments, keeping each answer to its own arguments', async () => {
    const { loader, queries } = visitLoader();
    const [early, late, lateB] = await Promise.all([
      loader.load({ key: 'a', args: '2025-01-01' }),
      loader.load({ key: 'a', args: '2025-05-01' }),
      loader.load({ key: 'b', args: '2025-05-01' }),
    ]);
    expect([early.length, late.map((v) => v.on), lateB]).toEqual([2, ['2025-05-20'], []]);
    expect(queries).toHaveLength(2);
  });

  it('caches a key asked again with equal arguments within the request', async () => {
    const { loader, queries } = visitLoader();
    await loader.load({ key: 'a', args: '2025-01-01' });
    await loader.load({ key: 'a', args: '2025-01-01' });
    expect(queries).toHaveLength(1);
  });
});
