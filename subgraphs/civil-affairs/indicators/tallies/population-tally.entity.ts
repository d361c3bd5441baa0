import { Column, Entity, PrimaryColumn } from 'typeorm';

/** The day a living elder's row carries as `deceasedOn`: a key column cannot be null, and it sorts after every day asked. */
export const ALIVE = '9999-12-31';

/**
 * The registry counted by what the joint meeting's population figures read of an elder — district,
 * birth day, death day, special difficulty by household — kept by triggers on `elder` in the write's
 * own transaction (`figure-tallies.ts`). Indicators count from its ~160,000 rows at 800,000 elders
 * instead of reading the registry twice. Not in the graph.
 */
@Entity('population_tally')
export class PopulationTally {
  @PrimaryColumn({ type: 'varchar', length: 12 })
  districtCode: string;

  @PrimaryColumn({ type: 'date' })
  birthDate: string;

  /** The day of death, or {@link ALIVE}. */
  @PrimaryColumn({ type: 'date' })
  deceasedOn: string;

  /** Special difficulty by household: a family-planning special family, or not living with family. */
  @PrimaryColumn({ type: 'boolean' })
  householdSpecial: boolean;

  /** Elders with these values; 0 once the last of them has changed. */
  @Column({ type: 'int' })
  elders: number;
}
