import { todayIso } from '../../../subgraphs/shared/time/today';
import { DATABASE_TARGETS, errorCodes, startTestHub, type TestHub } from '../../support/test-hub';

const DESIGNATE = `mutation($input: DesignateAgeFriendlyCommunityInput!) {
  designateAgeFriendlyCommunity(input: $input) { level designatedYear name communityCode townCode districtCode area { name level } district { name } }
}`;
const IN_AREA = `query($code: ID!, $level: AgeFriendlyLevel) { area(code: $code) { ageFriendlyCommunities(level: $level) { name level designatedYear } } }`;

/** 育海社区 is a community of 孙家疃街道 (环翠区); 东秦家庄村 a village of 夏村镇 (乳山市). */
const YUHAI_COMMUNITY = '371002011015';
const DONGQINJIAZHUANG_VILLAGE = '371083100201';

describe.each(DATABASE_TARGETS)('age-friendly communities (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await startTestHub(target);
  });
  afterAll(() => hub?.stop());

  const designate = (input: Record<string, unknown>) => hub.query(DESIGNATE, { input });
  const cityWide = async () => (await hub.query(IN_AREA, { code: '371000' })).data!.area.ageFriendlyCommunities;

  it('designates a community and a village, and lists them under their district, town and the city', async () => {
    const community = await designate({
      areaCode: YUHAI_COMMUNITY,
      level: 'NATIONAL',
      designatedYear: 2023,
      name: '环翠区孙家疃街道育海社区',
    });
    const village = await designate({
      areaCode: DONGQINJIAZHUANG_VILLAGE,
      level: 'PROVINCIAL',
      designatedYear: 2024,
      name: '乳山市夏村镇东秦家庄村',
    });
    expect(community.errors).toBeUndefined();
    expect(village.errors).toBeUndefined();
    expect(community.data!.designateAgeFriendlyCommunity).toEqual({
      level: 'NATIONAL',
      designatedYear: 2023,
      name: '环翠区孙家疃街道育海社区',
      communityCode: YUHAI_COMMUNITY,
      townCode: '371002011',
      districtCode: '371002',
      area: { name: '育海社区居委会', level: 'COMMUNITY' },
      district: { name: '环翠区' },
    });
    expect(village.data!.designateAgeFriendlyCommunity.area).toEqual({ name: '东秦家庄村委会', level: 'VILLAGE' });

    const areas = await hub.query(`{
      district: area(code: "371002") { ageFriendlyCommunities { name level } }
      town: area(code: "371083100") { ageFriendlyCommunities { name } }
      other: area(code: "371082") { ageFriendlyCommunities { name } }
    }`);
    expect(areas.data).toEqual({
      district: { ageFriendlyCommunities: [{ name: '环翠区孙家疃街道育海社区', level: 'NATIONAL' }] },
      town: { ageFriendlyCommunities: [{ name: '乳山市夏村镇东秦家庄村' }] },
      other: { ageFriendlyCommunities: [] },
    });
    expect(await cityWide()).toEqual([
      { name: '乳山市夏村镇东秦家庄村', level: 'PROVINCIAL', designatedYear: 2024 },
      { name: '环翠区孙家疃街道育海社区', level: 'NATIONAL', designatedYear: 2023 },
    ]);
    expect((await hub.query(IN_AREA, { code: '371000', level: 'NATIONAL' })).data!.area.ageFriendlyCommunities).toEqual(
      [{ name: '环翠区孙家疃街道育海社区', level: 'NATIONAL', designatedYear: 2023 }],
    );
  });

  it('designates a community already designated at another level', async () => {
    const provincial = await designate({
      areaCode: YUHAI_COMMUNITY,
      level: 'PROVINCIAL',
      designatedYear: 2021,
      name: '环翠区孙家疃街道育海社区',
    });
    expect(provincial.errors).toBeUndefined();
    expect(
      (await hub.query(IN_AREA, { code: YUHAI_COMMUNITY })).data!.area.ageFriendlyCommunities.map(
        (d: { level: string }) => d.level,
      ),
    ).toEqual(['NATIONAL', 'PROVINCIAL']);
  });

  it('refuses areas that are not communities or villages and impossible years with BAD_USER_INPUT naming the field, and a repeated designation with CONFLICT, writing nothing', async () => {
    const before = await cityWide();
    const designation = {
      areaCode: DONGQINJIAZHUANG_VILLAGE,
      level: 'CITY',
      designatedYear: 2024,
      name: '乳山市夏村镇东秦家庄村',
    };
    const cases = [
      { input: { ...designation, areaCode: '371002011' }, code: 'BAD_USER_INPUT', field: 'areaCode' },
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
    expect(await cityWide()).toEqual(before);
  });
});
