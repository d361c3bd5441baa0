import { anInstitution } from '../../support/builders/civil-affairs';
import { aFacility } from '../../support/builders/civil-affairs-care';
import { expectData } from '../../support/builders/expect-data';
import { graphql } from '../../support/graphql';
import { DATABASE_TARGETS, HUB_START_TIMEOUT_MS, sharedHub, type TestHub } from '../../support/test-hub';

const DAY = '2026-06-30';
const JINGQU = '371072'; // 经区: 81 villages and communities
const HUANGGUAN = '371072008'; // 皇冠街道
const HUANGGUAN_GARDEN = '371072008001'; // 皇冠花园社区居委会
const CITY = '371000';

/** Straight to civil affairs (its AreaOnDate fields answer only the gateway composing or its own system): a plain string, its result typed here. */
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaOnDate {
  extremePovertySupportInstitutions { districtCode institutionCode }
  civilAffairsFigures { villagesAndCommunities villagesAndCommunitiesWithDayCare institutions }
} } }`;
interface CivilAffairsOnDate {
  extremePovertySupportInstitutions: Array<{ districtCode: string; institutionCode: string }>;
  civilAffairsFigures: {
    villagesAndCommunities: number;
    villagesAndCommunitiesWithDayCare: number;
    institutions: number;
  };
}

const INSTITUTION = graphql(`
  query CivilAffairsAreaOnDateInstitution($code: ID!) {
    institution(code: $code) {
      extremePovertySupport
    }
  }
`);

/**
 * Civil affairs' own figures for the joint meeting's network targets, read from civil affairs alone.
 * On the worker's shared blank hub other files may record in 经区 too, so the test reads before and
 * after its own records and asserts they moved by exactly those.
 */
describe.each(DATABASE_TARGETS)('civil affairs’ figures for the plan’s network targets (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  const figures = async () =>
    expectData(
      await hub.querySubgraph<{ _entities: CivilAffairsOnDate[] }>(
        'civil-affairs',
        ENTITIES,
        { r: [JINGQU, CITY].map((areaCode) => ({ __typename: 'AreaOnDate', areaCode, asOf: DAY })) },
        'civil-affairs-system',
      ),
    )._entities;

  it('lists its operating 特困供养 institutions with their district, and counts the villages and communities with a day-care centre open', async () => {
    const [district, city] = await figures();
    const support = await anInstitution(hub)
      .named('经区皇冠敬老院')
      .inArea(HUANGGUAN)
      .public()
      .openedOn('2025-01-01')
      .with({ extremePovertySupport: true })
      .register();
    await anInstitution(hub).named('经区颐和养老院').inArea(HUANGGUAN).openedOn('2025-01-01').register();
    const dayCare = (name: string, areaCode: string, openedOn: string) =>
      aFacility(hub)
        .ofKind('DAY_CARE')
        .named(name)
        .inArea(areaCode)
        .with({ openedOn, operatorName: '皇冠街道办事处', floorAreaSqm: 300 })
        .register();
    // Two centres in one community count it once; one at the street level covers no community.
    await dayCare('皇冠花园社区日间照料中心', HUANGGUAN_GARDEN, '2025-03-01');
    await dayCare('皇冠花园社区第二日间照料中心', HUANGGUAN_GARDEN, '2025-05-01');
    await dayCare('皇冠街道日间照料中心', HUANGGUAN, '2025-03-01');

    const listed = { districtCode: JINGQU, institutionCode: support.code };
    const byCode = (a: { institutionCode: string }, b: { institutionCode: string }) =>
      a.institutionCode < b.institutionCode ? -1 : 1;
    const moved = (was: CivilAffairsOnDate) => ({
      extremePovertySupportInstitutions: [...was.extremePovertySupportInstitutions, listed].sort(byCode),
      civilAffairsFigures: {
        villagesAndCommunities: was.civilAffairsFigures.villagesAndCommunities,
        villagesAndCommunitiesWithDayCare: was.civilAffairsFigures.villagesAndCommunitiesWithDayCare + 1,
        institutions: was.civilAffairsFigures.institutions + 2,
      },
    });
    expect(await figures()).toEqual([moved(district), moved(city)]);
    expect(district.civilAffairsFigures.villagesAndCommunities).toBe(81);
    expect(
      expectData(await hub.query(INSTITUTION, { code: support.code }, 'analyst')).institution!.extremePovertySupport,
    ).toBe(true);
  });
});
