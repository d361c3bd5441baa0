import type { Logger } from '../logging/logger';

/** How much synthetic data to generate; the same options give the same data in every department. */
export interface SeedOptions {
  /** Number of synthetic elders in the city (default small; 800,000 for the benchmark). */
  elders: number;
  /** Seed of the deterministic random generator. */
  randomSeed: number;
  personKeySecret: string;
  log: Logger;
}

export const DEFAULT_SEED_ELDERS = 5000;
export const DEFAULT_RANDOM_SEED = 20251;
