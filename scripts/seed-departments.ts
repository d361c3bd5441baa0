import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { readSubgraphConfig } from '../subgraphs/shared/config/subgraph-config';
import type { Department } from '../subgraphs/shared/departments';
import { createLogger } from '../subgraphs/shared/logging/logger';
import { prepareDepartmentData, type SeedReport } from '../subgraphs/shared/seed/prepare-database';
import { openDepartmentDatabase } from '../subgraphs/shared/server/start-subgraph';
import { SUBGRAPHS } from '../subgraphs/registry';

/** One department to seed, with everything a worker thread needs to open its database on its own. */
export interface DepartmentSeeding {
  department: Department;
  env: NodeJS.ProcessEnv;
  elders: number;
  randomSeed: number;
  reseed: boolean;
}

/** Below this many elders a worker's start-up (loading the code again) costs more than seeding side by side saves. */
export const PARALLEL_SEEDING_FROM_ELDERS = 50_000;

const WORKER_FILE = path.join(__dirname, 'seed-worker.js');

/** Worker threads run compiled code: from `dist/` (npm start, bench, seed), not under ts-jest/swc. */
export function seedingWorkersAvailable(): boolean {
  return __filename.endsWith('.js') && fs.existsSync(WORKER_FILE);
}

/** Opens the department's database on its own connection, seeds it as asked, closes it. */
export async function seedDepartment(seeding: DepartmentSeeding): Promise<SeedReport | null> {
  const definition = SUBGRAPHS.find((subgraph) => subgraph.department === seeding.department)!;
  const config = readSubgraphConfig(seeding.department, seeding.env);
  const log = createLogger(seeding.department, config.logLevel);
  const { dataSource } = await openDepartmentDatabase(definition, config, log);
  try {
    return await prepareDepartmentData(definition, dataSource, config, {
      elders: seeding.elders,
      randomSeed: seeding.randomSeed,
      reseed: seeding.reseed,
      personKeySecret: config.personKeySecret,
      log,
    });
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Seeds departments side by side, one worker thread each and as many at once as the machine has
 * cores: they are separate databases, and seeding is CPU-bound (generating rows, SQLite's inserts
 * run on the calling thread). In the order given, so the largest (civil affairs) starts first.
 * Reports come back in the same order.
 */
export async function seedInWorkers(seedings: DepartmentSeeding[]): Promise<Array<SeedReport | null>> {
  const reports: Array<SeedReport | null> = new Array<SeedReport | null>(seedings.length).fill(null);
  let next = 0;
  const lane = async () => {
    while (next < seedings.length) {
      const index = next++;
      reports[index] = await inWorker(seedings[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(os.availableParallelism(), seedings.length) }, lane));
  return reports;
}

function inWorker(seeding: DepartmentSeeding): Promise<SeedReport | null> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(WORKER_FILE, { workerData: seeding });
    let report: SeedReport | null = null;
    worker.on('message', (message: SeedReport | null) => (report = message));
    worker.on('error', reject);
    worker.on('exit', (code) =>
      code === 0 ? resolve(report) : reject(new Error(`seeding ${seeding.department} stopped with exit code ${code}`)),
    );
  });
}
