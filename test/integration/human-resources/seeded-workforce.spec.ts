import { DEVELOPMENT_PERSON_KEY_SECRET } from '../../../subgraphs/shared/config/subgraph-config';
import { syntheticCaregivers } from '../../../subgraphs/shared/seed/synthetic-world';
import { DEFAULT_RANDOM_SEED } from '../../../subgraphs/shared/seed/seed-options';
import { expectData } from '../../support/builders/expect-data';
import { graphql } from '../../support/graphql';
import { SEEDED_ELDERS } from '../../support/hub-pool';
import {
  BATCHING_TOLERANCE,
  DATABASE_TARGETS,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

const ASSIGNED_CAREGIVERS = graphql(`
  query SeededWorkforceAssignedCaregivers {
    elders(page: { limit: 1000 }) {
      items {
        personKey
        careAssignments(currentOnly: true) {
          caregiver {
            personKey
            name
            role
            certified
            certificates {
              kind
              level
              validToday
            }
            employer {
              code
            }
          }
          institution {
            code
          }
        }
      }
    }
  }
`);

const INSTITUTION_SHARES = graphql(`
  query SeededWorkforceInstitutionShares($limit: Int!) {
    institutions(page: { limit: $limit }) {
      items {
        code
        districtCode
        certifiedShare {
          numerator
          denominator
          ratio
          targetBasisPoints
          targetMet
        }
        longTermCarerShare {
          numerator
          denominator
        }
        caregivers {
          role
          certified
        }
      }
    }
  }
`);

const AREA_COUNTS = graphql(`
  query SeededWorkforceAreaCounts {
    areas(level: DISTRICT) {
      code
      certifiedCaregiverCount
      socialWorkerCount
      caregiverTraineesCompleted(year: 2024)
    }
    area(code: "371000") {
      certifiedCaregiverCount
      socialWorkerCount
      caregiverTraineesCompleted(year: 2024)
    }
  }
`);

const TRAINING_GOALS = graphql(`
  query SeededWorkforceTrainingGoals {
    caregiverTrainingGoals {
      from
      yearFrom
      deadline
      caregiverTarget
      caregiversTrained
      caregiversTrainedInGoalYear
      socialWorkerTarget
      socialWorkersTrained
      socialWorkersTrainedInGoalYear
      met
    }
  }
`);

const WORKFORCE_TARGETS = graphql(`
  query SeededWorkforceTargets {
    indicatorAreas(asOf: "2026-06-30", areaCodes: ["371000"]) {
      indicators(codes: ["P-INDUCTION-TRAINING", "P-CERTIFIED-SPECIALISTS"]) {
        code
        numerator
        denominator
        value
        status
      }
    }
  }
`);

const SUBSIDIES = graphql(`
  query SeededWorkforceSubsidies {
    caregiverSubsidies(page: { limit: 1000 }) {
      total
      items {
        kind
        status
        amountFen
        paymentReference
        paidOn
      }
    }
  }
`);

describe.each(DATABASE_TARGETS)('the seeded caregivers, seen from civil affairs and human resources (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'seeded');
  }, HUB_START_TIMEOUT_MS);

  it('resolves every caregiver civil affairs assigned to a resident to the person human resources registered, with name and certificates', async () => {
    const { elders } = expectData(await hub.query(ASSIGNED_CAREGIVERS));
    const world = new Map(
      syntheticCaregivers({
        randomSeed: DEFAULT_RANDOM_SEED,
        personKeySecret: DEVELOPMENT_PERSON_KEY_SECRET,
        elders: SEEDED_ELDERS,
      }).map((c) => [c.personKey, c]),
    );
    const served = elders.items.flatMap((elder) => elder.careAssignments);
    expect(served.length).toBeGreaterThan(10);
    for (const { caregiver, institution } of served) {
      expect(caregiver!.name).toBe(world.get(caregiver!.personKey)!.name);
      expect(caregiver!.certified).toBe(caregiver!.certificates.some((certificate) => certificate.validToday));
      if (institution) expect(caregiver!.employer).toEqual({ code: institution.code });
    }
    expect(served.some(({ caregiver }) => caregiver!.certified)).toBe(true);
    expect(served.some(({ caregiver }) => !caregiver!.certified)).toBe(true);
  });

  it('gives institutions a certified share whose parts add up, below the 90% target in some, read for all institutions in as many statements as for ten', async () => {
    const read = async (limit: number) => {
      const before = hub.statements('human-resources');
      const result = await hub.query(INSTITUTION_SHARES, { limit });
      return {
        statements: hub.statements('human-resources') - before,
        institutions: expectData(result).institutions.items,
      };
    };
    const small = await read(10);
    const { statements, institutions } = await read(1000);
    expect(institutions.length).toBeGreaterThan(small.institutions.length);
    expect(Math.abs(statements - small.statements)).toBeLessThanOrEqual(BATCHING_TOLERANCE);
    for (const { certifiedShare, longTermCarerShare, caregivers } of institutions) {
      // Care staff only: not the social workers, nor the institution's medical, rehabilitation and fire-safety staff.
      const careStaff = caregivers!.filter((c) => c.role === 'ELDER_CAREGIVER' || c.role === 'LONG_TERM_CARER');
      expect(certifiedShare!.denominator).toBe(careStaff.length);
      expect(certifiedShare!.numerator).toBe(careStaff.filter((c) => c.certified).length);
      expect(longTermCarerShare!.denominator).toBe(careStaff.length);
      expect(longTermCarerShare!.numerator).toBe(careStaff.filter((c) => c.role === 'LONG_TERM_CARER').length);
      if (certifiedShare!.denominator)
        expect(certifiedShare!.targetMet).toBe(certifiedShare!.numerator * 100 >= 90 * certifiedShare!.denominator);
      expect(certifiedShare!.targetBasisPoints).toBe(9000);
    }
    expect(institutions.some((i) => i.certifiedShare!.targetMet === false)).toBe(true);
    const byDistrict = new Map<string, [number, number]>();
    for (const { districtCode, certifiedShare } of institutions) {
      const [certified, staff] = byDistrict.get(districtCode) ?? [0, 0];
      byDistrict.set(districtCode, [certified + certifiedShare!.numerator, staff + certifiedShare!.denominator]);
    }
    const districtShares = [...byDistrict.values()]
      .filter(([, staff]) => staff > 0)
      .map(([certified, staff]) => certified / staff);
    expect(districtShares.some((share) => share < 0.9)).toBe(true);
    expect(districtShares.some((share) => share > 0.6)).toBe(true);
    // caregivers by employer, their certificates, the shares' GROUP BY; plus the read's audit entry.
    expect(statements).toBeLessThanOrEqual(12);
  });

  it('counts certified caregivers and social workers per district and for the city, the city being the sum of its districts', async () => {
    const { areas: districts, area: city } = expectData(await hub.query(AREA_COUNTS, {}, 'analyst'));
    const sum = (field: 'certifiedCaregiverCount' | 'socialWorkerCount') => {
      const counts = districts.map((district) => district[field]);
      expect(counts).not.toContain(null); // a district's counts are never null, only a village's
      return counts.reduce<number>((total, count) => total + count!, 0);
    };
    expect(city).not.toBeNull();
    expect(city!.certifiedCaregiverCount).toBe(sum('certifiedCaregiverCount'));
    expect(city!.socialWorkerCount).toBe(sum('socialWorkerCount'));
    expect(city!.certifiedCaregiverCount).toBeGreaterThan(0);
    expect(city!.caregiverTraineesCompleted).toBeGreaterThan(0);
  });

  it('reports the 2024 training goal of 4,530 caregivers and 266 social workers against the completions on record since 2021, and within 2024', async () => {
    const { caregiverTrainingGoals } = expectData(await hub.query(TRAINING_GOALS, {}, 'analyst'));
    expect(caregiverTrainingGoals).toEqual([
      expect.objectContaining({
        from: '2021-01-01',
        yearFrom: '2024-01-01',
        deadline: '2024-12-31',
        caregiverTarget: 4530,
        socialWorkerTarget: 266,
        met: false,
      }),
    ]);
    const [goal] = caregiverTrainingGoals;
    expect(goal.caregiversTrainedInGoalYear).toBeGreaterThan(0);
    expect(goal.caregiversTrained).toBeGreaterThanOrEqual(goal.caregiversTrainedInGoalYear);
    expect(goal.socialWorkersTrained).toBeGreaterThanOrEqual(goal.socialWorkersTrainedInGoalYear);
  });

  it('reads the seeded city short of both workforce targets in mid-2026: most care staff inducted, most institution specialists certified', async () => {
    const [city] = expectData(await hub.query(WORKFORCE_TARGETS, {}, 'analyst')).indicatorAreas;
    const [induction, specialists] = city.indicators!;
    expect([induction.code, induction.status, specialists.code, specialists.status]).toEqual([
      'P-INDUCTION-TRAINING',
      'NOT_MET',
      'P-CERTIFIED-SPECIALISTS',
      'NOT_MET',
    ]);
    expect(induction.value).toBeGreaterThan(60);
    expect(induction.value).toBeLessThan(95);
    expect(specialists.value).toBeGreaterThan(80);
    expect(specialists.value).toBeLessThan(100);
    expect(specialists.denominator).toBeGreaterThan(10);
  });

  it('has seeded subsidies that finance can read, paid ones with finance’s reference', async () => {
    const { total, items } = expectData(await hub.query(SUBSIDIES, {}, 'finance-system')).caregiverSubsidies;
    expect(total).toBeGreaterThan(0);
    for (const subsidy of items) {
      expect(Number.isInteger(subsidy.amountFen) && subsidy.amountFen > 0).toBe(true);
      expect(subsidy.status === 'PAID').toBe(subsidy.paymentReference !== null && subsidy.paidOn !== null);
    }
  });
});
