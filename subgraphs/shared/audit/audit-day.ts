import type { EntityManager } from 'typeorm';
import { AuditSubject } from './audit-record.entity';

const DAY_MS = 86_400_000;

/** The day of an entry's `recordedAt` (ISO 8601, UTC) in the trail's person index: whole days since 1970-01-01 UTC. */
export function auditDay(recordedAt: string): number {
  return Math.floor(Date.parse(recordedAt) / DAY_MS);
}

/**
 * The days an elder's entries are looked up on: every day from the trail's first to its last that
 * lies within `from` (inclusive) and `to` (exclusive), both ISO instants in UTC. Empty when the trail
 * names no person in that span. One index look-up per day: a year of trail is 365 of them.
 */
export function daysWithin(first: number, last: number, from?: string, to?: string): number[] {
  const start = from === undefined ? first : Math.max(first, auditDay(from));
  // `to` is exclusive: an instant at midnight ends the day before it.
  const end = to === undefined ? last : Math.min(last, Math.floor((Date.parse(to) - 1) / DAY_MS));
  return end < start ? [] : Array.from({ length: end - start + 1 }, (_, i) => start + i);
}

/** {@link daysWithin} the trail's first and last day as the person index holds them. */
export async function auditSubjectDays(manager: EntityManager, from?: string, to?: string): Promise<number[]> {
  // Each a single MIN or MAX of the key's first column: one look-up at either end of the index.
  const [first, last] = await Promise.all(
    (['MIN', 'MAX'] as const).map(async (aggregate) => {
      const row = await manager
        .createQueryBuilder(AuditSubject, 'subject')
        .select(`${aggregate}(subject.recordedDay)`, 'day')
        .getRawOne<{ day: number | string | null }>();
      return row?.day === null || row?.day === undefined ? undefined : Number(row.day);
    }),
  );
  return first === undefined || last === undefined ? [] : daysWithin(first, last, from, to);
}
