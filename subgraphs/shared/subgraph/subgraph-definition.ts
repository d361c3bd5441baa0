import type { DataSource } from 'typeorm';
import type { ClassType } from '../class-type';
import type { AccessPolicy } from '../auth/access-policy';
import type { SchemaParts } from '../schema/build-subgraph-schema';
import type { TallySet } from '../db/tally-triggers';
import type { SeedOptions } from '../seed/seed-options';

/** Everything the shared kit needs to serve one department: its tables, its graph and its per-request loaders. */
export interface SubgraphDefinition<Loaders> extends SchemaParts {
  /** Who may read and write what: the rules the department's fields name in `@Authorized`. */
  policy: AccessPolicy;
  entities: ClassType[];
  migrations: ClassType[];
  createLoaders(dataSource: DataSource): Loaders;
  /**
   * Figures the department keeps in tables its triggers update as it writes: made sure of at every
   * start once the schema is up to date, and dropped for a seeding, which recounts at its end.
   */
  tallies?: TallySet;
  /** The isolation of the department's MySQL transactions, where not the server's (`createDepartmentDatabase`). */
  transactionIsolation?: 'READ COMMITTED';
  /** Reference data every environment needs, tests included (e.g. the division tree). */
  seedReferenceData?(dataSource: DataSource): Promise<void>;
  /** Fills an empty database with deterministic synthetic data for the embedded demo and the benchmark. */
  seed?(dataSource: DataSource, options: SeedOptions): Promise<void>;
  /** Whether the database already holds data, so a restart keeps it. */
  isSeeded?(dataSource: DataSource): Promise<boolean>;
}
