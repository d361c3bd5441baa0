import fs from 'node:fs';
import path from 'node:path';
import { DataSource, type EntitySubscriberInterface, type MixedList, type EntitySchema } from 'typeorm';
import type { Database } from 'better-sqlite3';
import type { ClassType } from '../class-type';
import type { DatabaseConfig } from '../config/subgraph-config';
import { keyAuditSubjectsByDay } from '../audit/audit-subject-upgrade';
import type { Logger } from '../logging/logger';
import { AbandonedRequestGuard } from './abandoned-requests';
import { SqlLogger, sqlTimingSubscriber } from './sql-logger';

export interface DepartmentDatabase {
  dataSource: DataSource;
  sql: SqlLogger;
}

interface Options {
  entities: MixedList<ClassType | string | EntitySchema>;
  migrations: MixedList<ClassType | string>;
  log: Logger;
  /** The department's own subscribers (its change capture), beside those every database has. */
  subscribers?: Array<new () => EntitySubscriberInterface>;
  /**
   * MySQL only: every transaction at this level instead of the server's REPEATABLE READ (one `SET
   * TRANSACTION` more each). A department whose triggers read other rows as they write needs READ
   * COMMITTED: under REPEATABLE READ those reads, and a DELETE by a secondary key, take gap locks, and
   * two writes to neighbouring keys deadlock. Its guards must then be locks on keys (`rowLock` by
   * primary key, `lockSubject`), never a range read meant to stop another's insert.
   */
  transactionIsolation?: 'READ COMMITTED';
}

const SLOW_QUERY_MS = 500;

/**
 * One department's own database. Embedded files are created from the entities (`synchronize`),
 * which is for the demo and tests only; MySQL schemas change only through migrations.
 */
export function createDepartmentDatabase(
  config: DatabaseConfig,
  { entities, migrations, log, subscribers = [], transactionIsolation }: Options,
): DepartmentDatabase {
  const sql = new SqlLogger(log);
  const common = {
    entities,
    migrations,
    subscribers: [AbandonedRequestGuard, sqlTimingSubscriber(log), ...subscribers],
    logger: sql,
    maxQueryExecutionTime: SLOW_QUERY_MS,
  };
  if (config.kind === 'embedded') {
    fs.mkdirSync(path.dirname(config.file), { recursive: true });
    const dataSource = new DataSource({
      ...common,
      type: 'better-sqlite3',
      database: config.file,
      synchronize: true,
      enableWAL: true,
      // Stated, not left to better-sqlite3's build (which picks NORMAL for WAL): every commit is atomic
      // and survives the process crashing; a power cut may lose the commits since the last checkpoint.
      // No fsync per commit, so an audit entry costs a transaction, not a disk flush (README, "Audit trail").
      prepareDatabase: (database: Database) => {
        database.pragma('synchronous = NORMAL');
        keyAuditSubjectsByDay(database);
      },
      timeout: 10_000,
    });
    return { dataSource, sql };
  }
  const dataSource = new DataSource({
    ...common,
    type: 'mariadb',
    url: config.url,
    synchronize: false,
    migrationsTableName: 'schema_migrations',
    timezone: 'Z',
    charset: 'utf8mb4_unicode_ci',
    dateStrings: ['DATE'],
    supportBigNumbers: true,
    bigNumberStrings: false,
    connectTimeout: 10_000,
    extra: { connectionLimit: config.poolSize },
    isolationLevel: transactionIsolation,
  });
  return { dataSource, sql };
}

/** Connects, retrying while the database server is still starting (containers start in any order). */
export async function connectWithRetry(
  dataSource: DataSource,
  log: Logger,
  attempts = 10,
  delayMs = 2000,
): Promise<void> {
  for (let attempt = 1; ; attempt++) {
    try {
      await dataSource.initialize();
      return;
    } catch (error) {
      if (attempt >= attempts || !isUnreachable(error)) throw error;
      log.warn('database not reachable yet, retrying', { attempt, attempts, error: (error as Error).message });
      await new Promise((resolve) => setTimeout(resolve, delayMs));
    }
  }
}

const UNREACHABLE = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'PROTOCOL_CONNECTION_LOST',
  'ER_CON_COUNT_ERROR',
]);

/** Only a server that is not answering yet is worth waiting for; a wrong schema or password is not. */
function isUnreachable(error: unknown): boolean {
  return UNREACHABLE.has((error as { code?: string })?.code ?? '');
}
