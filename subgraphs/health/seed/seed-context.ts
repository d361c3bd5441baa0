import type { EntityManager } from 'typeorm';
import type { Random } from '../../shared/seed/random';
import type { SeedOptions } from '../../shared/seed/seed-options';
import type { SyntheticMedicalInstitution } from '../../shared/seed/synthetic-medical-institutions';

/** What each health seeder receives. Dates of seeded events are relative to `today`. */
export interface HealthSeedContext {
  manager: EntityManager;
  options: SeedOptions;
  /** The seeding day (ISO). */
  today: string;
  medicalInstitutions: SyntheticMedicalInstitution[];
  /** A deterministic generator for one item of a named stream, e.g. `random('hospital-stay', person.index)`. */
  random(stream: string, index?: number): Random;
}
