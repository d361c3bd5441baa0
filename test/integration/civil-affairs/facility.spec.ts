import { DATABASE_TARGETS, errorCodes, startTestHub, type TestHub } from '../../support/test-hub';

const REGISTER = `mutation($input: RegisterFacilityInput!) { registerFacility(input: $input) { id kind name starRating districtCode townCode communityCode area { name level } } }`;
const UPDATE = `mutation($id: ID!, $input: UpdateFacilityInput!) { updateFacility(id: $id, input: $input) { id name starRating closedOn } }`;
const AREA = `query($code: ID!, $kind: FacilityKind) {
  area(code: $code) { facilities(kind: $kind) { name kind } facilityCounts { kind count } }
}`;

/** 孙家疃街道 is a street of 环翠区 with 育海社区; 张村镇 is a town of 环翠区. */
const SUNJIATUAN_STREET = '371002011';
const YUHAI_COMMUNITY = '371002011015';
const ZHANGCUN_TOWN = '371002100';

describe.each(DATABASE_TARGETS)('community elder-care facilities (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(target);
  });
  afterAll(() => hub?.stop());

  const register = (input: Record<string, unknown>) =>
    hub.query(REGISTER, {
      input: { operatorName: '威海市颐和养老服务有限公司', floorAreaSqm: 600, openedOn: '2023-05-01', ...input },
    });
  const countOf = (counts: Array<{ kind: string; count: number }>, kind: string) =>
    counts.find((row) => row.kind === kind)!.count;

  it('registers a street centre, a town centre and a rated meal point, and counts them in their street, town and district', async () => {
    const centre = await register({
      kind: 'STREET_CENTRE',
      name: '孙家疃街道综合养老服务中心',
      areaCode: SUNJIATUAN_STREET,
      floorAreaSqm: 1800,
    });
    const townCentre = await register({
      kind: 'TOWN_REGIONAL_CENTRE',
      name: '张村镇区域性综合养老服务中心',
      areaCode: ZHANGCUN_TOWN,
    });
    const mealPoint = await register({
      kind: 'MEAL_POINT',
      name: '育海社区助餐点',
      areaCode: YUHAI_COMMUNITY,
      floorAreaSqm: 120,
      starRating: 4,
    });
    for (const result of [centre, townCentre, mealPoint]) expect(result.errors).toBeUndefined();
    expect(centre.data!.registerFacility).toMatchObject({
      kind: 'STREET_CENTRE',
      starRating: null,
      districtCode: '371002',
      townCode: SUNJIATUAN_STREET,
      communityCode: null,
      area: { name: '孙家疃街道', level: 'STREET' },
    });
    expect(mealPoint.data!.registerFacility).toMatchObject({
      starRating: 4,
      townCode: SUNJIATUAN_STREET,
      communityCode: YUHAI_COMMUNITY,
      area: { level: 'COMMUNITY' },
    });

    const street = (await hub.query(AREA, { code: SUNJIATUAN_STREET })).data!.area;
    expect(street.facilities).toEqual([
      { name: '孙家疃街道综合养老服务中心', kind: 'STREET_CENTRE' },
      { name: '育海社区助餐点', kind: 'MEAL_POINT' },
    ]);
    expect(street.facilityCounts).toHaveLength(8);
    expect(countOf(street.facilityCounts, 'STREET_CENTRE')).toBe(1);
    expect(countOf(street.facilityCounts, 'TOWN_REGIONAL_CENTRE')).toBe(0);

    const district = (await hub.query(AREA, { code: '371002', kind: 'TOWN_REGIONAL_CENTRE' })).data!.area;
    expect(district.facilities).toEqual([{ name: '张村镇区域性综合养老服务中心', kind: 'TOWN_REGIONAL_CENTRE' }]);
    expect(countOf(district.facilityCounts, 'MEAL_POINT')).toBe(1);

    const listed = await hub.query(
      `{ communityFacilities(filter: { kind: MEAL_POINT, areaCode: "371002" }) { total items { name starRating district { name } } } }`,
    );
    expect(listed.data!.communityFacilities).toEqual({
      total: 1,
      items: [{ name: '育海社区助餐点', starRating: 4, district: { name: '环翠区' } }],
    });
  });

  it('re-rates a meal point and closes it, after which it leaves the counts but stays in the list of closed facilities', async () => {
    const registered = await register({
      kind: 'MEAL_POINT',
      name: '夏村镇东秦家庄村助餐点',
      areaCode: '371083100201',
      starRating: 2,
    });
    const id = registered.data!.registerFacility.id;
    const rerated = await hub.query(UPDATE, { id, input: { starRating: 3 } });
    expect(rerated.data!.updateFacility).toMatchObject({ starRating: 3, closedOn: null });
    expect(countOf((await hub.query(AREA, { code: '371083' })).data!.area.facilityCounts, 'MEAL_POINT')).toBe(1);

    const closed = await hub.query(UPDATE, { id, input: { closedOn: '2025-06-30' } });
    expect(closed.data!.updateFacility).toMatchObject({ starRating: 3, closedOn: '2025-06-30' });
    expect(countOf((await hub.query(AREA, { code: '371083' })).data!.area.facilityCounts, 'MEAL_POINT')).toBe(0);
    const lists = await hub.query(`{
      open: communityFacilities(filter: { areaCode: "371083" }) { total }
      all: communityFacilities(filter: { areaCode: "371083", includeClosed: true }) { total items { name closedOn } }
    }`);
    expect(lists.data).toEqual({
      open: { total: 0 },
      all: { total: 1, items: [{ name: '夏村镇东秦家庄村助餐点', closedOn: '2025-06-30' }] },
    });
  });

  it('refuses centres outside their level of area, wrong star ratings and a closing date before opening with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const before = (await hub.query(`{ communityFacilities(filter: { includeClosed: true }) { total } }`)).data!
      .communityFacilities.total;
    const registrations = [
      { input: { kind: 'STREET_CENTRE', name: '张村镇综合养老服务中心', areaCode: ZHANGCUN_TOWN }, field: 'areaCode' },
      { input: { kind: 'STREET_CENTRE', name: '环翠区综合养老服务中心', areaCode: '371002' }, field: 'areaCode' },
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
      const result = await register(input);
      expect({ input, codes: errorCodes(result), field: result.errors?.[0].extensions?.field }).toEqual({
        input,
        codes: ['BAD_USER_INPUT'],
        field,
      });
    }

    const centre = (await hub.query(`{ communityFacilities(filter: { kind: STREET_CENTRE }) { items { id } } }`)).data!
      .communityFacilities.items[0].id;
    const updates = [
      { input: { starRating: 3 }, field: 'starRating' },
      { input: { closedOn: '2020-01-01' }, field: 'closedOn' },
      { input: { name: null }, field: 'name' },
    ];
    for (const { input, field } of updates) {
      const result = await hub.query(UPDATE, { id: centre, input });
      expect({ input, codes: errorCodes(result), field: result.errors?.[0].extensions?.field }).toEqual({
        input,
        codes: ['BAD_USER_INPUT'],
        field,
      });
    }

    const after = await hub.query(
      `query($id: ID!) { communityFacilities(filter: { includeClosed: true }) { total } communityFacility(id: $id) { name starRating closedOn } }`,
      { id: centre },
    );
    expect(after.data).toEqual({
      communityFacilities: { total: before },
      communityFacility: { name: '孙家疃街道综合养老服务中心', starRating: null, closedOn: null },
    });
  });

  it('refuses a second open facility of the same kind and name in a district with CONFLICT', async () => {
    const again = await register({
      kind: 'STREET_CENTRE',
      name: '孙家疃街道综合养老服务中心',
      areaCode: YUHAI_COMMUNITY,
    });
    expect(errorCodes(again)).toEqual(['CONFLICT']);
    expect(again.errors![0].extensions!.field).toBe('name');
    const centres = await hub.query(`{ communityFacilities(filter: { kind: STREET_CENTRE }) { total } }`);
    expect(centres.data!.communityFacilities.total).toBe(1);
  });
});
