import Database, { type Statement } from 'better-sqlite3';
import { parentPort, workerData } from 'node:worker_threads';

/** What the writer thread builds: its side file, the tables' DDL, and their indexes' (made once the rows are in). */
export interface BesideWork {
  file: string;
  tables: string[];
  indexes: string[];
}

/** Rows of one table that give the same columns. */
export interface BesideBatch {
  /** `INSERT INTO "table" ("a", "b")`, without VALUES. */
  insert: string;
  /** Values per row. */
  width: number;
  /** The rows' values one after another, as the embedded driver binds them. */
  values: unknown[];
}

/** The thread's answers: a batch written, or the side file complete; the caller sends `finish` once. */
export type BesideMessage = 'written' | 'finish' | 'finished';

/** Rows per multi-row INSERT: fewer calls into SQLite than a statement per row, well under its 32,766 bound values. */
const ROWS_PER_STATEMENT = 64;

/** Page cache of the side file, allocated as it fills. */
const CACHE_MB = 2048;

const work = workerData as BesideWork;
const database = new Database(work.file);
// A scratch file: nothing to recover if the seeding stops, which deletes it. (OFF is refused by the
// driver's defensive mode, and would silently leave a journal on disk.)
database.pragma('journal_mode = MEMORY');
database.pragma('synchronous = OFF');
// Pages for the whole side file (about 1.3 GB at 800,000 elders): its unique keys (person keys) go in at
// random places, and once their index pages fall out of a smaller cache every row reads pages back.
database.pragma(`cache_size = ${-CACHE_MB * 1024}`);
for (const sql of work.tables) database.exec(sql);
database.exec('BEGIN');

const statements = new Map<string, Statement>();
function statementFor(batch: BesideBatch, rows: number): Statement {
  const key = `${rows} ${batch.insert}`;
  let statement = statements.get(key);
  if (!statement) {
    const tuple = `(${Array.from({ length: batch.width }, () => '?').join(', ')})`;
    statement = database.prepare(`${batch.insert} VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}`);
    statements.set(key, statement);
  }
  return statement;
}

parentPort!.on('message', (message: BesideBatch | BesideMessage) => {
  if (message === 'finish') {
    for (const sql of work.indexes) database.exec(sql);
    database.exec('COMMIT');
    database.close();
    parentPort!.postMessage('finished' satisfies BesideMessage);
    return;
  }
  if (typeof message === 'string') return;
  const { width, values } = message;
  const step = width * ROWS_PER_STATEMENT;
  let start = 0;
  for (; start + step <= values.length; start += step)
    statementFor(message, ROWS_PER_STATEMENT).run(values.slice(start, start + step));
  for (; start < values.length; start += width) statementFor(message, 1).run(values.slice(start, start + width));
  parentPort!.postMessage('written' satisfies BesideMessage);
});
