import 'reflect-metadata';
import { readSubgraphConfig } from '../subgraphs/shared/config/subgraph-config';
import { ensureMysqlDatabase } from '../subgraphs/shared/db/mysql-admin';
import { formatSeedReports, type SeedReport } from '../subgraphs/shared/seed/prepare-database';
import { DEFAULT_RANDOM_SEED, DEFAULT_SEED_ELDERS } from '../subgraphs/shared/seed/seed-options';
import { exitWithError } from '../subgraphs/shared/server/process-lifecycle';
import { selectedSubgraphs } from '../subgraphs/registry';
import { cliArgs } from './cli-args';
import {
  type DepartmentSeeding,
  PARALLEL_SEEDING_FROM_ELDERS,
  seedDepartment,
  seedingWorkersAvailable,
  seedInWorkers,
} from './seed-departments';

/**
 * Seeds the configured databases (the embedded files under DATA_DIR, or MYSQL_URL's) without starting
 * any service, and prints rows, seconds and rows per second per department. A department already
 * holding data is left alone unless `--reseed` is given: `npm run seed -- --elders 800000 --reseed`.
 * `HUB_SUBGRAPHS` picks departments as for the hub; `--random-seed` as for `npm start`. From 50,000
 * elders the departments are seeded side by side in worker threads.
 */
async function main(): Promise<void> {
  const args = cliArgs();
  const elders = Math.max(1, args.integer('elders', DEFAULT_SEED_ELDERS));
  const seedings: DepartmentSeeding[] = [];
  for (const definition of selectedSubgraphs(process.env)) {
    if (!definition.seed) continue;
    const config = readSubgraphConfig(definition.department, process.env);
    // Outside production the server may create the department's database, as the tests and bench do.
    if (config.database.kind === 'mysql' && config.mode !== 'production')
      await ensureMysqlDatabase(config.database.url, config.database.database);
    seedings.push({
      department: definition.department,
      env: process.env,
      elders,
      randomSeed: args.integer('random-seed', DEFAULT_RANDOM_SEED),
      reseed: args.flag('reseed'),
    });
  }
  const started = process.hrtime.bigint();
  const reports: Array<SeedReport | null> = [];
  if (elders >= PARALLEL_SEEDING_FROM_ELDERS && seedingWorkersAvailable())
    reports.push(...(await seedInWorkers(seedings)));
  else for (const seeding of seedings) reports.push(await seedDepartment(seeding));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  seedings.forEach((seeding, i) => {
    if (!reports[i])
      process.stdout.write(`${seeding.department}: already seeded, left as it is (--reseed starts afresh)\n`);
  });
  process.stdout.write(
    formatSeedReports(
      reports.filter((report) => report !== null),
      elders,
      seconds,
    ),
  );
}

main().catch(exitWithError());
