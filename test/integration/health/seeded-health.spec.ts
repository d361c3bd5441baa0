import { DEFAULT_RANDOM_SEED } from '../../../subgraphs/shared/seed/seed-options';
import { syntheticMedicalInstitutions } from '../../../subgraphs/shared/seed/synthetic-medical-institutions';
import { expectData } from '../../support/builders/expect-data';
import { graphql } from '../../support/graphql';
import { SEEDED_ELDERS } from '../../support/hub-pool';
import {
  AUDIT_ENTRY_STATEMENTS,
  BATCHING_TOLERANCE,
  DATABASE_TARGETS,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

const ELDERS_WITH_HEALTH_BEDS = graphql(`
  query SeededHealthEldersWithHealthBeds($limit: Int!) {
    elders(page: { limit: $limit }) {
      items {
        personKey
        districtCode
        hospitalStays {
          admittedOn
          dischargedOn
          dischargeDestination
          medicalInstitution {
            code
            name
          }
        }
        homeSickbeds {
          openedOn
          closedOn
          visitCount
          medicalInstitution {
            name
          }
        }
        hospiceStays {
          admittedOn
          dischargedOn
          medicalInstitution {
            name
            hospiceProvider
          }
        }
        currentHealthBed {
          __typename
          ... on HospitalStay {
            admittedOn
          }
          ... on HomeSickbed {
            openedOn
          }
          ... on HospiceStay {
            admittedOn
          }
        }
      }
    }
  }
`);

const MEDICAL_INSTITUTIONS_AND_DISTRICTS = graphql(`
  query SeededHealthMedicalInstitutions {
    medicalInstitutions(page: { limit: 1000 }) {
      total
      items {
        code
        bedCounts {
          kind
          capacity
          occupied
        }
      }
    }
    areas(level: DISTRICT) {
      code
      hospiceProviderCount
      internetNursingCoverage {
        eligible
        offering
      }
    }
  }
`);

const INTEGRATED_INSTITUTIONS = graphql(`
  query SeededHealthIntegratedInstitutions {
    institutions(page: { limit: 1000 }) {
      total
      items {
        code
        rating
        medicalCareIntegrated
        cooperationAgreements {
          inForce
          medicalInstitution {
            code
          }
        }
        insideClinic {
          filedOn
        }
      }
    }
  }
`);

describe.each(DATABASE_TARGETS)('the seeded health commission (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'seeded');
  }, HUB_START_TIMEOUT_MS);

  async function eldersWithHealthBeds(limit: number) {
    const before = hub.statements('health');
    const result = await hub.query(ELDERS_WITH_HEALTH_BEDS, { limit });
    return { statements: hub.statements('health') - before, elders: expectData(result).elders.items };
  }

  it('reads the health beds of 1,000 elders in as many SQL statements of health as for 200', async () => {
    const small = await eldersWithHealthBeds(200);
    const large = await eldersWithHealthBeds(1000);
    expect(large.elders).toHaveLength(1000);
    expect(large.elders.filter((elder) => elder.hospitalStays!.length).length).toBeGreaterThan(50);
    expect(Math.abs(large.statements - small.statements)).toBeLessThanOrEqual(BATCHING_TOLERANCE);
    // Three lists, three current beds, the institutions of the stays, and the audit entry of the read.
    expect(large.statements).toBeLessThanOrEqual(8 + AUDIT_ENTRY_STATEMENTS + BATCHING_TOLERANCE);
  });

  it('puts a few percent of the same elders as civil affairs in hospital today, a few in hospice, and some in home sickbeds, with dates in order', async () => {
    const { elders } = await eldersWithHealthBeds(1000);
    const current = (kind: string) => elders.filter((elder) => elder.currentHealthBed?.__typename === kind).length;
    expect(current('HospitalStay') / elders.length).toBeGreaterThan(0.005);
    expect(current('HospitalStay') / elders.length).toBeLessThan(0.03);
    expect(current('HospiceStay')).toBeGreaterThan(0);
    expect(current('HomeSickbed')).toBeGreaterThan(0);
    for (const elder of elders) {
      for (const stay of elder.hospitalStays!)
        if (stay.dischargedOn) expect(stay.dischargedOn >= stay.admittedOn).toBe(true);
      for (const stay of elder.hospiceStays!) expect(stay.medicalInstitution?.hospiceProvider).toBe(true);
      const open = elder.hospitalStays!.filter((stay) => !stay.dischargedOn);
      expect(open.length).toBeLessThanOrEqual(1);
    }
  });

  it('seeds the shared world’s medical institutions with their codes, never above their bed stock, with hospice in most districts', async () => {
    const { medicalInstitutions, areas } = expectData(
      await hub.query(MEDICAL_INSTITUTIONS_AND_DISTRICTS, {}, 'analyst'),
    );
    // The seeded hub's world, made from the same seed and size as the hub's.
    const world = syntheticMedicalInstitutions({ randomSeed: DEFAULT_RANDOM_SEED, elders: SEEDED_ELDERS });
    expect(medicalInstitutions.items.map((item) => item.code).sort()).toEqual(
      world.map((institution) => institution.code).sort(),
    );
    for (const institution of medicalInstitutions.items) {
      for (const count of institution.bedCounts) expect(count.occupied).toBeLessThanOrEqual(count.capacity);
    }
    expect(areas.filter((district) => (district.hospiceProviderCount ?? 0) > 0).length).toBeGreaterThanOrEqual(4);
  });

  it('makes about 85% of the shared world’s elder-care institutions medical-care integrated', async () => {
    const { items } = expectData(await hub.query(INTEGRATED_INSTITUTIONS, {}, 'analyst')).institutions;
    const integrated = items.filter((institution) => institution.medicalCareIntegrated);
    expect(integrated.length / items.length).toBeGreaterThan(0.6);
    expect(integrated.length / items.length).toBeLessThan(1);
    for (const institution of items) {
      expect(institution.medicalCareIntegrated).toBe(
        institution.cooperationAgreements!.some((agreement) => agreement.inForce) || institution.insideClinic !== null,
      );
      for (const agreement of institution.cooperationAgreements!) expect(agreement.medicalInstitution).not.toBeNull();
    }
  });
});
