import { DATABASE_TARGETS, startTestHub, type TestHub } from '../support/test-hub';

describe.each(DATABASE_TARGETS)('each department’s database schema (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(target);
  });
  afterAll(() => hub?.stop());

  it('matches the entities after start-up, so migrations are not stale', async () => {
    for (const [department, subgraph] of Object.entries(hub.subgraphs)) {
      const { upQueries } = await subgraph.database.dataSource.driver.createSchemaBuilder().log();
      expect({ department, pending: upQueries.map((query) => query.query) }).toEqual({ department, pending: [] });
    }
  });
});
