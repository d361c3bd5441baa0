import { QUERY_LIMITS } from '../../../subgraphs/shared/server/query-limits';
import { DATABASE_TARGETS, errorCodes, startTestHub, type TestHub } from '../../support/test-hub';

/** `areas { children { children … } }` nested `levels` deep. */
const nested = (levels: number) =>
  `{ areas(level: CITY) ${'{ children '.repeat(levels)}{ code }${' }'.repeat(levels)} }`;

describe.each(DATABASE_TARGETS)('query limits (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(target);
  });
  afterAll(() => hub?.stop());

  it('answers a query within every limit', async () => {
    const result = await hub.query(nested(QUERY_LIMITS.depth - 3));
    expect(result.errors).toBeUndefined();
  });

  it('refuses a depth bomb at the gateway and at the subgraph', async () => {
    const bomb = nested(12);
    expect(errorCodes(await hub.query(bomb))).toContain('GRAPHQL_VALIDATION_FAILED');
    expect(errorCodes(await hub.querySubgraph('civil-affairs', bomb))).toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses an alias bomb', async () => {
    const bomb = `{ ${Array.from({ length: QUERY_LIMITS.aliases + 5 }, (_, i) => `a${i}: areas(level: DISTRICT) { code }`).join(' ')} }`;
    expect(errorCodes(await hub.query(bomb))).toContain('GRAPHQL_VALIDATION_FAILED');
  });

  it('refuses a document with too many tokens before parsing it', async () => {
    const bomb = `{ areas(level: DISTRICT) { ${'code '.repeat(QUERY_LIMITS.tokens)} } }`;
    const result = await hub.query(bomb);
    expect(errorCodes(result)).toEqual(['GRAPHQL_PARSE_FAILED']);
  });

  it('refuses a page larger than the maximum with BAD_USER_INPUT naming the field', async () => {
    const result = await hub.query('{ elders(page: { limit: 5000 }) { total } }');
    expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
    expect(result.errors![0].extensions!.field).toBe('page.limit');
  });

  it('masks internal errors and gives the request id to find them in the log', async () => {
    const result = await hub.query('{ elders(page: { limit: 1 }) { total } }');
    expect(result.errors).toBeUndefined();
    const refused = await hub.query('{ elders(page: { limit: 0 }) { total } }');
    expect(refused.errors![0].extensions!.requestId).toMatch(/^[\w-]{8,}$/);
  });
});
