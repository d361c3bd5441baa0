import { aFacility, uniqueName } from '../../support/builders/civil-affairs-care';
import { expectData } from '../../support/builders/expect-data';
import { graphql } from '../../support/graphql';
import type {
  FacilityFilter,
  FacilityKind,
  RegisterFacilityInput,
  UpdateFacilityInput,
} from '../../support/graphql/graphql';
import { DATABASE_TARGETS, errorCodes, HUB_START_TIMEOUT_MS, sharedHub, type TestHub } from '../../support/test-hub';

const UPDATE = graphql(`
  mutation FacilityUpdate($id: ID!, $input: UpdateFacilityInput!) {
    updateFacility(id: $id, input: $input) {
      id
      name
      starRating
      closedOn
    }
  }
`);

const AREA = graphql(`
  query FacilitiesOfArea($code: ID!, $kind: FacilityKind) {
    area(code: $code) {
      facilities(kind: $kind) {
        id
        name
        kind
        districtCode
        townCode
      }
      facilityCounts {
        kind
        count
      }
    }
  }
`);

const LIST = graphql(`
  query FacilityList($filter: FacilityFilter) {
    communityFacilities(filter: $filter, page: { limit: 1000 }) {
      total
      items {
        id
        name
        kind
        starRating
        closedOn
        districtCode
        district {
          name
        }
      }
    }
  }
`);

const ONE = graphql(`
  query FacilityById($id: ID!) {
    communityFacility(id: $id) {
      name
      starRating
      closedOn
    }
  }
`);

/** 孙家疃街道 is a street of 环翠区 with 育海社区; 张村镇 is a town of 环翠区; 东秦家庄村 is a village of 乳山市's 夏村镇. */
const HUANCUI = '371002';
const SUNJIATUAN_STREET = '371002011';
const YUHAI_COMMUNITY = '371002011015';
const ZHANGCUN_TOWN = '371002100';
const RUSHAN = '371083';
const DONGQINJIAZHUANG_VILLAGE = '371083100201';

describe.each(DATABASE_TARGETS)('community elder-care facilities (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    // Other files' facilities may stand in the same areas: tests compare counts before and after their own registrations.
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  const areaOf = async (code: string, kind?: FacilityKind) => {
    const area = expectData(await hub.query(AREA, { code, kind })).area;
    if (!area) throw new Error(`no area ${code}`);
    return area;
  };
  const list = async (filter: FacilityFilter) => expectData(await hub.query(LIST, { filter })).communityFacilities;
  const countOf = (counts: Array<{ kind: string; count: number }>, kind: FacilityKind) =>
    counts.find((row) => row.kind === kind)!.count;
  /** Only the facilities with these ids, in the order listed. */
  const only = <T extends { id: string }>(items: T[], ...ids: string[]) =>
    items.filter((item) => ids.includes(item.id));

  it('registers a street centre, a town centre and a rated meal point, and counts them in their street, town and district', async () => {
    const streetBefore = await areaOf(SUNJIATUAN_STREET);
    const districtBefore = await areaOf(HUANCUI);
    const mealPointsBefore = await list({ kind: 'MEAL_POINT', areaCode: HUANCUI });

    const centre = await aFacility(hub)
      .ofKind('STREET_CENTRE')
      .named(uniqueName(hub, '孙家疃街道综合养老服务中心'))
      .inArea(SUNJIATUAN_STREET)
      .with({ floorAreaSqm: 1800 })
      .register();
    const townCentre = await aFacility(hub)
      .ofKind('TOWN_REGIONAL_CENTRE')
      .named(uniqueName(hub, '张村镇区域性综合养老服务中心'))
      .inArea(ZHANGCUN_TOWN)
      .register();
    const mealPoint = await aFacility(hub)
      .ofKind('MEAL_POINT')
      .named(uniqueName(hub, '育海社区助餐点'))
      .inArea(YUHAI_COMMUNITY)
      .rated(4)
      .with({ floorAreaSqm: 120 })
      .register();
    expect(centre).toMatchObject({
      kind: 'STREET_CENTRE',
      starRating: null,
      districtCode: HUANCUI,
      townCode: SUNJIATUAN_STREET,
      communityCode: null,
      area: { name: '孙家疃街道', level: 'STREET' },
    });
    expect(mealPoint).toMatchObject({
      starRating: 4,
      townCode: SUNJIATUAN_STREET,
      communityCode: YUHAI_COMMUNITY,
      area: { level: 'COMMUNITY' },
    });
    const mine = [centre.id, townCentre.id, mealPoint.id];

    const street = await areaOf(SUNJIATUAN_STREET);
    expect(only(street.facilities, ...mine).map(({ name, kind }) => ({ name, kind }))).toEqual([
      { name: centre.name, kind: 'STREET_CENTRE' },
      { name: mealPoint.name, kind: 'MEAL_POINT' },
    ]);
    expect(street.facilities.filter((facility) => facility.townCode !== SUNJIATUAN_STREET)).toEqual([]);
    expect(street.facilityCounts).toHaveLength(8);
    expect(countOf(street.facilityCounts, 'STREET_CENTRE')).toBe(
      countOf(streetBefore.facilityCounts, 'STREET_CENTRE') + 1,
    );
    expect(countOf(street.facilityCounts, 'TOWN_REGIONAL_CENTRE')).toBe(0);

    const district = await areaOf(HUANCUI, 'TOWN_REGIONAL_CENTRE');
    expect(only(district.facilities, ...mine).map(({ name, kind }) => ({ name, kind }))).toEqual([
      { name: townCentre.name, kind: 'TOWN_REGIONAL_CENTRE' },
    ]);
    expect(
      district.facilities.filter(
        ({ kind, districtCode }) => kind !== 'TOWN_REGIONAL_CENTRE' || districtCode !== HUANCUI,
      ),
    ).toEqual([]);
    expect(countOf(district.facilityCounts, 'MEAL_POINT')).toBe(
      countOf(districtBefore.facilityCounts, 'MEAL_POINT') + 1,
    );

    const listed = await list({ kind: 'MEAL_POINT', areaCode: HUANCUI });
    expect(listed.total).toBe(mealPointsBefore.total + 1);
    expect(listed.items.filter(({ kind, districtCode }) => kind !== 'MEAL_POINT' || districtCode !== HUANCUI)).toEqual(
      [],
    );
    expect(
      only(listed.items, ...mine).map(({ name, starRating, district }) => ({ name, starRating, district })),
    ).toEqual([{ name: mealPoint.name, starRating: 4, district: { name: '环翠区' } }]);
  });

  it('re-rates a meal point and closes it, after which it leaves the counts but stays in the list of closed facilities', async () => {
    const mealPointsBefore = countOf((await areaOf(RUSHAN)).facilityCounts, 'MEAL_POINT');
    const openBefore = (await list({ areaCode: RUSHAN })).total;
    const allBefore = (await list({ areaCode: RUSHAN, includeClosed: true })).total;
    const { id, name } = await aFacility(hub)
      .ofKind('MEAL_POINT')
      .named(uniqueName(hub, '夏村镇东秦家庄村助餐点'))
      .inArea(DONGQINJIAZHUANG_VILLAGE)
      .rated(2)
      .register();

    const rerated = expectData(await hub.query(UPDATE, { id, input: { starRating: 3 } })).updateFacility;
    expect(rerated).toMatchObject({ starRating: 3, closedOn: null });
    expect(countOf((await areaOf(RUSHAN)).facilityCounts, 'MEAL_POINT')).toBe(mealPointsBefore + 1);

    const closed = expectData(await hub.query(UPDATE, { id, input: { closedOn: '2025-06-30' } })).updateFacility;
    expect(closed).toMatchObject({ starRating: 3, closedOn: '2025-06-30' });
    expect(countOf((await areaOf(RUSHAN)).facilityCounts, 'MEAL_POINT')).toBe(mealPointsBefore);
    const open = await list({ areaCode: RUSHAN });
    const all = await list({ areaCode: RUSHAN, includeClosed: true });
    expect({ open: open.total, openListsIt: only(open.items, id).length }).toEqual({
      open: openBefore,
      openListsIt: 0,
    });
    expect(all.total).toBe(allBefore + 1);
    expect(only(all.items, id).map((item) => ({ name: item.name, closedOn: item.closedOn }))).toEqual([
      { name, closedOn: '2025-06-30' },
    ]);
  });

  it('refuses centres outside their level of area, wrong star ratings and a closing date before opening with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const centre = await aFacility(hub)
      .ofKind('STREET_CENTRE')
      .named(uniqueName(hub, '孙家疃街道综合养老服务中心'))
      .inArea(SUNJIATUAN_STREET)
      .register();
    const before = (await list({ includeClosed: true })).total;
    const registrations: Array<{ input: Partial<RegisterFacilityInput>; field: string }> = [
      { input: { kind: 'STREET_CENTRE', name: '张村镇综合养老服务中心', areaCode: ZHANGCUN_TOWN }, field: 'areaCode' },
      { input: { kind: 'STREET_CENTRE', name: '环翠区综合养老服务中心', areaCode: HUANCUI }, field: 'areaCode' },
      {
        input: { kind: 'TOWN_REGIONAL_CENTRE', name: '孙家疃区域性综合养老服务中心', areaCode: YUHAI_COMMUNITY },
        field: 'areaCode',
      },
      {
        input: { kind: 'DAY_CARE', name: '育海社区日间照料中心', areaCode: YUHAI_COMMUNITY, starRating: 3 },
        field: 'starRating',
      },
      { input: { kind: 'MEAL_POINT', name: '育海社区第二助餐点', areaCode: YUHAI_COMMUNITY }, field: 'starRating' },
      {
        input: { kind: 'MEAL_POINT', name: '育海社区第二助餐点', areaCode: YUHAI_COMMUNITY, starRating: 6 },
        field: 'starRating',
      },
      {
        input: { kind: 'DAY_CARE', name: '育海社区日间照料中心', areaCode: YUHAI_COMMUNITY, floorAreaSqm: 0 },
        field: 'floorAreaSqm',
      },
      {
        input: { kind: 'DAY_CARE', name: '育海社区日间照料中心', areaCode: YUHAI_COMMUNITY, openedOn: '2999-01-01' },
        field: 'openedOn',
      },
      { input: { kind: 'DAY_CARE', name: '育海社区日间照料中心', areaCode: '371002999999' }, field: 'areaCode' },
    ];
    for (const { input, field } of registrations) {
      // A name of its own, so that a refusal cannot be another test's namesake.
      const result = await aFacility(hub)
        .with({ ...input, name: uniqueName(hub, input.name!) })
        .attempt();
      expect({ input, codes: errorCodes(result), field: result.errors?.[0].extensions?.field }).toEqual({
        input,
        codes: ['BAD_USER_INPUT'],
        field,
      });
    }

    const updates: Array<{ input: UpdateFacilityInput; field: string }> = [
      { input: { starRating: 3 }, field: 'starRating' },
      { input: { closedOn: '2020-01-01' }, field: 'closedOn' },
      { input: { name: null }, field: 'name' },
    ];
    for (const { input, field } of updates) {
      const result = await hub.query(UPDATE, { id: centre.id, input });
      expect({ input, codes: errorCodes(result), field: result.errors?.[0].extensions?.field }).toEqual({
        input,
        codes: ['BAD_USER_INPUT'],
        field,
      });
    }

    expect((await list({ includeClosed: true })).total).toBe(before);
    expect(expectData(await hub.query(ONE, { id: centre.id })).communityFacility).toEqual({
      name: centre.name,
      starRating: null,
      closedOn: null,
    });
  });

  it('refuses a second open facility of the same kind and name in a district with CONFLICT', async () => {
    const { name } = await aFacility(hub)
      .ofKind('STREET_CENTRE')
      .named(uniqueName(hub, '孙家疃街道综合养老服务中心'))
      .inArea(SUNJIATUAN_STREET)
      .register();
    const centres = (await list({ kind: 'STREET_CENTRE' })).total;
    const again = await aFacility(hub).ofKind('STREET_CENTRE').named(name).inArea(YUHAI_COMMUNITY).attempt();
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors![0].extensions!.field).toBe('name');
    expect((await list({ kind: 'STREET_CENTRE' })).total).toBe(centres);
  });
});
