import { todayIso } from '../../../subgraphs/shared/time/today';
import { expectData } from '../../support/builders/expect-data';
import { aSchool, recordMajorEnrolment, type School } from '../../support/builders/human-resources';
import { graphql } from '../../support/graphql';
import type { RecordElderCareMajorEnrolmentInput } from '../../support/graphql/graphql';
import {
  DATABASE_TARGETS,
  errorCodes,
  type GraphQLResult,
  HUB_START_TIMEOUT_MS,
  sharedHub,
  type TestHub,
} from '../../support/test-hub';

/*
 * The worker's blank hub: each test records its own schools (fresh credit codes) and reads the
 * register filtered to them; the enrolment of a district or the city on a day also counts other
 * files' schools, so it is asserted as the exact difference the test's own records make (nothing
 * else writes to the hub while a file runs).
 */

const RECORD = graphql(`
  mutation MajorEnrolmentRecord($input: RecordElderCareMajorEnrolmentInput!) {
    recordElderCareMajorEnrolment(input: $input) {
      id
      schoolCode
      schoolName
      schoolKind
      major
      enrolmentYear
      enrolled
      districtCode
    }
  }
`);

const CORRECT = graphql(`
  mutation MajorEnrolmentCorrect($input: CorrectElderCareMajorEnrolmentInput!) {
    correctElderCareMajorEnrolment(input: $input) {
      id
      enrolled
    }
  }
`);

const LIST = graphql(`
  query MajorEnrolmentList($year: Int, $areaCode: ID) {
    elderCareMajorEnrolments(year: $year, areaCode: $areaCode) {
      schoolCode
      schoolName
      major
      enrolmentYear
      enrolled
      districtCode
    }
  }
`);

/** Subgraph-only: the enrolment of an area on a day, as the gateway asks human resources for it. */
const ENROLMENT = `query($r: [_Any!]!) { _entities(representations: $r) { ... on AreaOnDate { areaCode asOf elderCareMajorEnrolment elderCareMajorEnrolmentPreviousYear } } }`;
interface AreaEnrolment {
  elderCareMajorEnrolment: number | null;
  elderCareMajorEnrolmentPreviousYear: number | null;
}

const CARE = '智慧健康养老服务与管理';
const NURSING = '护理（老年护理方向）';

describe.each(DATABASE_TARGETS)('the register of enrolment in elder-care majors (%s)', (target) => {
  let hub: TestHub;

  beforeAll(async () => {
    hub = await sharedHub(target, 'blank');
  }, HUB_START_TIMEOUT_MS);

  const record = (input: RecordElderCareMajorEnrolmentInput) => hub.query(RECORD, { input }, 'human-resources-system');
  const correct = (id: string, enrolled: number) =>
    hub.query(CORRECT, { input: { id, enrolled } }, 'human-resources-system');
  const count = async () => expectData(await hub.query(LIST, {}, 'developer')).elderCareMajorEnrolments.length;
  const expectRefusal = (result: GraphQLResult<unknown>, code: string, field: string) =>
    expect({ codes: errorCodes(result), field: result.errors?.[0].extensions?.field }).toEqual({
      codes: [code],
      field,
    });
  const enrolment = async (areaCode: string, asOf: string) => {
    const result = await hub.querySubgraph<{ _entities: AreaEnrolment[] }>(
      'human-resources',
      ENROLMENT,
      { r: [{ __typename: 'AreaOnDate', areaCode, asOf }] },
      'analyst',
    );
    const { elderCareMajorEnrolment, elderCareMajorEnrolmentPreviousYear } = expectData(result)._entities[0];
    return [elderCareMajorEnrolment, elderCareMajorEnrolmentPreviousYear];
  };

  const college = () =>
    aSchool(hub, { schoolName: '威海职业学院', schoolKind: 'VOCATIONAL_COLLEGE', districtCode: '371002' });
  const healthSchool = () =>
    aSchool(hub, { schoolName: '威海市卫生学校', schoolKind: 'SECONDARY_VOCATIONAL', districtCode: '371003' });
  const rushanSchool = () =>
    aSchool(hub, { schoolName: '乳山市职业中等专业学校', schoolKind: 'SECONDARY_VOCATIONAL', districtCode: '371083' });

  describe('recording', () => {
    it('records a school’s enrolment in a major for a year, with the credit code upper-cased and half-width brackets stored full-width', async () => {
      const school = college();
      const result = await record({
        ...school,
        schoolCode: school.schoolCode.toLowerCase(),
        major: ' 护理(老年护理方向) ',
        enrolmentYear: 2023,
        enrolled: 118,
      });
      const { id, ...recorded } = expectData(result).recordElderCareMajorEnrolment;
      expect(typeof id).toBe('string');
      expect(recorded).toEqual({ ...school, major: NURSING, enrolmentYear: 2023, enrolled: 118 });
    });

    it('refuses bad input naming the field, and a school, major and year already recorded as a conflict, writing nothing', async () => {
      const school = college();
      await recordMajorEnrolment(hub, school, NURSING, 2023, 118);
      const before = await count();
      const year = Number(todayIso().slice(0, 4));
      const care = { ...school, major: CARE };
      const cases: Array<[Partial<RecordElderCareMajorEnrolmentInput>, string, string]> = [
        [
          {
            ...care,
            schoolCode: school.schoolCode.slice(0, 17) + (school.schoolCode[17] === '0' ? '1' : '0'),
          },
          'BAD_USER_INPUT',
          'schoolCode',
        ],
        [{ ...care, schoolName: '  ' }, 'BAD_USER_INPUT', 'schoolName'],
        [{ ...care, major: '' }, 'BAD_USER_INPUT', 'major'],
        [{ ...care, enrolmentYear: 2014 }, 'BAD_USER_INPUT', 'enrolmentYear'],
        [{ ...care, enrolmentYear: year + 1 }, 'BAD_USER_INPUT', 'enrolmentYear'],
        [{ ...care, enrolled: -1 }, 'BAD_USER_INPUT', 'enrolled'],
        [{ ...care, districtCode: '371083100' }, 'BAD_USER_INPUT', 'districtCode'],
        [{ ...care, districtCode: '370602' }, 'BAD_USER_INPUT', 'districtCode'],
        [{ ...school, major: NURSING, enrolmentYear: 2023, enrolled: 120 }, 'CONFLICT', 'major'],
      ];
      for (const [input, code, field] of cases)
        expectRefusal(await record({ ...care, enrolmentYear: 2023, enrolled: 10, ...input }), code, field);
      expect(await count()).toBe(before);
    });

    it('lets only human resources’ own system record', async () => {
      const input = { ...college(), major: CARE, enrolmentYear: 2023, enrolled: 90 };
      const before = await count();
      expect(errorCodes(await hub.query(RECORD, { input }, 'civil-affairs-system'))).toEqual(['FORBIDDEN']);
      expect(await count()).toBe(before);
    });
  });

  describe('correcting', () => {
    it('corrects the number enrolled, and refuses an unknown record or a negative number', async () => {
      const school = college();
      const { id } = await recordMajorEnrolment(hub, school, NURSING, 2023, 118);
      expect(expectData(await correct(id, 121)).correctElderCareMajorEnrolment).toEqual({ id, enrolled: 121 });
      expect(errorCodes(await correct('999999999', 5))).toEqual(['NOT_FOUND']);
      expectRefusal(await correct(id, -5), 'BAD_USER_INPUT', 'enrolled');
      const listed = expectData(await hub.query(LIST, { year: 2023 }, 'developer')).elderCareMajorEnrolments;
      expect(listed.filter((r) => r.schoolCode === school.schoolCode)).toEqual([
        {
          schoolCode: school.schoolCode,
          schoolName: '威海职业学院',
          major: NURSING,
          enrolmentYear: 2023,
          enrolled: 121,
          districtCode: '371002',
        },
      ]);
    });
  });

  describe('the enrolment of an area on a day', () => {
    /** A college in 环翠, a health school in 文登 and a school in 乳山, with their intakes of 2023–2025. */
    async function recordIntakes() {
      const schools = { college: college(), health: healthSchool(), rushan: rushanSchool() };
      const records: Array<[School, string, number, number]> = [
        [schools.college, NURSING, 2023, 121],
        [schools.college, CARE, 2023, 80],
        [schools.college, CARE, 2024, 95],
        [schools.college, NURSING, 2024, 130],
        [schools.health, NURSING, 2023, 150],
        [schools.health, NURSING, 2024, 160],
        [schools.health, NURSING, 2025, 170],
        [schools.rushan, '智慧健康养老服务', 2025, 36],
      ];
      const ids: string[] = [];
      for (const [school, major, year, enrolled] of records)
        ids.push((await recordMajorEnrolment(hub, school, major, year, enrolled)).id);
      return { schools, collegeNursing2023: ids[0] };
    }

    /** An area's intake and the year before's after less before: 'unchanged' where the test's records add nothing. */
    const change = (before: Array<number | null>, after: Array<number | null>) =>
      after.map((value, i) => (value === before[i] ? 'unchanged' : (value ?? 0) - (before[i] ?? 0)));

    it('lists the records of a year and an area, newest year first', async () => {
      const { schools } = await recordIntakes();
      const ours = new Set(Object.values(schools).map((school) => school.schoolCode));
      const listed = expectData(await hub.query(LIST, { areaCode: '371002' }, 'analyst')).elderCareMajorEnrolments;
      expect(listed.every((r) => r.districtCode === '371002')).toBe(true);
      expect(listed.filter((r) => ours.has(r.schoolCode)).map((r) => [r.enrolmentYear, r.major, r.enrolled])).toEqual([
        [2024, NURSING, 130],
        [2024, CARE, 95],
        [2023, NURSING, 121],
        [2023, CARE, 80],
      ]);
      const city2024 = expectData(
        await hub.query(LIST, { year: 2024, areaCode: '371000' }, 'analyst'),
      ).elderCareMajorEnrolments;
      expect(city2024.every((r) => r.enrolmentYear === 2024)).toBe(true);
      expect(city2024.filter((r) => ours.has(r.schoolCode)).map((r) => r.districtCode)).toEqual([
        '371002',
        '371002',
        '371003',
      ]);
      expectRefusal(await hub.query(LIST, { areaCode: '371083100' }, 'analyst'), 'BAD_USER_INPUT', 'areaCode');
    });

    it('takes the latest intake closed by the day: the day’s year from 30 September, the year before until then', async () => {
      const days: Array<[string, string]> = [
        ['371002', '2024-09-29'],
        ['371002', '2024-09-30'],
        ['371002', '2025-09-30'],
        ['371000', '2025-06-30'],
        ['371000', '2025-10-01'],
        ['371083', '2025-06-30'],
        ['371083', '2026-06-30'],
      ];
      const read = () => Promise.all(days.map(([areaCode, asOf]) => enrolment(areaCode, asOf)));
      const before = await read();
      await recordIntakes();
      const after = await read();
      expect(after.map((figures, i) => change(before[i], figures))).toEqual([
        // 环翠: 2023 = 80 + 121, 2024 = 95 + 130, nothing for 2025 or 2022.
        [201, 'unchanged'],
        [225, 201],
        ['unchanged', 225],
        // The city sums every school: 2024 = 225 + 160, 2023 = 201 + 150; 2025 = 170 + 36.
        [385, 351],
        [206, 385],
        // 乳山 records only 2025.
        ['unchanged', 'unchanged'],
        [36, 'unchanged'],
      ]);
    });

    it('moves with a correction', async () => {
      const { collegeNursing2023 } = await recordIntakes();
      const before = await enrolment('371002', '2024-09-30');
      expect(expectData(await correct(collegeNursing2023, 100)).correctElderCareMajorEnrolment.enrolled).toBe(100);
      // 2023's 121 corrected to 100: the year before's enrolment falls by 21.
      expect(change(before, await enrolment('371002', '2024-09-30'))).toEqual(['unchanged', -21]);
    });
  });
});
