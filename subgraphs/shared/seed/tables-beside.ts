import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { BesideBatch, BesideMessage, BesideWork } from './tables-beside-worker';

/** Batches sent to the writer thread and not yet written, at most: bounds what a generator faster than the writer holds in memory. */
const BATCHES_IN_FLIGHT = 32;

const WORKER_FILE = path.join(__dirname, 'tables-beside-worker.js');

/** Name the side file has while attached to the department's connection for the final copy. */
const SIDE_SCHEMA = 'seeding_beside';

/** The open writers, by the transaction's manager, so `insertRows` sends their tables' rows there. */
const writers = new WeakMap<EntityManager, TablesBeside>();

/** The writer thread that takes a table's rows in this transaction, if one does. */
export function besideWriterOf(manager: EntityManager, tablePath: string): TablesBeside | undefined {
  const writer = writers.get(manager);
  return writer?.holds(tablePath) ? writer : undefined;
}

/**
 * Seeding's second core: the rows of tables a seeding only writes go to a worker thread that inserts
 * them into a side file (same tables, same indexes, built once the rows are in) while this thread goes
 * on generating, and are copied into the department's file at the end by `INSERT … SELECT *`, which
 * SQLite runs as a page-order transfer of the table and its indexes into the empty tables. SQLite has
 * one writer per file, so the split is by file. Rows reach the side file in the order they were sent,
 * so they get the row ids a direct insert would have given. Embedded databases with the compiled
 * thread only (a worker thread runs `dist/`); otherwise `start` does nothing and rows are inserted as before.
 */
export class TablesBeside {
  private worker: Worker | null = null;
  private file = '';
  private tables = new Set<string>();
  /** The tables in the order their first rows came. */
  private readonly firstWritten = new Set<string>();
  private inFlight = 0;
  private waiting: Array<() => void> = [];
  private failure: Error | null = null;
  private finished: Promise<void> | null = null;

  /** `workerFile`: the thread's compiled code, which `dist/` has next to this file (a test may compile its own). */
  constructor(
    private readonly dataSource: DataSource,
    private readonly workerFile = WORKER_FILE,
  ) {}

  /** Starts the writer thread for these tables (empty, and read by nothing until the copy) in the open transaction. */
  async start(manager: EntityManager, targets: Array<EntityTarget<ObjectLiteral>>): Promise<void> {
    const database = this.dataSource.options.database;
    if (this.dataSource.options.type !== 'better-sqlite3' || typeof database !== 'string' || database === ':memory:')
      return;
    if (!this.workerFile.endsWith('.js') || !fs.existsSync(this.workerFile)) return;
    this.tables = new Set(targets.map((target) => manager.connection.getMetadata(target).tablePath));
    const schema = await manager.query<Array<{ type: string; sql: string }>>(
      `SELECT type, sql FROM sqlite_master WHERE sql IS NOT NULL AND tbl_name IN (${[...this.tables].map(() => '?').join(', ')}) ORDER BY rowid`,
      [...this.tables],
    );
    this.file = `${database}.seeding-beside`;
    fs.rmSync(this.file, { force: true });
    const work: BesideWork = {
      file: this.file,
      tables: schema.filter((entry) => entry.type === 'table').map((entry) => entry.sql),
      indexes: schema.filter((entry) => entry.type === 'index').map((entry) => entry.sql),
    };
    const worker = new Worker(this.workerFile, { workerData: work });
    this.worker = worker;
    this.finished = new Promise((resolve, reject) => {
      worker.on('message', (message: BesideMessage) => {
        if (message === 'written') {
          this.inFlight -= 1;
          this.waiting.shift()?.();
        } else resolve();
      });
      worker.on('error', (error) => {
        this.failure = error;
        reject(error);
        for (const wake of this.waiting.splice(0)) wake();
      });
      worker.on('exit', (code) => {
        if (code !== 0) reject(new Error(`the seeding's writer thread stopped with exit code ${code}`));
      });
    });
    // Reject is seen by `copyIn`; without a handler until then an early failure would end the process.
    this.finished.catch(() => undefined);
    writers.set(manager, this);
  }

  /** Whether a writer thread takes the tables (embedded, compiled code). */
  get running(): boolean {
    return this.worker !== null;
  }

  holds(tablePath: string): boolean {
    return this.worker !== null && this.tables.has(tablePath);
  }

  /** Sends one table's rows (their bound values, `width` a row) and waits only when too many batches are unwritten. */
  async send(tablePath: string, batch: BesideBatch): Promise<void> {
    this.throwIfFailed();
    this.firstWritten.add(tablePath);
    this.worker!.postMessage(batch);
    this.inFlight += 1;
    if (this.inFlight > BATCHES_IN_FLIGHT) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.throwIfFailed();
  }

  /** A failed writer thread ends the seeding at the next batch, not at the copy minutes later. */
  private throwIfFailed(): void {
    if (this.failure) throw this.failure;
  }

  /** Waits for the writer to finish the side file (rows, then indexes), and copies its tables into the department's. */
  async copyIn(manager: EntityManager): Promise<void> {
    if (!this.worker) return;
    writers.delete(manager);
    this.worker.postMessage('finish' satisfies BesideMessage);
    await this.finished;
    await manager.query(`ATTACH DATABASE ? AS ${SIDE_SCHEMA}`, [this.file]);
    // In the order of their first rows, as a direct insert would have listed them in sqlite_sequence.
    for (const table of new Set([...this.firstWritten, ...this.tables])) {
      const name = manager.connection.driver.escape(table);
      await manager.query(`INSERT INTO main.${name} SELECT * FROM ${SIDE_SCHEMA}.${name}`);
    }
  }

  /** After the transaction (SQLite detaches no file a transaction has read): detaches and deletes the side file, stops the thread if it still runs. */
  async close(): Promise<void> {
    if (!this.worker) return;
    await this.worker.terminate();
    const attached = await this.dataSource.query<Array<{ name: string }>>('PRAGMA database_list');
    if (attached.some((entry) => entry.name === SIDE_SCHEMA))
      await this.dataSource.query(`DETACH DATABASE ${SIDE_SCHEMA}`);
    fs.rmSync(this.file, { force: true });
    this.worker = null;
  }
}
