import { DATABASE_TARGETS, HUB_START_TIMEOUT_MS, type OwnTestHub, startTestHub } from '../support/test-hub';

describe.each(DATABASE_TARGETS)('each department’s database schema (%s)', (target) => {
  // A hub of its own: the test inspects each department's database through its running subgraph, which shared hubs do not expose.
  let hub: OwnTestHub;

  beforeAll(async () => {
    hub = await startTestHub(target);
  }, HUB_START_TIMEOUT_MS);
  afterAll(() => hub?.stop());

  it('matches the entities after start-up, so migrations are not stale', async () => {
    for (const [department, subgraph] of Object.entries(hub.subgraphs)) {
      const { upQueries } = await subgraph.database.dataSource.driver.createSchemaBuilder().log();
      expect({ department, pending: upQueries.map((query) => query.query) }).toEqual({ department, pending: [] });
    }
  });
});
