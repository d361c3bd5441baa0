import { graphql } from '../../support/graphql';
import { DATABASE_TARGETS, errorCodes, HUB_START_TIMEOUT_MS, sharedHub, type TestHub } from '../../support/test-hub';
import { expectData } from '../../support/builders/expect-data';

const ELDERS_BY_OFFSET = graphql(`
  query PagingEldersByOffset($offset: Int!, $limit: Int!) {
    elders(page: { offset: $offset, limit: $limit }) {
      items {
        personKey
      }
      endCursor
      hasNextPage
    }
  }
`);

const ELDERS_AFTER = graphql(`
  query PagingEldersAfter($after: String, $limit: Int!) {
    elders(page: { after: $after, limit: $limit }) {
      items {
        personKey
      }
      endCursor
      hasNextPage
    }
  }
`);

const ELDERS_WITH_TOTAL = graphql(`
  query PagingEldersWithTotal($after: String, $limit: Int!) {
    elders(page: { after: $after, limit: $limit }) {
      total
      items {
        personKey
      }
      hasNextPage
    }
  }
`);

describe.each(DATABASE_TARGETS)('paging through a long list (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'seeded');
  }, HUB_START_TIMEOUT_MS);

  async function pageAfter(after: string | null) {
    return expectData(await hub.query(ELDERS_AFTER, { after, limit: 100 })).elders;
  }

  it('pages with the previous page’s endCursor to exactly the rows offsets give, in order', async () => {
    const byOffset = [];
    for (const offset of [0, 100, 200])
      byOffset.push(...expectData(await hub.query(ELDERS_BY_OFFSET, { offset, limit: 100 })).elders.items);
    const byCursor = [];
    let after: string | null = null;
    for (let page = 0; page < 3; page++) {
      const elders = await pageAfter(after);
      expect(elders.hasNextPage).toBe(true);
      byCursor.push(...elders.items);
      after = elders.endCursor!;
    }
    expect(byCursor).toHaveLength(300);
    expect(byCursor).toEqual(byOffset);
  });

  it('says where the list ends: the last page has no next page and an empty page no cursor', async () => {
    const { total } = expectData(await hub.query(ELDERS_WITH_TOTAL, { after: null, limit: 1 })).elders;
    const last = expectData(await hub.query(ELDERS_BY_OFFSET, { offset: Number(total) - 2, limit: 5 })).elders;
    expect(last.items).toHaveLength(2);
    expect(last.hasNextPage).toBe(false);
    const beyond = expectData(await hub.query(ELDERS_AFTER, { after: last.endCursor, limit: 5 })).elders;
    expect(beyond).toEqual({ items: [], endCursor: null, hasNextPage: false });
  });

  it('counts the matching rows only when the total is asked for', async () => {
    // A first request of each shape, so that neither pays for anything once per hub.
    await hub.query(ELDERS_AFTER, { after: null, limit: 10 });
    await hub.query(ELDERS_WITH_TOTAL, { after: null, limit: 10 });
    const statementsOf = async (read: () => Promise<unknown>) => {
      const before = hub.statements('civil-affairs');
      await read();
      return hub.statements('civil-affairs') - before;
    };
    const without = await statementsOf(() => hub.query(ELDERS_AFTER, { after: null, limit: 10 }));
    const withTotal = await statementsOf(() => hub.query(ELDERS_WITH_TOTAL, { after: null, limit: 10 }));
    expect(withTotal - without).toBe(1);
  });

  it('refuses a cursor the list did not give, naming the argument', async () => {
    for (const after of ['not-a-cursor', Buffer.from('{"personKey":1}').toString('base64url')]) {
      const result = await hub.query(ELDERS_AFTER, { after, limit: 10 });
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions?.field).toBe('page.after');
    }
  });
});
