import { creditCodeCheckCharacter } from '../../../subgraphs/shared/identity/credit-code';
import { todayIso } from '../../../subgraphs/shared/time/today';
import { DATABASE_TARGETS, errorCodes, type GraphQLResult, startTestHub, type TestHub } from '../../support/test-hub';

const credit = (first17: string) => first17 + creditCodeCheckCharacter(first17);
const COLLEGE = credit('12371000MB0285613'); // 威海职业学院, 环翠区
const HEALTH_SCHOOL = credit('12371000MB0287238'); // 威海市卫生学校, 文登区
const RUSHAN_SCHOOL = credit('12371083MB0012847'); // 乳山市职业中等专业学校, 乳山市

const RECORD = `mutation($input: RecordElderCareMajorEnrolmentInput!) { recordElderCareMajorEnrolment(input: $input) { id schoolCode schoolName schoolKind major enrolmentYear enrolled districtCode } }`;
const CORRECT = `mutation($input: CorrectElderCareMajorEnrolmentInput!) { correctElderCareMajorEnrolment(input: $input) { id enrolled } }`;
const LIST = `query($year: Int, $areaCode: ID) { elderCareMajorEnrolments(year: $year, areaCode: $areaCode) { schoolName major enrolmentYear enrolled districtCode } }`;
const ENROLMENT = `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaOnDate { areaCode asOf elderCareMajorEnrolment elderCareMajorEnrolmentPreviousYear } } }`;

const COLLEGE_CARE = {
  schoolCode: COLLEGE,
  schoolName: '威海职业学院',
  schoolKind: 'VOCATIONAL_COLLEGE',
  major: '智慧健康养老服务与管理',
  districtCode: '371002',
};
const COLLEGE_NURSING = { ...COLLEGE_CARE, major: '护理（老年护理方向）' };
const HEALTH_NURSING = {
  schoolCode: HEALTH_SCHOOL,
  schoolName: '威海市卫生学校',
  schoolKind: 'SECONDARY_VOCATIONAL',
  major: '护理（老年护理方向）',
  districtCode: '371003',
};
const RUSHAN_CARE = {
  schoolCode: RUSHAN_SCHOOL,
  schoolName: '乳山市职业中等专业学校',
  schoolKind: 'SECONDARY_VOCATIONAL',
  major: '智慧健康养老服务',
  districtCode: '371083',
};

describe.each(DATABASE_TARGETS)('the register of enrolment in elder-care majors (%s)', (target) => {
  let hub: TestHub;
  const ids: Record<string, string> = {};
  const hr = (query: string, variables?: Record<string, unknown>) =>
    hub.query(query, variables, 'human-resources-system');
  const count = async () => (await hub.query(LIST, {}, 'developer')).data!.elderCareMajorEnrolments.length as number;
  const expectRefusal = (result: GraphQLResult, code: string, field: string) =>
    expect({ codes: errorCodes(result), field: result.errors?.[0].extensions?.field }).toEqual({
      codes: [code],
      field,
    });
  const enrolment = async (areaCode: string, asOf: string) => {
    const result = await hub.querySubgraph(
      'human-resources',
      ENROLMENT,
      { r: [{ __typename: 'AreaOnDate', areaCode, asOf }] },
      'analyst',
    );
    expect(result.errors).toBeUndefined();
    const { elderCareMajorEnrolment, elderCareMajorEnrolmentPreviousYear } = result.data!._entities[0];
    return [elderCareMajorEnrolment, elderCareMajorEnrolmentPreviousYear];
  };

  beforeAll(async () => {
    hub = await startTestHub(target);
  });
  afterAll(() => hub?.stop());

  describe('recording', () => {
    it('records a school’s enrolment in a major for a year, with the credit code upper-cased and half-width brackets stored full-width', async () => {
      const result = await hr(RECORD, {
        input: {
          ...COLLEGE_NURSING,
          schoolCode: COLLEGE.toLowerCase(),
          major: ' 护理(老年护理方向) ',
          enrolmentYear: 2023,
          enrolled: 118,
        },
      });
      expect(result.errors).toBeUndefined();
      expect(result.data!.recordElderCareMajorEnrolment).toEqual({
        id: expect.any(String),
        ...COLLEGE_NURSING,
        enrolmentYear: 2023,
        enrolled: 118,
      });
      ids.nursing2023 = result.data!.recordElderCareMajorEnrolment.id;
    });

    it('refuses bad input naming the field, and a school, major and year already recorded as a conflict, writing nothing', async () => {
      const before = await count();
      const year = Number(todayIso().slice(0, 4));
      const cases: Array<[Record<string, unknown>, string, string]> = [
        [
          { ...COLLEGE_CARE, schoolCode: COLLEGE.slice(0, 17) + (COLLEGE[17] === '0' ? '1' : '0') },
          'BAD_USER_INPUT',
          'schoolCode',
        ],
        [{ ...COLLEGE_CARE, schoolName: '  ' }, 'BAD_USER_INPUT', 'schoolName'],
        [{ ...COLLEGE_CARE, major: '' }, 'BAD_USER_INPUT', 'major'],
        [{ ...COLLEGE_CARE, enrolmentYear: 2014 }, 'BAD_USER_INPUT', 'enrolmentYear'],
        [{ ...COLLEGE_CARE, enrolmentYear: year + 1 }, 'BAD_USER_INPUT', 'enrolmentYear'],
        [{ ...COLLEGE_CARE, enrolled: -1 }, 'BAD_USER_INPUT', 'enrolled'],
        [{ ...COLLEGE_CARE, districtCode: '371083100' }, 'BAD_USER_INPUT', 'districtCode'],
        [{ ...COLLEGE_CARE, districtCode: '370602' }, 'BAD_USER_INPUT', 'districtCode'],
        [{ ...COLLEGE_NURSING, enrolmentYear: 2023, enrolled: 120 }, 'CONFLICT', 'major'],
      ];
      for (const [input, code, field] of cases)
        expectRefusal(await hr(RECORD, { input: { enrolmentYear: 2023, enrolled: 10, ...input } }), code, field);
      expect(await count()).toBe(before);
    });

    it('lets only human resources’ own system record', async () => {
      const result = await hub.query(
        RECORD,
        { input: { ...COLLEGE_CARE, enrolmentYear: 2023, enrolled: 90 } },
        'civil-affairs-system',
      );
      expect(errorCodes(result)).toEqual(['FORBIDDEN']);
    });
  });

  describe('correcting', () => {
    it('corrects the number enrolled, and refuses an unknown record or a negative number', async () => {
      const corrected = await hr(CORRECT, { input: { id: ids.nursing2023, enrolled: 121 } });
      expect(corrected.errors).toBeUndefined();
      expect(corrected.data!.correctElderCareMajorEnrolment).toEqual({ id: ids.nursing2023, enrolled: 121 });
      expect(errorCodes(await hr(CORRECT, { input: { id: '999999', enrolled: 5 } }))).toEqual(['NOT_FOUND']);
      expectRefusal(await hr(CORRECT, { input: { id: ids.nursing2023, enrolled: -5 } }), 'BAD_USER_INPUT', 'enrolled');
      expect((await hub.query(LIST, { year: 2023 }, 'developer')).data!.elderCareMajorEnrolments).toEqual([
        {
          schoolName: '威海职业学院',
          major: '护理（老年护理方向）',
          enrolmentYear: 2023,
          enrolled: 121,
          districtCode: '371002',
        },
      ]);
    });
  });

  describe('the enrolment of an area on a day', () => {
    beforeAll(async () => {
      const records: Array<[Record<string, unknown>, number, number]> = [
        [COLLEGE_CARE, 2023, 80],
        [COLLEGE_CARE, 2024, 95],
        [COLLEGE_NURSING, 2024, 130],
        [HEALTH_NURSING, 2023, 150],
        [HEALTH_NURSING, 2024, 160],
        [HEALTH_NURSING, 2025, 170],
        [RUSHAN_CARE, 2025, 36],
      ];
      for (const [school, enrolmentYear, enrolled] of records)
        expect((await hr(RECORD, { input: { ...school, enrolmentYear, enrolled } })).errors).toBeUndefined();
    });

    it('lists the records of a year and an area, newest year first', async () => {
      const listed = await hub.query(LIST, { areaCode: '371002' }, 'analyst');
      expect(listed.errors).toBeUndefined();
      expect(listed.data!.elderCareMajorEnrolments.map((r: any) => [r.enrolmentYear, r.major, r.enrolled])).toEqual([
        [2024, '护理（老年护理方向）', 130],
        [2024, '智慧健康养老服务与管理', 95],
        [2023, '护理（老年护理方向）', 121],
        [2023, '智慧健康养老服务与管理', 80],
      ]);
      const city2024 = await hub.query(LIST, { year: 2024, areaCode: '371000' }, 'analyst');
      expect(city2024.data!.elderCareMajorEnrolments.map((r: any) => r.districtCode)).toEqual([
        '371002',
        '371002',
        '371003',
      ]);
      expectRefusal(await hub.query(LIST, { areaCode: '371083100' }, 'analyst'), 'BAD_USER_INPUT', 'areaCode');
    });

    it('takes the latest intake closed by the day: the day’s year from 30 September, the year before until then', async () => {
      // 环翠: 2023 = 80 + 121, 2024 = 95 + 130, nothing for 2025 or 2022.
      expect(await enrolment('371002', '2024-09-29')).toEqual([201, null]);
      expect(await enrolment('371002', '2024-09-30')).toEqual([225, 201]);
      expect(await enrolment('371002', '2025-09-30')).toEqual([null, 225]);
      // The city sums every school: 2024 = 225 + 160, 2023 = 201 + 150; 2025 = 170 + 36.
      expect(await enrolment('371000', '2025-06-30')).toEqual([385, 351]);
      expect(await enrolment('371000', '2025-10-01')).toEqual([206, 385]);
      // 乳山 records only 2025.
      expect(await enrolment('371083', '2025-06-30')).toEqual([null, null]);
      expect(await enrolment('371083', '2026-06-30')).toEqual([36, null]);
    });

    it('moves with a correction', async () => {
      expect((await hr(CORRECT, { input: { id: ids.nursing2023, enrolled: 100 } })).errors).toBeUndefined();
      expect(await enrolment('371002', '2024-09-30')).toEqual([225, 180]);
    });
  });
});
