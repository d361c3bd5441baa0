import { Column, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * One row per assessment of a moderate-or-worse level of an elder not special by household, with
 * the day the elder's next assessment replaced it and the elder's district, birth and death days:
 * the days the assessment makes its elder special-difficulty. Kept by triggers on `elder` and
 * `ability_assessment` (`figure-tallies.ts`), so the population figures read these rows instead of
 * joining every such assessment to its successor and its elder. Not in the graph.
 */
@Entity('assessed_special_span')
export class AssessedSpecialSpan {
  @PrimaryColumn({ type: 'int' })
  assessmentId: number;

  @Index()
  @Column({ type: 'varchar', length: 32 })
  personKey: string;

  @Column({ type: 'varchar', length: 12 })
  districtCode: string;

  @Column({ type: 'date' })
  birthDate: string;

  @Column({ type: 'date', nullable: true })
  deceasedOn: string | null;

  @Column({ type: 'date' })
  assessedOn: string;

  /** The day of the elder's next assessment (by day, then record number), or null while this is the latest. */
  @Column({ type: 'date', nullable: true })
  nextOn: string | null;
}
