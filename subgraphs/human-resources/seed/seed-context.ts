import type { EntityManager } from 'typeorm';
import type { Random } from '../../shared/seed/random';
import type { SeedOptions } from '../../shared/seed/seed-options';

/** What each human-resources seeder receives. Dates of seeded events are relative to `today`. */
export interface HumanResourcesSeedContext {
  manager: EntityManager;
  options: SeedOptions;
  /** The seeding day (ISO); events are dated up to it. */
  today: string;
  /** A deterministic generator for one item of a named stream, e.g. `random('certificate', caregiver.index)`. */
  random(stream: string, index?: number): Random;
}

/** The earlier of two ISO dates. */
export function earlier(a: string, b: string): string {
  return a < b ? a : b;
}

/** The later of two ISO dates. */
export function later(a: string, b: string): string {
  return a > b ? a : b;
}
