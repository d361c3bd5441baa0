import { creditCodeCheckCharacter } from '../../../subgraphs/shared/identity/credit-code';
import { DATABASE_TARGETS, errorCodes, type GraphQLResult, startTestHub, type TestHub } from '../../support/test-hub';

const creditCode = (first17: string) => first17 + creditCodeCheckCharacter(first17);
// Medical institutions.
const RUSHAN_PEOPLES = creditCode('12371083MB0000711'); // 乳山, general, level 2, public, Internet+nursing, hospice
const RUSHAN_SECOND = creditCode('12371083MB0000712'); // 乳山, general, level 2, public, no Internet+nursing
const RUSHAN_FIRST_LEVEL = creditCode('12371083MB0000713'); // 乳山, general, level 1, public, Internet+nursing: not eligible
const RUSHAN_PRIVATE = creditCode('52371083MB0000714'); // 乳山, general, level 3, private: not eligible
const RUSHAN_CENTRE = creditCode('12371083MB0000715'); // 乳山 community health centre
const HUANCUI_CENTRAL = creditCode('12371002MB0000721'); // 环翠, general, level 3, public, Internet+nursing
const WENDENG_SECOND = creditCode('12371003MB0000731'); // 文登, general, level 2, public, no Internet+nursing, hospice
// Elder-care institutions (civil affairs' codes; health knows only the codes).
const HOME_1 = creditCode('52371083MB0000601');
const HOME_2 = creditCode('52371083MB0000602');
const HOME_3 = creditCode('52371002MB0000603');
const HOME_4 = creditCode('52371003MB0000604');
const HOME_5 = creditCode('52371083MB0000605');

const EARLIER = '2025-06-30';
const LATER = '2026-06-30';

const FIELDS =
  'areaCode asOf medicalCareIntegratedInstitutionCodes hospiceProviderDistrictCodes internetNursingOfferingHospitals internetNursingMissingHospitalCodes';
const ENTITIES = `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaOnDate { ${FIELDS} } } }`;
const onDate = (areaCode: string, asOf: string) => ({ __typename: 'AreaOnDate', areaCode, asOf });

describe.each(DATABASE_TARGETS)('health’s figures on AreaOnDate (%s)', (target) => {
  let hub: TestHub;
  const ok = <T extends GraphQLResult>(result: T): T => {
    expect(result.errors).toBeUndefined();
    return result;
  };
  const asHealth = async (query: string, variables?: Record<string, unknown>) =>
    ok(await hub.query(query, variables, 'health-system'));
  const register = (input: Record<string, unknown>) =>
    asHealth(
      `mutation($input: RegisterMedicalInstitutionInput!) { registerMedicalInstitution(input: $input) { code } }`,
      { input },
    );
  const sign = async (input: Record<string, unknown>) =>
    (
      await asHealth(
        `mutation($input: SignCooperationAgreementInput!) { signCooperationAgreement(input: $input) { id } }`,
        { input: { services: ['REGULAR_ROUNDS'], ...input } },
      )
    ).data!.signCooperationAgreement.id;
  const file = async (input: Record<string, unknown>) =>
    (
      await asHealth(`mutation($input: FileInsideClinicInput!) { fileInsideClinic(input: $input) { id } }`, {
        input: { kind: 'INFIRMARY', ...input },
      })
    ).data!.fileInsideClinic.id;
  const figures = async (...representations: Array<ReturnType<typeof onDate>>) =>
    ok(await hub.querySubgraph('health', ENTITIES, { r: representations }, 'analyst')).data!._entities;

  beforeAll(async () => {
    hub = await startTestHub(target);
    const general = { kind: 'GENERAL_HOSPITAL', isPublic: true };
    await register({
      ...general,
      code: RUSHAN_PEOPLES,
      name: '乳山市人民医院',
      level: 2,
      areaCode: '371083',
      internetNursing: true,
      hospiceProvider: true,
      hospiceBeds: 10,
    });
    await register({ ...general, code: RUSHAN_SECOND, name: '乳山市第二人民医院', level: 2, areaCode: '371083100' });
    await register({
      ...general,
      code: RUSHAN_FIRST_LEVEL,
      name: '乳山市夏村镇中心医院',
      level: 1,
      areaCode: '371083',
      internetNursing: true,
    });
    await register({
      ...general,
      code: RUSHAN_PRIVATE,
      name: '乳山市康宁医院',
      level: 3,
      isPublic: false,
      areaCode: '371083',
    });
    await register({
      code: RUSHAN_CENTRE,
      name: '乳山市城区社区卫生服务中心',
      kind: 'COMMUNITY_HEALTH_CENTRE',
      level: 1,
      isPublic: true,
      areaCode: '371083100',
    });
    await register({
      ...general,
      code: HUANCUI_CENTRAL,
      name: '威海市中心医院',
      level: 3,
      areaCode: '371002',
      internetNursing: true,
    });
    await register({
      ...general,
      code: WENDENG_SECOND,
      name: '文登区第二人民医院',
      level: 2,
      areaCode: '371003',
      hospiceProvider: true,
    });

    // HOME_1: two agreements, both in force on the earlier day (one ends that very day), none on the later.
    await sign({
      medicalInstitutionCode: RUSHAN_PEOPLES,
      institutionCode: HOME_1,
      validFrom: '2025-01-01',
      validTo: '2025-12-31',
    });
    await sign({
      medicalInstitutionCode: RUSHAN_CENTRE,
      institutionCode: HOME_1,
      validFrom: '2024-01-01',
      validTo: EARLIER,
    });
    // HOME_2: signed until 2030 but ended early, in between the two days.
    const ended = await sign({
      medicalInstitutionCode: HUANCUI_CENTRAL,
      institutionCode: HOME_2,
      validFrom: '2025-03-01',
      validTo: '2030-12-31',
    });
    await asHealth(
      `mutation($input: EndCooperationAgreementInput!) { endCooperationAgreement(input: $input) { endedOn } }`,
      { input: { agreementId: ended, endedOn: '2026-01-31' } },
    );
    // HOME_3: an inside clinic filed after the earlier day.
    await file({
      institutionCode: HOME_3,
      name: '颐养院医务室',
      filingNumber: '威卫医养备2025101',
      filedOn: '2025-07-01',
    });
    // HOME_4: an inside clinic that closed on the later day (a closed clinic no longer operates that day).
    const closing = await file({
      institutionCode: HOME_4,
      name: '敬老院卫生室',
      filingNumber: '威卫医养备2024102',
      filedOn: '2024-05-01',
    });
    await asHealth(`mutation($input: CloseInsideClinicInput!) { closeInsideClinic(input: $input) { closedOn } }`, {
      input: { clinicId: closing, closedOn: LATER },
    });
    // HOME_5: an inside clinic and an agreement beginning on the later day: listed once.
    await file({
      institutionCode: HOME_5,
      name: '护理院护理站',
      kind: 'NURSING_STATION',
      filingNumber: '威卫医养备2026103',
      filedOn: '2026-01-01',
    });
    await sign({ medicalInstitutionCode: RUSHAN_CENTRE, institutionCode: HOME_5, validFrom: LATER });
  });
  afterAll(() => hub?.stop());

  it('gives 乳山市 and the city their figures on two days, to the analyst, the integrated institutions moving with the dated agreements and clinics', async () => {
    const rushan = {
      hospiceProviderDistrictCodes: ['371083'],
      internetNursingOfferingHospitals: 1,
      internetNursingMissingHospitalCodes: [RUSHAN_SECOND],
    };
    const city = {
      hospiceProviderDistrictCodes: ['371003', '371083'],
      internetNursingOfferingHospitals: 2,
      internetNursingMissingHospitalCodes: [RUSHAN_SECOND, WENDENG_SECOND].sort(),
    };
    const earlier = [HOME_1, HOME_2, HOME_4].sort();
    const later = [HOME_3, HOME_5].sort();
    expect(
      await figures(
        onDate('371083', EARLIER),
        onDate('371083', LATER),
        onDate('371000', EARLIER),
        onDate('371000', LATER),
      ),
    ).toEqual([
      { areaCode: '371083', asOf: EARLIER, medicalCareIntegratedInstitutionCodes: earlier, ...rushan },
      { areaCode: '371083', asOf: LATER, medicalCareIntegratedInstitutionCodes: later, ...rushan },
      { areaCode: '371000', asOf: EARLIER, medicalCareIntegratedInstitutionCodes: earlier, ...city },
      { areaCode: '371000', asOf: LATER, medicalCareIntegratedInstitutionCodes: later, ...city },
    ]);
  });

  it('gives a district without hospice provider or eligible hospital empty lists and zero', async () => {
    expect(await figures(onDate('371082', LATER))).toEqual([
      {
        areaCode: '371082',
        asOf: LATER,
        medicalCareIntegratedInstitutionCodes: [HOME_3, HOME_5].sort(),
        hospiceProviderDistrictCodes: [],
        internetNursingOfferingHospitals: 0,
        internetNursingMissingHospitalCodes: [],
      },
    ]);
  });

  it('reads medical institutions’ flags as today’s records, whatever the day asked', async () => {
    await asHealth(
      `mutation($input: UpdateMedicalInstitutionInput!) { updateMedicalInstitution(code: "${RUSHAN_SECOND}", input: $input) { code } }`,
      { input: { internetNursing: true } },
    );
    const [rushan] = await figures(onDate('371083', EARLIER));
    expect(rushan).toMatchObject({ internetNursingOfferingHospitals: 2, internetNursingMissingHospitalCodes: [] });
    const [city] = await figures(onDate('371000', EARLIER));
    expect(city).toMatchObject({
      internetNursingOfferingHospitals: 3,
      internetNursingMissingHospitalCodes: [WENDENG_SECOND],
    });
  });

  it('refuses a town code, a day that is not a date and a future day with BAD_USER_INPUT', async () => {
    for (const [representation, field] of [
      [onDate('371083100', EARLIER), 'areaCode'],
      [onDate('371083', '2025-02-30'), 'asOf'],
      [onDate('371083', 'yesterday'), 'asOf'],
      [onDate('371083', '2999-01-01'), 'asOf'],
    ] as const) {
      const result = await hub.querySubgraph('health', ENTITIES, { r: [representation] }, 'analyst');
      expect(errorCodes(result)).toEqual(['BAD_USER_INPUT']);
      expect(result.errors![0].extensions!.field).toBe(field);
    }
  });
});
