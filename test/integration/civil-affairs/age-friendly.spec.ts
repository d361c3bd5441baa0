import { todayIso } from '../../../subgraphs/shared/time/today';
import { aFreshVillageIn } from '../../support/builders/civil-affairs';
import { expectData } from '../../support/builders/expect-data';
import { graphql } from '../../support/graphql';
import type { DesignateAgeFriendlyCommunityInput } from '../../support/graphql/graphql';
import { DATABASE_TARGETS, errorCodes, HUB_START_TIMEOUT_MS, sharedHub, type TestHub } from '../../support/test-hub';

const DESIGNATE = graphql(`
  mutation AgeFriendlyDesignate($input: DesignateAgeFriendlyCommunityInput!) {
    designateAgeFriendlyCommunity(input: $input) {
      level
      designatedYear
      name
      communityCode
      townCode
      districtCode
      area {
        name
        level
      }
      district {
        name
      }
    }
  }
`);

const IN_AREA = graphql(`
  query AgeFriendlyInArea($code: ID!, $level: AgeFriendlyLevel) {
    area(code: $code) {
      ageFriendlyCommunities(level: $level) {
        id
        name
        level
        designatedYear
      }
    }
  }
`);

/** 孙家疃街道 (环翠区) has only communities; 夏村镇 (乳山市) villages. */
const SUNJIATUAN_STREET = '371002011';
const XIACUN_TOWN = '371083100';

type Designation = { id: string; name: string; level: string; designatedYear: number };

/** The designations in `after` that were not in `before`, in `after`'s order, without their ids. */
const added = (before: Designation[], after: Designation[]) => {
  const earlier = new Set(before.map((designation) => designation.id));
  return after.filter((designation) => !earlier.has(designation.id)).map(({ id: _id, ...rest }) => rest);
};

// Blank hub: every designation is of an area handed to this test alone, and lists are compared before and after.
describe.each(DATABASE_TARGETS)('age-friendly communities (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  const designate = (input: DesignateAgeFriendlyCommunityInput) => hub.query(DESIGNATE, { input });
  const listed = async (code: string, level?: DesignateAgeFriendlyCommunityInput['level']) =>
    expectData(await hub.query(IN_AREA, { code, level })).area!.ageFriendlyCommunities;

  it('designates a community and a village, and lists them under their district, town and the city', async () => {
    const yuhai = await aFreshVillageIn(hub, SUNJIATUAN_STREET);
    const dongqin = await aFreshVillageIn(hub, XIACUN_TOWN);
    const before = {
      district: await listed('371002'),
      town: await listed(XIACUN_TOWN),
      other: await listed('371082'),
      city: await listed('371000'),
      cityNational: await listed('371000', 'NATIONAL'),
    };

    const community = expectData(
      await designate({
        areaCode: yuhai.code,
        level: 'NATIONAL',
        designatedYear: 2023,
        name: '环翠区孙家疃街道育海社区',
      }),
    );
    const village = expectData(
      await designate({
        areaCode: dongqin.code,
        level: 'PROVINCIAL',
        designatedYear: 2024,
        name: '乳山市夏村镇东秦家庄村',
      }),
    );
    expect(community.designateAgeFriendlyCommunity).toEqual({
      level: 'NATIONAL',
      designatedYear: 2023,
      name: '环翠区孙家疃街道育海社区',
      communityCode: yuhai.code,
      townCode: SUNJIATUAN_STREET,
      districtCode: '371002',
      area: { name: yuhai.name, level: 'COMMUNITY' },
      district: { name: '环翠区' },
    });
    expect(village.designateAgeFriendlyCommunity).toMatchObject({
      townCode: XIACUN_TOWN,
      districtCode: '371083',
      area: { name: dongqin.name, level: 'VILLAGE' },
      district: { name: '乳山市' },
    });

    expect(added(before.district, await listed('371002'))).toEqual([
      { name: '环翠区孙家疃街道育海社区', level: 'NATIONAL', designatedYear: 2023 },
    ]);
    expect(added(before.town, await listed(XIACUN_TOWN))).toEqual([
      { name: '乳山市夏村镇东秦家庄村', level: 'PROVINCIAL', designatedYear: 2024 },
    ]);
    expect(await listed('371082')).toEqual(before.other);
    const city = await listed('371000');
    expect(added(before.city, city)).toEqual([
      { name: '乳山市夏村镇东秦家庄村', level: 'PROVINCIAL', designatedYear: 2024 },
      { name: '环翠区孙家疃街道育海社区', level: 'NATIONAL', designatedYear: 2023 },
    ]);
    const years = city.map((designation) => designation.designatedYear);
    expect(years).toEqual([...years].sort((a, b) => b - a));
    expect(added(before.cityNational, await listed('371000', 'NATIONAL'))).toEqual([
      { name: '环翠区孙家疃街道育海社区', level: 'NATIONAL', designatedYear: 2023 },
    ]);
  });

  it('designates a community already designated at another level', async () => {
    const community = await aFreshVillageIn(hub, SUNJIATUAN_STREET);
    const designation = { areaCode: community.code, name: '环翠区孙家疃街道育海社区' };
    expectData(await designate({ ...designation, level: 'NATIONAL', designatedYear: 2023 }));
    expectData(await designate({ ...designation, level: 'PROVINCIAL', designatedYear: 2021 }));
    expect((await listed(community.code)).map((d) => d.level)).toEqual(['NATIONAL', 'PROVINCIAL']);
  });

  it('refuses areas that are not communities or villages and impossible years with BAD_USER_INPUT naming the field, and a repeated designation with CONFLICT, writing nothing', async () => {
    const village = await aFreshVillageIn(hub, XIACUN_TOWN);
    const designation: DesignateAgeFriendlyCommunityInput = {
      areaCode: village.code,
      level: 'CITY',
      designatedYear: 2024,
      name: '乳山市夏村镇东秦家庄村',
    };
    expectData(await designate({ ...designation, level: 'PROVINCIAL' }));
    const before = await listed('371000');
    const cases: Array<{ input: DesignateAgeFriendlyCommunityInput; code: string; field: string }> = [
      { input: { ...designation, areaCode: SUNJIATUAN_STREET }, code: 'BAD_USER_INPUT', field: 'areaCode' },
      { input: { ...designation, areaCode: '371083' }, code: 'BAD_USER_INPUT', field: 'areaCode' },
      { input: { ...designation, areaCode: '371083100999' }, code: 'BAD_USER_INPUT', field: 'areaCode' },
      { input: { ...designation, designatedYear: 2019 }, code: 'BAD_USER_INPUT', field: 'designatedYear' },
      {
        input: { ...designation, designatedYear: Number(todayIso().slice(0, 4)) + 1 },
        code: 'BAD_USER_INPUT',
        field: 'designatedYear',
      },
      { input: { ...designation, name: '  ' }, code: 'BAD_USER_INPUT', field: 'name' },
      { input: { ...designation, level: 'PROVINCIAL' }, code: 'CONFLICT', field: 'areaCode' },
    ];
    for (const { input, code, field } of cases) {
      const result = await designate(input);
      expect({ input, codes: errorCodes(result), field: result.errors?.[0].extensions?.field }).toEqual({
        input,
        codes: [code],
        field,
      });
    }
    expect(await listed('371000')).toEqual(before);
  });
});
