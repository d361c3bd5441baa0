import type { EntityManager } from 'typeorm';
import type { Random } from '../../shared/seed/random';
import type { SeedOptions } from '../../shared/seed/seed-options';
import type { SyntheticCaregiver, SyntheticInstitution, SyntheticPerson } from '../../shared/seed/synthetic-world';
import type { AbilityLevel } from '../assessment/ability.enums';
import type { Elder } from '../elder/elder.entity';

/** What each civil-affairs module's seeder receives. Dates of seeded events are relative to `today`. */
export interface CivilAffairsSeedContext {
  manager: EntityManager;
  options: SeedOptions;
  /** The seeding day (ISO); events (stays, visits, allowances) are dated up to it. */
  today: string;
  institutions: SyntheticInstitution[];
  caregivers: SyntheticCaregiver[];
  /** A deterministic generator for one item of a named stream, e.g. `random('visit', elder.index)`. */
  random(stream: string, index?: number): Random;
}

/** An elder just inserted by the core seeder, with what the synthetic world knows of them. */
export interface SeededElder {
  elder: Elder;
  person: SyntheticPerson;
  /** Level of their latest ability assessment, or null if never assessed. */
  abilityLevel: AbilityLevel | null;
}

/** One module's seeding; the core seeder calls `seedOnce` after areas and institutions, then `seedForElders` per batch of elders. */
export interface CivilAffairsSeeder {
  /** Some modules only index the context in memory here, so a plain return is as good as a promise. */
  seedOnce?(context: CivilAffairsSeedContext): void | Promise<void>;
  seedForElders?(context: CivilAffairsSeedContext, elders: SeededElder[]): Promise<void>;
}
