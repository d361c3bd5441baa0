import type { DataSource, EntityManager } from 'typeorm';
import { auditWrite } from '../audit/write-audit';
import { ConflictError } from '../errors/errors';
import { throwIfAbandoned } from './abandoned-requests';
import { retryingDeadlocks } from './deadlock';
import { idempotentWrite } from '../idempotency/idempotency-scope';
import { isUniqueViolation } from './unique-violation';

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs a write in one transaction, with its audit entry when it is a caller's mutation and its
 * idempotency key's claim and stored result when the caller sent one. MySQL
 * isolates concurrent transactions itself (with the row locks from `rowLock`); the embedded
 * database has a single connection that TypeORM shares, so its transactions are queued here one
 * after another instead of interleaving on that connection.
 */
export function transaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const audited = async (manager: EntityManager) => {
    const result = await idempotentWrite(manager, work);
    return { result, afterCommit: await auditWrite(manager, result) };
  };
  const committed = ({ result, afterCommit }: Awaited<ReturnType<typeof audited>>) => {
    afterCommit?.();
    return result;
  };
  // Checked here, not per statement: once begun, a transaction runs to its COMMIT or ROLLBACK.
  const begin = async () => {
    throwIfAbandoned();
    return dataSource.transaction(audited);
  };
  // A deadlock's victim runs again whole: its audit entry, key claim and change records with it.
  return inTurn(dataSource, () => retryingDeadlocks(begin).then(committed)).catch(asConflict);
}

/**
 * Runs work in one transaction of its own, and nothing else: no audit entry, idempotency key or
 * abandonment check of the request it serves (the audit's own batches, written for many requests).
 */
export function plainTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return inTurn(dataSource, () => retryingDeadlocks(() => dataSource.transaction(work)));
}

/** MySQL runs transactions side by side; the embedded database's share one connection, so they take turns. */
function inTurn<T>(dataSource: DataSource, run: () => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'better-sqlite3') return run();
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(run);
  queues.set(dataSource, next);
  return next;
}

/** A unique index that caught a duplicate the checks could not see (a concurrent write) is the caller's conflict, not an internal fault. */
function asConflict(error: unknown): never {
  if (isUniqueViolation(error))
    throw new ConflictError(
      'a record with the same key was written at the same time by another request; reload and try again',
    );
  throw error;
}
