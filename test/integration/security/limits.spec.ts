import { graphql } from '../../support/graphql';
import { QUERY_LIMITS } from '../../../subgraphs/shared/server/query-limits';
import { expectData } from '../../support/builders/expect-data';
import {
  DATABASE_TARGETS,
  errorCodes,
  HUB_START_TIMEOUT_MS,
  postWithStatus,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

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

/** A page of elders with a list from each of three departments under every row (issue 13, item 11). */
const ELDERS_WITH_LISTS = `
  items {
    personKey
    name
    hospitalStays { admittedOn dischargedOn }
    ltciSettlements { month amountFen }
    assessments { level assessedOn }
  }
`;

/** The attack: as many 1,000-elder pages with nested lists as the alias limit allows. */
const PAGES_AT_THE_ALIAS_LIMIT = `query LimitsAliasedPages { ${Array.from(
  { length: QUERY_LIMITS.aliases },
  (_, i) => `page${i}: elders(page: { offset: ${i * 1000}, limit: 1000 }) { ${ELDERS_WITH_LISTS} }`,
).join(' ')} }`;

const ONE_PAGE_WITH_LISTS = graphql(`
  query LimitsOnePageWithLists {
    elders(page: { limit: 1000 }) {
      items {
        personKey
        name
        hospitalStays {
          admittedOn
          dischargedOn
        }
        ltciSettlements {
          month
          amountFen
        }
        assessments {
          level
          assessedOn
        }
      }
    }
  }
`);

/** Three pages whose size comes in a variable, which the cost reads: 3 × 1,000 elders with lists is above the limit. */
const THREE_PAGES_OF_A_SIZE = `query LimitsThreePagesOfASize($limit: Int!) {
  first: elders(page: { limit: $limit }) { ${ELDERS_WITH_LISTS} }
  second: elders(page: { limit: $limit }) { ${ELDERS_WITH_LISTS} }
  third: elders(page: { limit: $limit }) { ${ELDERS_WITH_LISTS} }
}`;

/** The SQL statements the three departments a page with lists reaches have sent so far. */
const statementsOf = (hub: TestHub) =>
  (['civil-affairs', 'health', 'medical-insurance'] as const).map((department) => hub.statements(department));

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

  describe('the cost, which counts list sizes', () => {
    it('refuses 15 aliased 1,000-elder pages with nested lists up front, saying what they cost and why', async () => {
      const before = statementsOf(hub);
      const started = Date.now();
      const { status, result } = await postWithStatus(hub.gatewayUrl, await hub.tokenFor('civil-affairs-system'), {
        query: PAGES_AT_THE_ALIAS_LIMIT,
      });
      expect(Date.now() - started).toBeLessThan(5000);
      expect(status).toBe(400);
      expect(errorCodes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      const { message } = result.errors![0];
      expect(message).toMatch(/^query cost [\d,]+ is above the limit of 250,000/);
      expect(message).toContain('elders × ltciSettlements (1,000 × 24 rows)');
      // Nothing ran: no department read a row.
      expect(statementsOf(hub)).toEqual(before);
    });

    it('refuses them at a subgraph reached directly too', async () => {
      const { status, result } = await postWithStatus(
        hub.subgraphUrl('civil-affairs'),
        await hub.tokenFor('civil-affairs-system'),
        {
          query: `{ ${Array.from(
            { length: QUERY_LIMITS.aliases },
            (_, i) =>
              `page${i}: elders(page: { limit: 1000 }) { items { personKey assessments { level assessedOn } } }`,
          ).join(' ')} }`,
        },
      );
      expect(status).toBe(400);
      expect(errorCodes(result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(result.errors![0].message).toContain('elders × assessments (1,000 × 10 rows)');
    });

    it('runs one 1,000-elder page with nested lists, the gateway’s entity fetches for them included', async () => {
      const { elders } = expectData(await hub.query(ONE_PAGE_WITH_LISTS));
      expect(elders.items).toHaveLength(1000);
      expect(elders.items.some((elder) => elder.hospitalStays!.length)).toBe(true);
    });

    it('counts a page size that comes in a variable', async () => {
      const token = await hub.tokenFor('civil-affairs-system');
      const large = await postWithStatus(hub.gatewayUrl, token, {
        query: THREE_PAGES_OF_A_SIZE,
        variables: { limit: 1000 },
      });
      expect(large.status).toBe(400);
      expect(errorCodes(large.result)).toEqual(['GRAPHQL_VALIDATION_FAILED']);
      expect(large.result.errors![0].message).toContain('elders × ltciSettlements (1,000 × 24 rows)');
      const small = await postWithStatus(hub.gatewayUrl, token, {
        query: THREE_PAGES_OF_A_SIZE,
        variables: { limit: 200 },
      });
      expect(small.status).toBe(200);
      expect(small.result.errors).toBeUndefined();
    });
  });
});
