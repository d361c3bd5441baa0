import { Column, Entity, PrimaryColumn } from 'typeorm';
import { LtciScheme } from '../enrolment/ltci-enrolment.enums';

/** The day an enrolment still ACTIVE carries as `lapsedOn`: a key column cannot be null, and it sorts after every day asked. */
export const STILL_ACTIVE = '9999-12-31';

/**
 * Enrolments counted by what measure 16's insured elders read of one — district, scheme, the first
 * day it counts (insured and its person 60) and the day it stopped (suspended or ended) — kept by
 * triggers on `ltci_enrolment` in the write's own transaction (`insured-elder-tallies.ts`): 83,000
 * rows at 800,000 elders, where the figure read 720,000 enrolments. Not in the graph.
 */
@Entity('insured_elder_tally')
export class InsuredElderTally {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  districtCode: string;

  @PrimaryColumn({ type: 'simple-enum', enum: LtciScheme })
  scheme: LtciScheme;

  /**
   * The later of the day insured (`since`) and the person's 60th birthday, as ISO text: the birthday
   * is the birth date's month and day 60 years on, which for 29 February in a common year is not a
   * date, and compares with the days asked exactly as the birth date does with `elderBornBy`.
   */
  @PrimaryColumn({ type: 'varchar', length: 10 })
  countsFrom: string;

  /** The day the current status (suspended, ended) took effect, or {@link STILL_ACTIVE}. */
  @PrimaryColumn({ type: 'date' })
  lapsedOn: string;

  /** Enrolments with these values; 0 once the last of them has changed. */
  @Column({ type: 'int' })
  persons: number;
}
