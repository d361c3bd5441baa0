import { graphql } from '../../support/graphql';
import {
  AUDIT_ENTRY_STATEMENTS,
  BATCHING_TOLERANCE,
  DATABASE_TARGETS,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

const ELDERS_WITH_RELATIONS = graphql(`
  query EldersWithRelations($limit: Int!) {
    elders(page: { limit: $limit }) {
      items {
        personKey
        name
        age
        area {
          name
          parent {
            name
          }
        }
        district {
          name
        }
        latestAssessment {
          level
          assessedOn
        }
        assessments {
          level
        }
        currentInstitutionStay {
          admittedOn
          bed {
            kind
            label
          }
          institution {
            name
            rating
            bedCounts {
              kind
              capacity
              occupied
            }
          }
        }
      }
    }
  }
`);

describe.each(DATABASE_TARGETS)('batched reads of civil affairs (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'seeded');
  }, HUB_START_TIMEOUT_MS);

  async function read(limit: number) {
    const before = hub.statements('civil-affairs');
    const result = await hub.query(ELDERS_WITH_RELATIONS, { limit });
    expect(result.errors).toBeUndefined();
    return { statements: hub.statements('civil-affairs') - before, rows: result.data!.elders.items };
  }

  it('reads 1,000 elders with their assessments and institutions in as many SQL statements as 100 elders', async () => {
    const small = await read(100);
    const large = await read(1000);
    expect(large.rows).toHaveLength(1000);
    expect(large.rows.filter((elder) => elder.currentInstitutionStay).length).toBeGreaterThan(5);
    expect(large.rows.filter((elder) => elder.latestAssessment).length).toBeGreaterThan(300);
    expect(Math.abs(large.statements - small.statements)).toBeLessThanOrEqual(BATCHING_TOLERANCE);
    expect(large.statements).toBeLessThanOrEqual(12 + AUDIT_ENTRY_STATEMENTS + BATCHING_TOLERANCE);
  });
});
