import { DEFAULT_RANDOM_SEED } from '../../../subgraphs/shared/seed/seed-options';
import { syntheticMedicalInstitutions } from '../../../subgraphs/shared/seed/synthetic-medical-institutions';
import {
  BATCHING_TOLERANCE,
  AUDIT_ENTRY_STATEMENTS,
  DATABASE_TARGETS,
  startTestHub,
  type TestHub,
} from '../../support/test-hub';

const ELDERS = 2000;

const ELDERS_WITH_HEALTH_BEDS = `query($limit: Int!) {
  elders(page: { limit: $limit }) {
    items {
      personKey districtCode
      hospitalStays { admittedOn dischargedOn dischargeDestination medicalInstitution { code name } }
      homeSickbeds { openedOn closedOn visitCount medicalInstitution { name } }
      hospiceStays { admittedOn dischargedOn medicalInstitution { name hospiceProvider } }
      currentHealthBed { __typename ... on HospitalStay { admittedOn } ... on HomeSickbed { openedOn } ... on HospiceStay { admittedOn } }
    }
  }
}`;

describe.each(DATABASE_TARGETS)('the seeded health commission (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(target, { seedElders: ELDERS });
  });
  afterAll(() => hub?.stop());

  async function healthStatementsFor(limit: number): Promise<{ statements: number; elders: any[] }> {
    const sql = hub.subgraphs.health.database.sql;
    const before = sql.statements;
    const result = await hub.query(ELDERS_WITH_HEALTH_BEDS, { limit });
    expect(result.errors).toBeUndefined();
    return { statements: sql.statements - before, elders: result.data!.elders.items };
  }

  it('reads the health beds of 1,000 elders in as many SQL statements of health as for 200', async () => {
    const small = await healthStatementsFor(200);
    const large = await healthStatementsFor(1000);
    expect(large.elders).toHaveLength(1000);
    expect(large.elders.filter((elder) => elder.hospitalStays.length).length).toBeGreaterThan(50);
    expect(Math.abs(large.statements - small.statements)).toBeLessThanOrEqual(BATCHING_TOLERANCE);
    // Three lists, three current beds, the institutions of the stays, and the audit entry of the read.
    expect(large.statements).toBeLessThanOrEqual(8 + AUDIT_ENTRY_STATEMENTS + BATCHING_TOLERANCE);
  });

  it('puts a few percent of the same elders as civil affairs in hospital today, a few in hospice, and some in home sickbeds, with dates in order', async () => {
    const seen = (await healthStatementsFor(1000)).elders;
    const current = (kind: string) => seen.filter((elder) => elder.currentHealthBed?.__typename === kind).length;
    expect(current('HospitalStay') / seen.length).toBeGreaterThan(0.005);
    expect(current('HospitalStay') / seen.length).toBeLessThan(0.03);
    expect(current('HospiceStay')).toBeGreaterThan(0);
    expect(current('HomeSickbed')).toBeGreaterThan(0);
    for (const elder of seen) {
      for (const stay of elder.hospitalStays)
        if (stay.dischargedOn) expect(stay.dischargedOn >= stay.admittedOn).toBe(true);
      for (const stay of elder.hospiceStays) expect(stay.medicalInstitution.hospiceProvider).toBe(true);
      const open = elder.hospitalStays.filter((stay: any) => !stay.dischargedOn);
      expect(open.length).toBeLessThanOrEqual(1);
    }
  });

  it('seeds the shared world’s medical institutions with their codes, never above their bed stock, with hospice in most districts', async () => {
    const result = await hub.query(
      `{
      medicalInstitutions(page: { limit: 1000 }) { total items { code bedCounts { kind capacity occupied } } }
      areas(level: DISTRICT) { code hospiceProviderCount internetNursingCoverage { eligible offering } }
    }`,
      {},
      'analyst',
    );
    expect(result.errors).toBeUndefined();
    const world = syntheticMedicalInstitutions({ randomSeed: DEFAULT_RANDOM_SEED, elders: ELDERS });
    expect(result.data!.medicalInstitutions.items.map((item: any) => item.code).sort()).toEqual(
      world.map((institution) => institution.code).sort(),
    );
    for (const institution of result.data!.medicalInstitutions.items) {
      for (const count of institution.bedCounts) expect(count.occupied).toBeLessThanOrEqual(count.capacity);
    }
    const districts = result.data!.areas;
    expect(districts.filter((district: any) => district.hospiceProviderCount > 0).length).toBeGreaterThanOrEqual(4);
  });

  it('makes about 85% of the shared world’s elder-care institutions medical-care integrated', async () => {
    const result = await hub.query(
      `{ institutions(page: { limit: 1000 }) { total items { code rating medicalCareIntegrated cooperationAgreements { inForce medicalInstitution { code } } insideClinic { filedOn } } } }`,
      {},
      'analyst',
    );
    expect(result.errors).toBeUndefined();
    const { items } = result.data!.institutions;
    const integrated = items.filter((institution: any) => institution.medicalCareIntegrated);
    expect(integrated.length / items.length).toBeGreaterThan(0.6);
    expect(integrated.length / items.length).toBeLessThan(1);
    for (const institution of items) {
      expect(institution.medicalCareIntegrated).toBe(
        institution.cooperationAgreements.some((agreement: any) => agreement.inForce) ||
          institution.insideClinic !== null,
      );
      for (const agreement of institution.cooperationAgreements) expect(agreement.medicalInstitution).not.toBeNull();
    }
  });
});
