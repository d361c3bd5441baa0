import { AsyncLocalStorage } from 'node:async_hooks';
import type { EntityManager, QueryRunner } from 'typeorm';
import type { ClassType } from '../class-type';
import { currentWriteRequestId } from '../audit/write-audit';
import { lockSubject } from '../db/key-lock';
import type { ChangeOperation } from './change-operation.enum';
import { ChangeRecord } from './change-record.entity';

export interface PendingChange {
  entityType: string;
  recordId: string;
  operation: ChangeOperation;
}

/** Changes noted in a transaction and not yet written: written just before it commits, dropped if it rolls back. */
const pending = new WeakMap<QueryRunner, PendingChange[]>();

/**
 * Rows per INSERT of the log: a 10,000-item bulk load writes 10 statements, and 1,000 rows of
 * four parameters stay far under SQLite's 32,766 bound variables.
 */
const ROWS_PER_STATEMENT = 1000;

/** Notes a change of the transaction running on `queryRunner`, to be logged when it commits. */
export function noteChange(queryRunner: QueryRunner, change: PendingChange): void {
  const changes = pending.get(queryRunner);
  if (changes) changes.push(change);
  else pending.set(queryRunner, [change]);
}

/**
 * Writes the transaction's noted changes as multi-row INSERTs, just before it commits. The lock
 * makes writers append one after another up to their COMMIT, so sequence numbers become visible in
 * order and a reader's cursor never passes a number a slower transaction has yet to commit (the
 * embedded database runs one transaction at a time already). `changedAt` is taken under it too,
 * so it grows with the sequence.
 */
export async function flushChanges(manager: EntityManager, queryRunner: QueryRunner): Promise<void> {
  const changes = pending.get(queryRunner);
  pending.delete(queryRunner);
  if (!changes?.length) return;
  await lockSubject(manager, 'change-log', 'append');
  const changedAt = new Date().toISOString();
  const requestId = currentWriteRequestId();
  for (let start = 0; start < changes.length; start += ROWS_PER_STATEMENT) {
    await manager
      .createQueryBuilder()
      .insert()
      .into(ChangeRecord)
      .values(changes.slice(start, start + ROWS_PER_STATEMENT).map((change) => ({ ...change, changedAt, requestId })))
      .updateEntity(false)
      .callListeners(false)
      .execute();
  }
}

/** Forgets the changes of a transaction that rolled back: they did not happen. */
export function dropChanges(queryRunner: QueryRunner): void {
  pending.delete(queryRunner);
}

const unrecorded = new AsyncLocalStorage<true>();

/** Starts and ends of unlogged work in this process, so that a mark taken during a seeding differs from one after it. */
let unloggedRuns = 0;

/**
 * Runs work whose writes are not changes to report: seeding a new database with the synthetic
 * city or its reference data. A system keeping in step reads the records once, then follows the feed.
 */
export function withoutChangeLog<T>(work: () => Promise<T>): Promise<T> {
  unloggedRuns += 1;
  return unrecorded.run(true, work).finally(() => {
    unloggedRuns += 1;
  });
}

/**
 * Where a department's records stand: its last logged change, and this process's unlogged runs.
 * Every write logs its changes in its own transaction, in commit order, so two equal marks mean no
 * write committed in between — on every instance sharing the database, which is why it is read
 * from the database and not kept in memory.
 */
export async function changeLogMark(manager: EntityManager): Promise<string> {
  const row = await manager
    .createQueryBuilder(ChangeRecord, 'change')
    .select('MAX(change.sequence)', 'last')
    .getRawOne<{ last: number | string | null }>();
  return `${unloggedRuns}:${row?.last ?? 0}`;
}

export function isChangeLogSuspended(): boolean {
  return unrecorded.getStore() === true;
}

/**
 * Whether a subgraph keeps a change log and serves its feed: those that hold records of their own.
 * The joint meeting holds none (it composes the departments' figures), so it has neither.
 */
export function keepsChangeLog(definition: { entities: readonly ClassType[] }): boolean {
  return definition.entities.length > 0;
}
