import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * Special-difficulty elders visited per month and district (indicator 9's numerator), kept by
 * triggers on `care_visit_month` (`figure-tallies.ts`): a month at 800,000 elders has 420,000 such
 * rows to count. Not in the graph.
 */
@Entity('visit_month_tally')
export class VisitMonthTally {
  /** The calendar month, `YYYY-MM`. */
  @PrimaryColumn({ type: 'varchar', length: 7 })
  month: string;

  @PrimaryColumn({ type: 'varchar', length: 12 })
  districtCode: string;

  @Column({ type: 'int' })
  visited: number;
}
