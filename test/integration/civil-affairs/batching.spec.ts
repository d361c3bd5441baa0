import {
  BATCHING_TOLERANCE,
  AUDIT_ENTRY_STATEMENTS,
  DATABASE_TARGETS,
  startTestHub,
  type TestHub,
} from '../../support/test-hub';

const ELDERS_WITH_RELATIONS = `query($limit: Int!) {
  elders(page: { limit: $limit }) {
    items {
      personKey name age
      area { name parent { name } }
      district { name }
      latestAssessment { level assessedOn }
      assessments { level }
      currentInstitutionStay { admittedOn bed { kind label } institution { name rating bedCounts { kind capacity occupied } } }
    }
  }
}`;

describe.each(DATABASE_TARGETS)('batched reads of civil affairs (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(target, { seedElders: 1200 });
  });
  afterAll(() => hub?.stop());

  async function statementsFor(limit: number): Promise<{ statements: number; rows: any[] }> {
    const sql = hub.subgraphs['civil-affairs'].database.sql;
    const before = sql.statements;
    const result = await hub.query(ELDERS_WITH_RELATIONS, { limit });
    expect(result.errors).toBeUndefined();
    return { statements: sql.statements - before, rows: result.data!.elders.items };
  }

  it('reads 1,000 elders with their assessments and institutions in as many SQL statements as 200 elders', async () => {
    const small = await statementsFor(200);
    const large = await statementsFor(1000);
    expect(large.rows).toHaveLength(1000);
    expect(large.rows.filter((elder) => elder.currentInstitutionStay).length).toBeGreaterThan(5);
    expect(large.rows.filter((elder) => elder.latestAssessment).length).toBeGreaterThan(300);
    expect(Math.abs(large.statements - small.statements)).toBeLessThanOrEqual(BATCHING_TOLERANCE);
    expect(large.statements).toBeLessThanOrEqual(12 + AUDIT_ENTRY_STATEMENTS + BATCHING_TOLERANCE);
  });
});
