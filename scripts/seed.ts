import 'reflect-metadata';
import { readSubgraphConfig } from '../subgraphs/shared/config/subgraph-config';
import { ensureMysqlDatabase } from '../subgraphs/shared/db/mysql-admin';
import { createLogger } from '../subgraphs/shared/logging/logger';
import { formatSeedReports, prepareDepartmentData, type SeedReport } from '../subgraphs/shared/seed/prepare-database';
import { DEFAULT_RANDOM_SEED, DEFAULT_SEED_ELDERS } from '../subgraphs/shared/seed/seed-options';
import { exitWithError } from '../subgraphs/shared/server/process-lifecycle';
import { openDepartmentDatabase } from '../subgraphs/shared/server/start-subgraph';
import { selectedSubgraphs } from '../subgraphs/registry';
import { cliArgs } from './cli-args';

/**
 * Seeds the configured databases (the embedded files under DATA_DIR, or MYSQL_URL's) without starting
 * any service, and prints rows, seconds and rows per second per department. A department already
 * holding data is left alone unless `--reseed` is given: `npm run seed -- --elders 800000 --reseed`.
 * `HUB_SUBGRAPHS` picks departments as for the hub; `--random-seed` as for `npm start`.
 */
async function main(): Promise<void> {
  const args = cliArgs();
  const elders = Math.max(1, args.integer('elders', DEFAULT_SEED_ELDERS));
  const reports: SeedReport[] = [];
  for (const definition of selectedSubgraphs(process.env)) {
    if (!definition.seed) continue;
    const config = readSubgraphConfig(definition.department, process.env);
    const log = createLogger(definition.department, config.logLevel);
    // Outside production the server may create the department's database, as the tests and bench do.
    if (config.database.kind === 'mysql' && config.mode !== 'production')
      await ensureMysqlDatabase(config.database.url, config.database.database);
    const { dataSource } = await openDepartmentDatabase(definition, config, log);
    try {
      const report = await prepareDepartmentData(definition, dataSource, config, {
        elders,
        randomSeed: args.integer('random-seed', DEFAULT_RANDOM_SEED),
        reseed: args.flag('reseed'),
        personKeySecret: config.personKeySecret,
        log,
      });
      if (report) reports.push(report);
      else process.stdout.write(`${definition.department}: already seeded, left as it is (--reseed starts afresh)\n`);
    } finally {
      await dataSource.destroy();
    }
  }
  process.stdout.write(formatSeedReports(reports, elders));
}

main().catch(exitWithError());
