import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One row per elder and month with at least one caring visit, written in the visit's transaction:
 * indicator 9's records (special-difficulty elders visited in a month) are then a look-up per elder,
 * not a search of the visits, and its numerator a tally of these rows (`visit_month_tally`). Not in the graph.
 */
@Entity('care_visit_month')
@Index(['month', 'specialDifficulty', 'districtCode'])
export class CareVisitMonth {
  /** The calendar month, `YYYY-MM`. */
  @PrimaryColumn({ type: 'varchar', length: 7 })
  month: string;

  @PrimaryColumn({ type: 'varchar', length: 32 })
  personKey: string;

  /** The elder's district when visited (the visiting community's). */
  @Column({ type: 'varchar', length: 12 })
  districtCode: string;

  /** Whether any visit of the month found the elder special-difficulty that day. */
  @Column({ type: 'boolean' })
  specialDifficulty: boolean;
}

/** The month rows for a set of visits: one per elder and month, special if any of its visits was. */
export function visitMonthsOf(
  visits: ReadonlyArray<{ personKey: string; visitedOn: string; specialDifficulty: boolean }>,
  districtOf: (personKey: string) => string,
): CareVisitMonth[] {
  const months = new Map<string, CareVisitMonth>();
  for (const visit of visits) {
    const month = visit.visitedOn.slice(0, 7);
    const key = `${month}\u0000${visit.personKey}`;
    const row = months.get(key);
    if (row) row.specialDifficulty ||= visit.specialDifficulty;
    else
      months.set(
        key,
        Object.assign(new CareVisitMonth(), {
          month,
          personKey: visit.personKey,
          districtCode: districtOf(visit.personKey),
          specialDifficulty: visit.specialDifficulty,
        }),
      );
  }
  return [...months.values()];
}
