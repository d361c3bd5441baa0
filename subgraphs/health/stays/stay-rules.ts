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
  refuseIfFull(peak, institution, stock, admittedOn, what);
}

/** Refuses an admission on `admittedOn` when `peak` beds (the most occupied on any day from then on) already fill the stock. */
export function refuseIfFull(
  peak: number,
  institution: { code: string; name: string },
  stock: number,
  admittedOn: string,
  what: string,
): void {
  if (peak >= stock)
    throw new ConflictError(
      `all ${stock} ${what} of ${institution.name} are occupied on or after ${admittedOn}`,
      'medicalInstitutionCode',
    );
}

/**
 * `peakOccupancyFrom` over stays already read (a bulk load's, with the ones it is adding): the most
 * occupied on `from` or on any later admission day. A bed is free again on its discharge day.
 */
export function peakOccupancyIn(
  stays: ReadonlyArray<{ admittedOn: string; dischargedOn: string | null }>,
  from: string,
): number {
  let occupied = 0;
  // After `from`: a discharge (-1) and an admission (+1) on each day, discharges first (the bed is free that day).
  const changes: Array<[string, number]> = [];
  for (const { admittedOn, dischargedOn } of stays) {
    if (dischargedOn !== null && dischargedOn <= from) continue;
    if (admittedOn <= from) occupied++;
    else changes.push([admittedOn, 1]);
    if (dischargedOn !== null) changes.push([dischargedOn, -1]);
  }
  changes.sort(([a, da], [b, db]) => (a < b ? -1 : a > b ? 1 : da - db));
  let peak = occupied;
  for (const [, change] of changes) {
    occupied += change;
    if (occupied > peak) peak = occupied;
  }
  return peak;
}

/** `findOverlapping` over one elder's records already read: the earliest one that a new one from `from` would overlap. */
export function firstOverlapping<T extends ObjectLiteral>(
  records: readonly T[],
  from: string,
  { start, end }: BedRecordColumns,
): T | null {
  const overlapping = records.filter((record) => record[end] === null || record[end] > from || record[start] >= from);
  return overlapping.reduce<T | null>(
    (first, record) => (!first || record[start] < first[start] ? record : first),
    null,
  );
}
