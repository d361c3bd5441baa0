import type { DataSource, EntityManager } from 'typeorm';
import type { Logger } from '../logging/logger';
import { plainTransaction } from './transaction';

/*
 * Figures a department keeps as it writes: triggers on its records update derived tables (counts
 * keyed by what a figure reads of a record) in the write's own transaction, so every write path —
 * the graph's mutations, bulk loads, SQL by hand — keeps them current, and a report for a day nobody
 * asked before reads them instead of every record. Triggers, not entities: the schema builders do not
 * make them, and the embedded database's `synchronize` drops them with a table it rebuilds; so every
 * start checks them (`ensureTallyTriggers`) and recounts the tables from the records when it had to
 * make them. A bulk load drops them first and has them made, with the recount, at its end.
 */

export type Dialect = 'sqlite' | 'mariadb';

export const dialectOf = (dataSource: DataSource): Dialect =>
  dataSource.options.type === 'better-sqlite3' ? 'sqlite' : 'mariadb';

export interface Trigger {
  /** Starts with its set's prefix and ends with its rule's version, so a changed rule replaces it. */
  name: string;
  table: string;
  event: 'INSERT' | 'UPDATE' | 'DELETE';
  /** Embedded only: the columns whose update fires it (MariaDB fires on every update). */
  ofColumns?: string[];
  statements: string[];
}

/** A department's tallies: its triggers (all named with `prefix`) and how to count the tables again from the records. */
export interface TallySet {
  prefix: string;
  triggers(dataSource: DataSource): Trigger[];
  recount(manager: EntityManager): Promise<void>;
}

/** One more in a tally row (`keys`: column → SQL value), made if missing, when `when` holds: the two databases spell an upsert differently. */
export function increment(
  dialect: Dialect,
  into: string,
  keys: Record<string, string>,
  count: string,
  when: string,
): string {
  const columns = [...Object.keys(keys), count].join(', ');
  const values = [...Object.values(keys), '1'].join(', ');
  // SQLite needs the SELECT's WHERE to read ON CONFLICT as the upsert, not a join's constraint.
  return dialect === 'sqlite'
    ? `INSERT INTO ${into} (${columns}) SELECT ${values} WHERE ${when} ON CONFLICT (${Object.keys(keys).join(', ')}) DO UPDATE SET ${count} = ${count} + 1`
    : `INSERT INTO ${into} (${columns}) SELECT ${values} FROM DUAL WHERE ${when} ON DUPLICATE KEY UPDATE ${count} = ${count} + 1`;
}

/** One less in a tally row, when `when` holds (the row is left at 0: readers skip it). */
export function decrement(into: string, keys: Record<string, string>, count: string, when: string): string {
  const match = Object.entries(keys)
    .map(([column, value]) => `${column} = ${value}`)
    .join(' AND ');
  return `UPDATE ${into} SET ${count} = ${count} - 1 WHERE ${match} AND ${when}`;
}

function createTrigger(dialect: Dialect, trigger: Trigger): string {
  const of = dialect === 'sqlite' && trigger.ofColumns ? ` OF ${trigger.ofColumns.join(', ')}` : '';
  // IF NOT EXISTS: instances of a department starting together may both find the triggers missing.
  return `CREATE TRIGGER IF NOT EXISTS ${trigger.name} AFTER ${trigger.event}${of} ON ${trigger.table} FOR EACH ROW
          BEGIN ${trigger.statements.map((statement) => `${statement};`).join('\n')} END`;
}

async function existingTriggers(manager: EntityManager, prefix: string): Promise<string[]> {
  const rows = await manager.query<Array<{ name: string }>>(
    dialectOf(manager.connection) === 'sqlite'
      ? `SELECT name FROM sqlite_master WHERE type = 'trigger' AND name LIKE '${prefix}%'`
      : `SELECT TRIGGER_NAME AS name FROM information_schema.TRIGGERS WHERE TRIGGER_SCHEMA = DATABASE() AND TRIGGER_NAME LIKE '${prefix}%'`,
  );
  // In LIKE an underscore matches any character: the prefix itself decides.
  return rows.map(({ name }) => name).filter((name) => name.startsWith(prefix));
}

/** Drops a set's triggers, for a bulk load that recounts at its end (`ensureTallyTriggers`): a trigger per row of millions costs more than one count. */
export async function dropTallyTriggers(dataSource: DataSource, tallies: TallySet): Promise<void> {
  for (const name of await existingTriggers(dataSource.manager, tallies.prefix))
    await dataSource.query(`DROP TRIGGER IF EXISTS ${name}`);
}

/**
 * Makes sure a set's current triggers are in place. When they are not (a new database, a table the
 * embedded schema rebuilt, a seeding, a new rule), replaces whatever triggers of the set there are
 * and recounts its tables from the records: in one transaction on the embedded database. MariaDB
 * commits trigger DDL by itself, so there the triggers come first and the recount after, in a
 * transaction of its own (triggers left without a recount are dropped again, for the next start to
 * retry); a write landing between the two is counted by the recount alone — run it, as a start does,
 * before the department takes writes.
 */
export async function ensureTallyTriggers(dataSource: DataSource, tallies: TallySet, log: Logger): Promise<void> {
  const dialect = dialectOf(dataSource);
  const wanted = tallies.triggers(dataSource);
  const present = await existingTriggers(dataSource.manager, tallies.prefix);
  if (present.length === wanted.length && wanted.every(({ name }) => present.includes(name))) return;
  const started = Date.now();
  const replace = async (manager: EntityManager) => {
    for (const name of present) await manager.query(`DROP TRIGGER IF EXISTS ${name}`);
    for (const trigger of wanted) await manager.query(createTrigger(dialect, trigger));
  };
  if (dialect === 'sqlite') {
    await plainTransaction(dataSource, async (manager) => {
      await replace(manager);
      await tallies.recount(manager);
    });
  } else {
    await replace(dataSource.manager);
    try {
      await plainTransaction(dataSource, (manager) => tallies.recount(manager));
    } catch (error) {
      await dropTallyTriggers(dataSource, tallies);
      throw error;
    }
  }
  log.info('tallies recounted', { tallies: tallies.prefix, triggers: wanted.length, ms: Date.now() - started });
}
