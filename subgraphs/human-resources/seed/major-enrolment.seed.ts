import { creditCodeCheckCharacter } from '../../shared/identity/credit-code';
import { insertInChunks } from '../../shared/seed/insert-in-chunks';
import { ElderCareMajorEnrolment } from '../major-enrolment/elder-care-major-enrolment.entity';
import { latestEnrolmentYearClosedBy } from '../major-enrolment/enrolment-year';
import { ElderCareSchoolKind } from '../major-enrolment/elder-care-school-kind.enum';
import type { HumanResourcesSeedContext } from './seed-context';

/** The register is seeded from this enrolment year to the latest one closed by the seeding day. */
const FIRST_YEAR = 2020;

interface SyntheticMajor {
  major: string;
  /** First year the major enrolled (some majors opened later, 智慧健康养老服务与管理 under its 2021 name). */
  since: number;
  /** Students enrolled in its first year, before noise. */
  intake: number;
}

interface SyntheticSchool {
  /** First 17 characters of the credit code (synthetic); the check character is computed. */
  code17: string;
  name: string;
  kind: ElderCareSchoolKind;
  districtCode: string;
  majors: SyntheticMajor[];
}

/** Weihai schools with elder-care majors: real names, synthetic credit codes and numbers. */
const SCHOOLS: SyntheticSchool[] = [
  {
    code17: '12371000MB0285613',
    name: '威海职业学院',
    kind: ElderCareSchoolKind.VOCATIONAL_COLLEGE,
    districtCode: '371002',
    majors: [
      { major: '智慧健康养老服务与管理', since: 2021, intake: 90 },
      { major: '护理（老年护理方向）', since: 2020, intake: 120 },
    ],
  },
  {
    code17: '12371000MB0286421',
    name: '威海海洋职业学院',
    kind: ElderCareSchoolKind.VOCATIONAL_COLLEGE,
    districtCode: '371082',
    majors: [{ major: '智慧健康养老服务与管理', since: 2021, intake: 60 }],
  },
  {
    code17: '12370000MB2831407',
    name: '山东药品食品职业学院',
    kind: ElderCareSchoolKind.VOCATIONAL_COLLEGE,
    districtCode: '371003',
    majors: [
      { major: '老年保健与管理', since: 2020, intake: 80 },
      { major: '康复治疗技术（老年康复方向）', since: 2022, intake: 50 },
    ],
  },
  {
    code17: '12371000MB0287238',
    name: '威海市卫生学校',
    kind: ElderCareSchoolKind.SECONDARY_VOCATIONAL,
    districtCode: '371003',
    majors: [
      { major: '护理（老年护理方向）', since: 2020, intake: 150 },
      { major: '智慧健康养老服务', since: 2021, intake: 45 },
    ],
  },
  {
    code17: '12371000MB0288046',
    name: '威海市技师学院',
    kind: ElderCareSchoolKind.TECHNICIAN_COLLEGE,
    districtCode: '371072',
    majors: [{ major: '健康服务与管理（养老护理）', since: 2020, intake: 40 }],
  },
  {
    code17: '12371083MB0012847',
    name: '乳山市职业中等专业学校',
    kind: ElderCareSchoolKind.SECONDARY_VOCATIONAL,
    districtCode: '371083',
    majors: [{ major: '智慧健康养老服务', since: 2022, intake: 35 }],
  },
];

/**
 * Enrolment in elder-care majors (indicator 12) per school, major and year, from 2020 (or the year a
 * major opened) to the latest intake closed by the seeding day: each major grows by its own rate of
 * 3–12% a year, with ±10% noise each year, deterministic from the seed.
 */
export async function seedMajorEnrolment(context: HumanResourcesSeedContext): Promise<ElderCareMajorEnrolment[]> {
  const lastYear = latestEnrolmentYearClosedBy(context.today);
  const records: ElderCareMajorEnrolment[] = [];
  SCHOOLS.flatMap((school) => school.majors.map((major) => ({ school, major }))).forEach(({ school, major }, index) => {
    const random = context.random('major-enrolment', index);
    const growth = 1.03 + random.next() * 0.09;
    for (let year = Math.max(FIRST_YEAR, major.since); year <= lastYear; year++) {
      const trend = major.intake * growth ** (year - major.since);
      records.push(
        Object.assign(new ElderCareMajorEnrolment(), {
          id: records.length + 1,
          schoolCode: school.code17 + creditCodeCheckCharacter(school.code17),
          schoolName: school.name,
          schoolKind: school.kind,
          major: major.major,
          enrolmentYear: year,
          enrolled: Math.round(trend * (0.9 + random.next() * 0.2)),
          districtCode: school.districtCode,
        }),
      );
    }
  });
  await insertInChunks(context.manager, ElderCareMajorEnrolment, records);
  return records;
}
