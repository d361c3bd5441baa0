import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { lockSubject } from '../../shared/db/key-lock';
import { ConflictError } from '../../shared/errors/errors';

/** The columns of a bed record (a hospital stay, a home sickbed, a hospice stay) that the rules below compare. */
export interface BedRecordColumns {
  start: string;
  end: string;
}

/**
 * The elder's record of one bed kind that a new one from `from` would overlap: one still open, one
 * ending after `from`, or one starting on or after it. Ending and starting on the same day is a transfer, not an overlap.
 */
export async function findOverlapping<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  personKey: string,
  from: string,
  { start, end }: BedRecordColumns,
): Promise<T | null> {
  const repository = manager.getRepository(target);
  // Two admissions of one person to different institutions lock no common institution row: lock the person.
  await lockSubject(manager, repository.metadata.tableName, personKey);
  return repository
    .createQueryBuilder('record')
    .where('record.personKey = :personKey', { personKey })
    .andWhere(`(record.${end} IS NULL OR record.${end} > :from OR record.${start} >= :from)`, { from })
    .orderBy(`record.${start}`, 'ASC')
    .getOne();
}

/**
 * The most beds of an institution occupied on any day from `from` on, by stays of one table: one
 * SQL statement over the admission days. A bed is free again on its discharge day.
 */
export async function peakOccupancyFrom(
  manager: EntityManager,
  table: 'hospital_stay' | 'hospice_stay',
  medicalInstitutionCode: string,
  from: string,
): Promise<number> {
  const rows: Array<{ peak: string | number | null }> = await manager.query(
    `SELECT MAX(occupied) AS peak FROM (
       SELECT candidate.onDay AS onDay, COUNT(stay.id) AS occupied
       FROM (SELECT ? AS onDay UNION SELECT admittedOn FROM ${table} WHERE medicalInstitutionCode = ? AND admittedOn > ?) candidate
       JOIN ${table} stay ON stay.medicalInstitutionCode = ? AND stay.admittedOn <= candidate.onDay AND (stay.dischargedOn IS NULL OR stay.dischargedOn > candidate.onDay)
       GROUP BY candidate.onDay
     ) peaks`,
    [from, medicalInstitutionCode, from, medicalInstitutionCode],
  );
  return Number(rows[0]?.peak ?? 0);
}

/** Refuses an admission that would put more patients in an institution's beds than its stock, on any day from the admission on. */
export async function checkFreeBed(
  manager: EntityManager,
  table: 'hospital_stay' | 'hospice_stay',
  institution: { code: string; name: string },
  stock: number,
  admittedOn: string,
  what: string,
): Promise<void> {
  const peak = await peakOccupancyFrom(manager, table, institution.code, admittedOn);
  if (peak >= stock)
    throw new ConflictError(
      `all ${stock} ${what} of ${institution.name} are occupied on or after ${admittedOn}`,
      'medicalInstitutionCode',
    );
}
