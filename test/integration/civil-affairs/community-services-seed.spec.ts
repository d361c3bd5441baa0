import { isSpecialDifficulty } from '../../../subgraphs/civil-affairs/elder/special-difficulty';
import { addMonths, lastDayOf, monthOf } from '../../../subgraphs/shared/time/months';
import { todayIso } from '../../../subgraphs/shared/time/today';
import { BATCHING_TOLERANCE, DATABASE_TARGETS, startTestHub, type TestHub } from '../../support/test-hub';

const LAST_MONTH = addMonths(monthOf(todayIso()), -1);

const ELDERS = `query($limit: Int!, $from: LocalDate!, $to: LocalDate!, $year: Int!) {
  elders(page: { limit: $limit }) {
    items {
      personKey age livingSituation specialFamilyPlanningFamily economicStatus
      latestAssessment { level }
      lastVisitedOn
      visits(from: $from, to: $to) { visitedOn specialDifficulty }
      allowances(year: $year) { kind month amountFen }
    }
  }
}`;

const AREAS = `query($level: AreaLevel!) {
  areas(level: $level) {
    code
    facilities(kind: MEAL_POINT) { starRating }
    facilityCounts { kind count }
    ageFriendlyCommunities { level }
  }
}`;

type Counts = Array<{ kind: string; count: number }>;
const count = (counts: Counts, kind: string) => counts.find((row) => row.kind === kind)!.count;

describe.each(DATABASE_TARGETS)('seeded community services of civil affairs (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(target, { seedElders: 1200 });
  });
  afterAll(() => hub?.stop());

  async function statementsFor<T>(
    query: string,
    variables: Record<string, unknown>,
  ): Promise<{ statements: number; data: T }> {
    const sql = hub.subgraphs['civil-affairs'].database.sql;
    const before = sql.statements;
    const result = await hub.query<T>(query, variables);
    expect(result.errors).toBeUndefined();
    return { statements: sql.statements - before, data: result.data! };
  }

  it('gives most districts a university for the elderly, about two thirds of streets and over half of towns a centre, and rates every meal point', async () => {
    const { data } = await hub.query(`{
      districts: areas(level: DISTRICT) { facilityCounts { kind count } }
      streets: areas(level: STREET) { facilityCounts { kind count } }
      towns: areas(level: TOWN) { facilityCounts { kind count } }
      city: area(code: "371000") { facilityCounts { kind count } facilities(kind: MEAL_POINT) { starRating } }
    }`);
    const share = (areas: Array<{ facilityCounts: Counts }>, kind: string) =>
      areas.filter((area) => count(area.facilityCounts, kind) > 0).length / areas.length;
    const withoutUniversity = data!.districts.filter(
      (district: { facilityCounts: Counts }) => count(district.facilityCounts, 'ELDERLY_UNIVERSITY') === 0,
    ).length;
    expect([1, 2]).toContain(withoutUniversity);
    expect(share(data!.streets, 'STREET_CENTRE')).toBeGreaterThanOrEqual(0.6);
    expect(share(data!.streets, 'STREET_CENTRE')).toBeLessThanOrEqual(0.7);
    expect(share(data!.towns, 'TOWN_REGIONAL_CENTRE')).toBeGreaterThanOrEqual(0.5);
    expect(share(data!.towns, 'TOWN_REGIONAL_CENTRE')).toBeLessThanOrEqual(0.6);
    const city: Counts = data!.city.facilityCounts;
    expect(count(city, 'REHAB_AID_RENTAL_POINT')).toBeGreaterThanOrEqual(20);
    expect(count(city, 'REHAB_AID_RENTAL_POINT')).toBeLessThanOrEqual(60);
    expect(count(city, 'EMBEDDED_SMALL_INSTITUTION')).toBeGreaterThanOrEqual(2);
    expect(count(city, 'EMBEDDED_SMALL_INSTITUTION')).toBeLessThanOrEqual(15);
    expect(count(city, 'MEAL_POINT')).toBeGreaterThan(100);
    expect(
      data!.city.facilities.every((point: { starRating: number }) => point.starRating >= 1 && point.starRating <= 5),
    ).toBe(true);
  });

  it('designates one to three age-friendly communities per district, none national in some', async () => {
    const { data } = await hub.query<any>(AREAS, { level: 'DISTRICT' });
    const designated = data!.areas.filter((district: any) => district.ageFriendlyCommunities.length);
    expect(designated.length).toBeGreaterThanOrEqual(7);
    for (const district of designated) expect(district.ageFriendlyCommunities.length).toBeLessThanOrEqual(3);
    const withoutNational = data!.areas.filter(
      (district: any) => !district.ageFriendlyCommunities.some((d: { level: string }) => d.level === 'NATIONAL'),
    );
    expect(withoutNational.length).toBeGreaterThanOrEqual(2);
  });

  it('visited most special-difficulty elders last month but not all, and paid last month’s old-age allowance to every elder of 81 or more and to none under 80', async () => {
    const year = Number(LAST_MONTH.slice(0, 4));
    const { data } = await hub.query<any>(ELDERS, {
      limit: 1000,
      from: `${LAST_MONTH}-01`,
      to: lastDayOf(LAST_MONTH),
      year,
    });
    const elders = data!.elders.items;
    const special = elders.filter((elder: any) => isSpecialDifficulty(elder, elder.latestAssessment?.level ?? null));
    const visited = special.filter((elder: any) =>
      elder.visits.some((visit: { specialDifficulty: boolean }) => visit.specialDifficulty),
    );
    expect(special.length).toBeGreaterThan(300);
    expect(visited.length / special.length).toBeGreaterThan(0.8);
    expect(visited.length).toBeLessThan(special.length);
    for (const elder of visited) expect(elder.lastVisitedOn >= `${LAST_MONTH}-01`).toBe(true);

    const oldest = elders.filter((elder: any) => elder.age >= 81);
    expect(oldest.length).toBeGreaterThan(20);
    for (const elder of oldest) {
      const months = elder.allowances
        .filter((payment: { kind: string }) => payment.kind === 'OLD_AGE_ALLOWANCE')
        .map((payment: { month: string }) => payment.month);
      expect(months).toContain(LAST_MONTH);
    }
    expect(
      elders
        .filter((elder: any) => elder.age < 80)
        .every((elder: any) =>
          elder.allowances.every((payment: { kind: string }) => payment.kind !== 'OLD_AGE_ALLOWANCE'),
        ),
    ).toBe(true);
  });

  it('reads 1,000 elders’ visits and allowances in as many SQL statements as 200', async () => {
    const variables = { from: `${LAST_MONTH}-01`, to: lastDayOf(LAST_MONTH), year: Number(LAST_MONTH.slice(0, 4)) };
    const small = await statementsFor<any>(ELDERS, { ...variables, limit: 200 });
    const large = await statementsFor<any>(ELDERS, { ...variables, limit: 1000 });
    expect(large.data.elders.items).toHaveLength(1000);
    expect(Math.abs(large.statements - small.statements)).toBeLessThanOrEqual(BATCHING_TOLERANCE);
  });

  it('reads every town’s and every village’s facilities, counts and designations in as many SQL statements as the districts’', async () => {
    const districts = await statementsFor<any>(AREAS, { level: 'DISTRICT' });
    const villages = await statementsFor<any>(AREAS, { level: 'VILLAGE' });
    expect(villages.data.areas.length).toBeGreaterThan(1000);
    expect(Math.abs(villages.statements - districts.statements)).toBeLessThanOrEqual(BATCHING_TOLERANCE);
  });
});
