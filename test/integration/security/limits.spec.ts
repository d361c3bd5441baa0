import { graphql } from '../../support/graphql';
import { QUERY_LIMITS } from '../../../subgraphs/shared/server/query-limits';
import { expectData } from '../../support/builders/expect-data';
import { DATABASE_TARGETS, errorCodes, HUB_START_TIMEOUT_MS, sharedHub, type TestHub } from '../../support/test-hub';

/** `areas { children { children … } }` nested `levels` deep: built to a depth, so a plain string. */
const nested = (levels: number) =>
  `{ areas(level: CITY) ${'{ children '.repeat(levels)}{ code }${' }'.repeat(levels)} }`;

const ELDER_TOTAL = graphql(`
  query LimitsElderTotal($limit: Int!) {
    elders(page: { limit: $limit }) {
      total
    }
  }
`);

describe.each(DATABASE_TARGETS)('query limits (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    // Reads only: the worker's seeded city.
    hub = await sharedHub(target, 'seeded');
  }, HUB_START_TIMEOUT_MS);

  it('answers a query within every limit', async () => {
    const result = await hub.query<{ areas: unknown[] }>(nested(QUERY_LIMITS.depth - 3));
    expect(expectData(result).areas).toHaveLength(1);
  });

  it('refuses a depth bomb at the gateway and at the subgraph', async () => {
    const bomb = nested(12);
    expect(errorCodes(await hub.query<unknown>(bomb))).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(errorCodes(await hub.querySubgraph<unknown>('civil-affairs', bomb))).toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an alias bomb', async () => {
    const bomb = `{ ${Array.from({ length: QUERY_LIMITS.aliases + 5 }, (_, i) => `a${i}: areas(level: DISTRICT) { code }`).join(' ')} }`;
    expect(errorCodes(await hub.query<unknown>(bomb))).toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a document with too many tokens before parsing it', async () => {
    const bomb = `{ areas(level: DISTRICT) { ${'code '.repeat(QUERY_LIMITS.tokens)} } }`;
    const result = await hub.query<unknown>(bomb);
    expect(errorCodes(result)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('refuses a page larger than the maximum with BAD_USER_INPUT naming the field', async () => {
    const result = await hub.query(ELDER_TOTAL, { limit: 5000 });
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!.field).toBe('page.limit');
  });

  it('masks internal errors and gives the request id to find them in the log', async () => {
    expectData(await hub.query(ELDER_TOTAL, { limit: 1 }));
    const refused = await hub.query(ELDER_TOTAL, { limit: 0 });
    expect(refused.errors![0].extensions!.requestId).toMatch(/^[\w-]{8,}$/);
  });
});
