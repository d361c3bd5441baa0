import type { EntityManager } from 'typeorm';
import { WEIHAI_CITY } from '../../shared/seed/weihai';
import { rowLock } from '../../shared/db/row-lock';
import { isUniqueViolation } from '../../shared/db/unique-violation';
import { ConflictError, NotFoundError } from '../../shared/errors/errors';
import { ElderCareMajorEnrolment } from './elder-care-major-enrolment.entity';
import type {
  CorrectElderCareMajorEnrolmentInput,
  RecordElderCareMajorEnrolmentInput,
} from './elder-care-major-enrolment.inputs';

/** The most records one list returns: schools × majors × years of a city stay far below it. */
const LIST_LIMIT = 1000;

function duplicate(existing: Pick<ElderCareMajorEnrolment, 'id' | 'enrolled'>): ConflictError {
  return new ConflictError(
    `this school’s enrolment in this major and year is already recorded (record ${existing.id}, ${existing.enrolled} enrolled): correct that record instead`,
    'major',
  );
}

/** Records a school's enrolment in a major for a year, once: a second record of the same school, major and year is refused. */
export async function recordElderCareMajorEnrolment(
  manager: EntityManager,
  input: RecordElderCareMajorEnrolmentInput,
): Promise<ElderCareMajorEnrolment> {
  const records = manager.getRepository(ElderCareMajorEnrolment);
  const key = { schoolCode: input.schoolCode, major: input.major, enrolmentYear: input.enrolmentYear };
  const existing = await records.findOneBy(key);
  if (existing) throw duplicate(existing);
  try {
    return await records.save(
      records.create({
        ...key,
        schoolName: input.schoolName.trim(),
        schoolKind: input.schoolKind,
        enrolled: input.enrolled,
        districtCode: input.districtCode,
      }),
    );
  } catch (error) {
    // No row to lock before it exists: the unique index refuses the same record written at the same moment.
    if (isUniqueViolation(error))
      throw new ConflictError(
        'this school’s enrolment in this major and year has just been recorded by another request',
        'major',
      );
    throw error;
  }
}

/** Corrects the number enrolled of a record (the school, major and year stay: a wrong one is a different record). */
export async function correctElderCareMajorEnrolment(
  manager: EntityManager,
  input: CorrectElderCareMajorEnrolmentInput,
): Promise<ElderCareMajorEnrolment> {
  const records = manager.getRepository(ElderCareMajorEnrolment);
  const record = await records.findOne({ where: { id: Number(input.id) }, ...rowLock(manager) });
  if (!record) throw new NotFoundError('Elder-care major enrolment', String(input.id));
  record.enrolled = input.enrolled;
  return records.save(record);
}

/** The records of a year and/or an area (the city or a district), newest year first, then by district, school and major. */
export function listElderCareMajorEnrolments(
  manager: EntityManager,
  filter: { year: number | null; areaCode: string | null },
): Promise<ElderCareMajorEnrolment[]> {
  const query = manager.getRepository(ElderCareMajorEnrolment).createQueryBuilder('record');
  if (filter.year !== null) query.andWhere('record.enrolmentYear = :year', { year: filter.year });
  if (filter.areaCode !== null && filter.areaCode !== WEIHAI_CITY.code)
    query.andWhere('record.districtCode = :district', { district: filter.areaCode });
  return query
    .orderBy('record.enrolmentYear', 'DESC')
    .addOrderBy('record.districtCode', 'ASC')
    .addOrderBy('record.schoolCode', 'ASC')
    .addOrderBy('record.major', 'ASC')
    .limit(LIST_LIMIT)
    .getMany();
}
