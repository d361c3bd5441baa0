import { AbilityLevel } from '../../../subgraphs/civil-affairs/assessment/ability.enums';
import { LivingSituation } from '../../../subgraphs/civil-affairs/elder/elder.enums';
import { isSpecialDifficulty } from '../../../subgraphs/civil-affairs/elder/special-difficulty';
import { addMonths, lastDayOf, monthOf } from '../../../subgraphs/shared/time/months';
import { todayIso } from '../../../subgraphs/shared/time/today';
import { expectData } from '../../support/builders/expect-data';
import { graphql } from '../../support/graphql';
import type { AreaLevel, CommunityServicesEldersQuery, FacilityKind } from '../../support/graphql/graphql';
import {
  BATCHING_TOLERANCE,
  DATABASE_TARGETS,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

const LAST_MONTH = addMonths(monthOf(todayIso()), -1);

const ELDERS = graphql(`
  query CommunityServicesElders($limit: Int!, $from: LocalDate!, $to: LocalDate!, $year: Int!) {
    elders(page: { limit: $limit }) {
      items {
        personKey
        age
        livingSituation
        specialFamilyPlanningFamily
        economicStatus
        latestAssessment {
          level
        }
        lastVisitedOn
        visits(from: $from, to: $to) {
          visitedOn
          specialDifficulty
        }
        allowances(year: $year) {
          kind
          month
          amountFen
        }
      }
    }
  }
`);

const AREAS = graphql(`
  query CommunityServicesAreas($level: AreaLevel!) {
    areas(level: $level) {
      code
      facilities(kind: MEAL_POINT) {
        starRating
      }
      facilityCounts {
        kind
        count
      }
      ageFriendlyCommunities {
        level
      }
    }
  }
`);

const FACILITY_COUNTS = graphql(`
  query CommunityServicesFacilityCounts {
    districts: areas(level: DISTRICT) {
      facilityCounts {
        kind
        count
      }
    }
    streets: areas(level: STREET) {
      facilityCounts {
        kind
        count
      }
    }
    towns: areas(level: TOWN) {
      facilityCounts {
        kind
        count
      }
    }
    city: area(code: "371000") {
      facilityCounts {
        kind
        count
      }
      facilities(kind: MEAL_POINT) {
        starRating
      }
    }
  }
`);

type Counts = Array<{ kind: FacilityKind; count: number }>;
type SeededElder = CommunityServicesEldersQuery['elders']['items'][number];
const count = (counts: Counts, kind: FacilityKind) => counts.find((row) => row.kind === kind)!.count;
const specialDifficulty = (elder: SeededElder) =>
  isSpecialDifficulty(
    {
      livingSituation: LivingSituation[elder.livingSituation],
      specialFamilyPlanningFamily: elder.specialFamilyPlanningFamily,
    },
    elder.latestAssessment ? AbilityLevel[elder.latestAssessment.level] : null,
  );

// The worker's seeded hub: reads the synthetic city and writes nothing.
describe.each(DATABASE_TARGETS)('seeded community services of civil affairs (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'seeded');
  }, HUB_START_TIMEOUT_MS);

  const lastMonthsElders = async (limit: number) => {
    const variables = { from: `${LAST_MONTH}-01`, to: lastDayOf(LAST_MONTH), year: Number(LAST_MONTH.slice(0, 4)) };
    return expectData(await hub.query(ELDERS, { ...variables, limit })).elders.items;
  };
  const areas = async (level: AreaLevel) => expectData(await hub.query(AREAS, { level })).areas;

  /** What one request costs civil affairs in SQL statements, and its answer. */
  async function statementsFor<T>(request: () => Promise<T>): Promise<{ statements: number; data: T }> {
    const before = hub.statements('civil-affairs');
    const data = await request();
    return { statements: hub.statements('civil-affairs') - before, data };
  }

  it('gives most districts a university for the elderly, about two thirds of streets and over half of towns a centre, and rates every meal point', async () => {
    const data = expectData(await hub.query(FACILITY_COUNTS));
    const share = (areas: Array<{ facilityCounts: Counts }>, kind: FacilityKind) =>
      areas.filter((area) => count(area.facilityCounts, kind) > 0).length / areas.length;
    const withoutUniversity = data.districts.filter(
      (district) => count(district.facilityCounts, 'ELDERLY_UNIVERSITY') === 0,
    ).length;
    expect([1, 2]).toContain(withoutUniversity);
    expect(share(data.streets, 'STREET_CENTRE')).toBeGreaterThanOrEqual(0.6);
    expect(share(data.streets, 'STREET_CENTRE')).toBeLessThanOrEqual(0.7);
    expect(share(data.towns, 'TOWN_REGIONAL_CENTRE')).toBeGreaterThanOrEqual(0.5);
    expect(share(data.towns, 'TOWN_REGIONAL_CENTRE')).toBeLessThanOrEqual(0.6);
    const city = data.city!.facilityCounts;
    expect(count(city, 'REHAB_AID_RENTAL_POINT')).toBeGreaterThanOrEqual(20);
    expect(count(city, 'REHAB_AID_RENTAL_POINT')).toBeLessThanOrEqual(60);
    expect(count(city, 'EMBEDDED_SMALL_INSTITUTION')).toBeGreaterThanOrEqual(2);
    expect(count(city, 'EMBEDDED_SMALL_INSTITUTION')).toBeLessThanOrEqual(15);
    expect(count(city, 'MEAL_POINT')).toBeGreaterThan(100);
    expect(data.city!.facilities.every((point) => point.starRating! >= 1 && point.starRating! <= 5)).toBe(true);
  });

  it('designates one to three age-friendly communities per district, none national in some', async () => {
    const districts = await areas('DISTRICT');
    const designated = districts.filter((district) => district.ageFriendlyCommunities.length);
    expect(designated.length).toBeGreaterThanOrEqual(7);
    for (const district of designated) expect(district.ageFriendlyCommunities.length).toBeLessThanOrEqual(3);
    const withoutNational = districts.filter(
      (district) => !district.ageFriendlyCommunities.some((designation) => designation.level === 'NATIONAL'),
    );
    expect(withoutNational.length).toBeGreaterThanOrEqual(2);
  });

  it('visited most special-difficulty elders last month but not all, and paid last month’s old-age allowance to every elder of 81 or more and to none under 80', async () => {
    const elders = await lastMonthsElders(1000);
    const special = elders.filter(specialDifficulty);
    const visited = special.filter((elder) => elder.visits.some((visit) => visit.specialDifficulty));
    expect(special.length).toBeGreaterThan(300);
    expect(visited.length / special.length).toBeGreaterThan(0.8);
    expect(visited.length).toBeLessThan(special.length);
    for (const elder of visited) expect(elder.lastVisitedOn! >= `${LAST_MONTH}-01`).toBe(true);

    const oldest = elders.filter((elder) => elder.age >= 81);
    expect(oldest.length).toBeGreaterThan(20);
    for (const elder of oldest) {
      const months = elder.allowances
        .filter((payment) => payment.kind === 'OLD_AGE_ALLOWANCE')
        .map((payment) => payment.month);
      expect(months).toContain(LAST_MONTH);
    }
    expect(
      elders
        .filter((elder) => elder.age < 80)
        .every((elder) => elder.allowances.every((payment) => payment.kind !== 'OLD_AGE_ALLOWANCE')),
    ).toBe(true);
  });

  it('reads 1,000 elders’ visits and allowances in as many SQL statements as 200', async () => {
    const small = await statementsFor(() => lastMonthsElders(200));
    const large = await statementsFor(() => lastMonthsElders(1000));
    expect(large.data).toHaveLength(1000);
    expect(Math.abs(large.statements - small.statements)).toBeLessThanOrEqual(BATCHING_TOLERANCE);
  });

  it('reads every town’s facilities, counts and designations in as many SQL statements as the districts’', async () => {
    const districts = await statementsFor(() => areas('DISTRICT'));
    const towns = await statementsFor(() => areas('TOWN'));
    expect(towns.data.length).toBeGreaterThan(5 * districts.data.length);
    expect(Math.abs(towns.statements - districts.statements)).toBeLessThanOrEqual(BATCHING_TOLERANCE);
  });
});
