import { expectData } from '../../support/builders/expect-data';
import { aMedicalInstitution, anAgreement, anInsideClinic } from '../../support/builders/health';
import { uniqueCreditCode } from '../../support/builders/identifiers';
import { graphql } from '../../support/graphql';
import { DATABASE_TARGETS, errorCodes, HUB_START_TIMEOUT_MS, sharedHub, type TestHub } from '../../support/test-hub';

const EARLIER = '2025-06-30';
const LATER = '2026-06-30';

/**
 * Health's figures of a district come only from medical institutions. On the worker's blank hub no
 * other file registers one in 临港区 (the test's 乳山市) or 经区 (its 文登区), and none at all in 南海新区;
 * the city holds every file's. So each test reads the areas before and after its own records and
 * asserts that they moved by exactly those records: exact figures without a hub of its own.
 */
const LINGANG = '371073';
const LINGANG_TOWN = '371073107'; // 草庙子镇
const JINGQU = '371072';
const HUANCUI = '371002';
const NANHAI = '371099';
const CITY = '371000';

/** Straight to health's subgraph (AreaOnDate's health fields are not in the public API): a plain string, its result typed here. */
const FIELDS =
  'areaCode asOf medicalCareIntegratedInstitutionCodes signedCooperationInstitutionCodes hospiceProviderDistrictCodes internetNursingOfferingHospitals internetNursingMissingHospitalCodes';
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaOnDate { ${FIELDS} } } }`;
interface HealthOnDate {
  areaCode: string;
  asOf: string;
  medicalCareIntegratedInstitutionCodes: string[];
  signedCooperationInstitutionCodes: string[];
  hospiceProviderDistrictCodes: string[];
  internetNursingOfferingHospitals: number;
  internetNursingMissingHospitalCodes: string[];
}
const onDate = (areaCode: string, asOf: string) => ({ __typename: 'AreaOnDate', areaCode, asOf });

const UPDATE = graphql(`
  mutation AreaOnDateHealthUpdateMedicalInstitution($code: ID!, $input: UpdateMedicalInstitutionInput!) {
    updateMedicalInstitution(code: $code, input: $input) {
      code
    }
  }
`);

/** A sorted list: the figures' lists are sorted, so "before, with these added" is this. */
const plus = (before: string[], ...added: string[]) => [...before, ...added].sort();

describe.each(DATABASE_TARGETS)('health’s figures on AreaOnDate (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  const figures = async (...representations: Array<ReturnType<typeof onDate>>) =>
    expectData(
      await hub.querySubgraph<{ _entities: HealthOnDate[] }>('health', ENTITIES, { r: representations }, 'analyst'),
    )._entities;
  /** An elder-care institution's credit code: health knows institutions by code only. */
  const aCareHome = (areaCode: string) => uniqueCreditCode(hub, { areaCode, kind: '52' });

  it('gives 乳山市 and the city their figures on two days, to the analyst, the integrated institutions moving with the dated agreements and clinics', async () => {
    const asked = [onDate(LINGANG, EARLIER), onDate(LINGANG, LATER), onDate(CITY, EARLIER), onDate(CITY, LATER)];
    const before = await figures(...asked);

    const general = (areaCode: string) => aMedicalInstitution(hub).inArea(areaCode);
    const PEOPLES = (
      await general(LINGANG).named('乳山市人民医院').offeringInternetNursing().providingHospice(10).register()
    ).code;
    const SECOND = (await general(LINGANG_TOWN).named('乳山市第二人民医院').register()).code;
    // Not eligible for measure 14: first level, and private.
    await general(LINGANG)
      .named('乳山市夏村镇中心医院')
      .ofKind('GENERAL_HOSPITAL', 1)
      .offeringInternetNursing()
      .register();
    await general(LINGANG).named('乳山市康宁医院').ofKind('GENERAL_HOSPITAL', 3).private().register();
    const CENTRE = (
      await general(LINGANG_TOWN).named('乳山市城区社区卫生服务中心').ofKind('COMMUNITY_HEALTH_CENTRE', 1).register()
    ).code;
    const CENTRAL = (
      await general(HUANCUI).named('威海市中心医院').ofKind('GENERAL_HOSPITAL', 3).offeringInternetNursing().register()
    ).code;
    const WENDENG_SECOND = (await general(JINGQU).named('文登区第二人民医院').providingHospice().register()).code;

    const [HOME_1, HOME_2, HOME_3, HOME_4, HOME_5] = [LINGANG, LINGANG, HUANCUI, JINGQU, LINGANG].map(aCareHome);
    // HOME_1: two agreements, both in force on the earlier day (one ends that very day), none on the later.
    await anAgreement(hub).between(PEOPLES, HOME_1).from('2025-01-01').to('2025-12-31').sign();
    await anAgreement(hub).between(CENTRE, HOME_1).from('2024-01-01').to(EARLIER).sign();
    // HOME_2: signed until 2030 but ended early, in between the two days.
    await anAgreement(hub).between(CENTRAL, HOME_2).from('2025-03-01').to('2030-12-31').endedOn('2026-01-31').sign();
    // HOME_3: an inside clinic filed after the earlier day.
    await anInsideClinic(hub, HOME_3).named('颐养院医务室').filedOn('2025-07-01').file();
    // HOME_4: an inside clinic that closed on the later day (a closed clinic no longer operates that day).
    await anInsideClinic(hub, HOME_4).named('敬老院卫生室').filedOn('2024-05-01').closed(LATER).file();
    // HOME_5: an inside clinic and an agreement beginning on the later day: listed once.
    await anInsideClinic(hub, HOME_5).named('护理院护理站').ofKind('NURSING_STATION').filedOn('2026-01-01').file();
    await anAgreement(hub).between(CENTRE, HOME_5).from(LATER).sign();

    const onEarlier = [HOME_1, HOME_2, HOME_4];
    const onLater = [HOME_3, HOME_5];
    // Signed (签约服务): agreements only, never a clinic alone (HOME_3, HOME_4).
    const signedEarlier = [HOME_1, HOME_2];
    const signedLater = [HOME_5];
    // A district or city that had the district already would list it twice here, and fail: the
    // districts' hospice providers are this test's alone.
    const rushan = (was: HealthOnDate) => ({
      hospiceProviderDistrictCodes: plus(was.hospiceProviderDistrictCodes, LINGANG),
      internetNursingOfferingHospitals: was.internetNursingOfferingHospitals + 1,
      internetNursingMissingHospitalCodes: plus(was.internetNursingMissingHospitalCodes, SECOND),
    });
    const city = (was: HealthOnDate) => ({
      hospiceProviderDistrictCodes: plus(was.hospiceProviderDistrictCodes, JINGQU, LINGANG),
      internetNursingOfferingHospitals: was.internetNursingOfferingHospitals + 2,
      internetNursingMissingHospitalCodes: plus(was.internetNursingMissingHospitalCodes, SECOND, WENDENG_SECOND),
    });
    const integrated = (was: HealthOnDate, homes: string[], signed: string[]) => ({
      medicalCareIntegratedInstitutionCodes: plus(was.medicalCareIntegratedInstitutionCodes, ...homes),
      signedCooperationInstitutionCodes: plus(was.signedCooperationInstitutionCodes, ...signed),
    });
    expect(await figures(...asked)).toEqual([
      { areaCode: LINGANG, asOf: EARLIER, ...integrated(before[0], onEarlier, signedEarlier), ...rushan(before[0]) },
      { areaCode: LINGANG, asOf: LATER, ...integrated(before[1], onLater, signedLater), ...rushan(before[1]) },
      { areaCode: CITY, asOf: EARLIER, ...integrated(before[2], onEarlier, signedEarlier), ...city(before[2]) },
      { areaCode: CITY, asOf: LATER, ...integrated(before[3], onLater, signedLater), ...city(before[3]) },
    ]);
  });

  it('gives a district without hospice provider or eligible hospital empty lists and zero', async () => {
    const [before] = await figures(onDate(NANHAI, LATER));
    const centre = await aMedicalInstitution(hub).ofKind('COMMUNITY_HEALTH_CENTRE', 1).inArea(HUANCUI).register();
    const [withClinic, withAgreement] = [aCareHome(HUANCUI), aCareHome(LINGANG)];
    await anInsideClinic(hub, withClinic).filedOn('2025-07-01').file();
    await anAgreement(hub).between(centre.code, withAgreement).from('2026-01-01').sign();

    // Integrated institutions are listed citywide, whatever the area: these two too.
    expect(await figures(onDate(NANHAI, LATER))).toEqual([
      {
        areaCode: NANHAI,
        asOf: LATER,
        medicalCareIntegratedInstitutionCodes: plus(
          before.medicalCareIntegratedInstitutionCodes,
          withClinic,
          withAgreement,
        ),
        signedCooperationInstitutionCodes: plus(before.signedCooperationInstitutionCodes, withAgreement),
        hospiceProviderDistrictCodes: [],
        internetNursingOfferingHospitals: 0,
        internetNursingMissingHospitalCodes: [],
      },
    ]);
  });

  it('reads medical institutions’ flags as today’s records, whatever the day asked', async () => {
    const second = await aMedicalInstitution(hub).named('乳山市第二人民医院').inArea(LINGANG_TOWN).register();
    const [rushanBefore, cityBefore] = await figures(onDate(LINGANG, EARLIER), onDate(CITY, EARLIER));
    // Registered today, yet missing from the earlier day's figures: the flags carry no dates.
    expect(rushanBefore.internetNursingMissingHospitalCodes).toContain(second.code);
    expect(cityBefore.internetNursingMissingHospitalCodes).toContain(second.code);

    expectData(await hub.query(UPDATE, { code: second.code, input: { internetNursing: true } }, 'health-system'));
    const without = (codes: string[]) => codes.filter((code) => code !== second.code);
    const [rushan, city] = await figures(onDate(LINGANG, EARLIER), onDate(CITY, EARLIER));
    expect(rushan).toMatchObject({
      internetNursingOfferingHospitals: rushanBefore.internetNursingOfferingHospitals + 1,
      internetNursingMissingHospitalCodes: without(rushanBefore.internetNursingMissingHospitalCodes),
    });
    expect(city).toMatchObject({
      internetNursingOfferingHospitals: cityBefore.internetNursingOfferingHospitals + 1,
      internetNursingMissingHospitalCodes: without(cityBefore.internetNursingMissingHospitalCodes),
    });
  });

  it('refuses a town code, a day that is not a date and a future day with BAD_USER_INPUT', async () => {
    for (const [representation, field] of [
      [onDate(LINGANG_TOWN, EARLIER), 'areaCode'],
      [onDate(LINGANG, '2025-02-30'), 'asOf'],
      [onDate(LINGANG, 'yesterday'), 'asOf'],
      [onDate(LINGANG, '2999-01-01'), 'asOf'],
    ] as const) {
      const result = await hub.querySubgraph('health', ENTITIES, { r: [representation] }, 'analyst');
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe(field);
    }
  });
});
