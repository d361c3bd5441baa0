import type { DataSource } from 'typeorm';
import { withoutChangeLog } from '../changes/change-log';
import { dropTallyTriggers, ensureTallyTriggers } from '../db/tally-triggers';
import { releaseWalCheckpoints } from '../db/wal-checkpointer';
import type { SubgraphConfig } from '../config/subgraph-config';
import type { Department } from '../departments';
import type { SeedOptions } from './seed-options';
import type { SubgraphDefinition } from '../subgraph/subgraph-definition';

/** What one department's seeding wrote and how long it took: the figures `npm run seed` and the benchmark print. */
export interface SeedReport {
  department: Department;
  /** Rows in the department's tables once seeded (reference data included). */
  rows: number;
  seconds: number;
}

/**
 * A department's data as a hub starts it: the synthetic city when `elders` > 0 (seeded if empty or
 * when reseeding), otherwise the reference data alone. The synthetic city is where the change log
 * starts, not changes in it. Returns the seeding figures when it seeded.
 */
export async function prepareDepartmentData<Loaders>(
  definition: SubgraphDefinition<Loaders>,
  dataSource: DataSource,
  config: SubgraphConfig,
  options: SeedOptions & { reseed: boolean },
): Promise<SeedReport | null> {
  return withoutChangeLog(async () => {
    if (options.elders > 0) return seedIfEmpty(definition, dataSource, config, options);
    await definition.seedReferenceData?.(dataSource);
    return null;
  });
}

/**
 * Seeds a department's database if it is empty, or wipes and reseeds it when asked; null when it
 * was left as it was. Wiping rebuilds the schema the way the mode builds it: entities (embedded) or
 * migrations (MySQL).
 */
export async function seedIfEmpty<Loaders>(
  definition: SubgraphDefinition<Loaders>,
  dataSource: DataSource,
  config: SubgraphConfig,
  options: SeedOptions & { reseed: boolean },
): Promise<SeedReport | null> {
  if (!definition.seed || !definition.isSeeded) return null;
  if (options.reseed) {
    await dataSource.dropDatabase();
    if (config.database.kind === 'mysql') await dataSource.runMigrations({ transaction: 'each' });
    else await dataSource.synchronize();
  } else if (await definition.isSeeded(dataSource)) {
    return null;
  }
  const started = process.hrtime.bigint();
  const restore = config.database.kind === 'embedded' ? await loadingPragmas(dataSource) : null;
  // Recounted once at the end: a trigger firing for each of millions of rows costs more. A seeding
  // that fails leaves them dropped, and the next start makes them and recounts.
  if (definition.tallies) await dropTallyTriggers(dataSource, definition.tallies);
  try {
    await definition.seed(dataSource, options);
  } finally {
    await restore?.();
  }
  if (definition.tallies) await ensureTallyTriggers(dataSource, definition.tallies, options.log);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const rows = await countRows(dataSource);
  options.log.info('seeded', { elders: options.elders, rows, seconds: Math.round(seconds * 10) / 10 });
  return { department: definition.department, rows, seconds };
}

/** Page cache while loading (the default is 2 MB): index pages of a large load stay in memory. */
const LOADING_CACHE_MB = 256;

/**
 * Sets the embedded database up for a bulk load into a fresh file, and returns what restores the
 * service's settings. The rollback journal is kept in memory instead of the write-ahead log, so every
 * page is written once into the database (the log would take the whole load and copy it again at the
 * checkpoint), and nothing is synced until the end: a crash during seeding loses the seeding, which
 * `--reseed` starts again, and a failed seed still rolls back.
 */
async function loadingPragmas(dataSource: DataSource): Promise<() => Promise<void>> {
  const read = async (pragma: string) =>
    String(Object.values((await dataSource.query<Array<Record<string, unknown>>>(`PRAGMA ${pragma}`))[0])[0]);
  const before = {
    journal_mode: await read('journal_mode'),
    synchronous: await read('synchronous'),
    cache_size: await read('cache_size'),
  };
  // Out of WAL mode only with the file to itself: the checkpointer's connection lets go meanwhile.
  const resumeCheckpoints = await releaseWalCheckpoints(String(dataSource.options.database));
  try {
    await dataSource.query('PRAGMA journal_mode = MEMORY');
  } catch (error) {
    resumeCheckpoints();
    throw error;
  }
  await dataSource.query('PRAGMA synchronous = OFF');
  await dataSource.query(`PRAGMA cache_size = ${-LOADING_CACHE_MB * 1024}`);
  return async () => {
    try {
      await dataSource.query(`PRAGMA journal_mode = ${before.journal_mode}`);
      await dataSource.query(`PRAGMA synchronous = ${before.synchronous}`);
      await dataSource.query(`PRAGMA cache_size = ${before.cache_size}`);
    } finally {
      resumeCheckpoints();
    }
  };
}

/** Rows in every table of the department's entities (views left out). */
async function countRows(dataSource: DataSource): Promise<number> {
  let rows = 0;
  for (const metadata of dataSource.entityMetadatas) {
    if (metadata.tableType === 'view') continue;
    const [{ count }] = await dataSource.query<Array<{ count: number | string }>>(
      `SELECT COUNT(*) AS count FROM ${dataSource.driver.escape(metadata.tablePath)}`,
    );
    rows += Number(count);
  }
  return rows;
}

/**
 * The seeding figures as a table: rows, seconds and rows per second, per department and in all. With
 * `wallSeconds` (departments seeded side by side), the total is the elapsed time, not the sum.
 */
export function formatSeedReports(reports: SeedReport[], elders: number, wallSeconds?: number): string {
  if (!reports.length) return '';
  const lines = [['department', 'rows', 'seconds', 'rows/s']];
  const row = (name: string, rows: number, seconds: number) =>
    lines.push([
      name,
      rows.toLocaleString('en'),
      seconds.toFixed(1),
      Math.round(rows / Math.max(seconds, 0.001)).toLocaleString('en'),
    ]);
  for (const report of reports) row(report.department, report.rows, report.seconds);
  const sum = reports.reduce((total, r) => total + r.seconds, 0);
  row(
    wallSeconds === undefined ? 'all departments' : 'all departments, elapsed',
    reports.reduce((total, r) => total + r.rows, 0),
    wallSeconds ?? sum,
  );
  const width = lines[0].map((_, c) => Math.max(...lines.map((l) => l[c].length)));
  return (
    `Seeding ${elders.toLocaleString('en')} elders\n` +
    lines
      .map((l) => l.map((cell, c) => (c === 0 ? cell.padEnd(width[c]) : cell.padStart(width[c]))).join('  '))
      .join('\n') +
    '\n'
  );
}
