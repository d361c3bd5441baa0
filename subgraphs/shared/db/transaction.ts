import type { DataSource, EntityManager, FindOneOptions } from 'typeorm';

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs a write in one transaction. MySQL isolates concurrent transactions itself (with the row
 * locks from `rowLock`); the embedded database has a single connection that TypeORM shares, so its
 * transactions are queued here one after another instead of interleaving on that connection.
 */
export function transaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  if (dataSource.options.type !== 'better-sqlite3') return dataSource.transaction(work);
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => dataSource.transaction(work));
  queues.set(dataSource, next);
  return next;
}

/** `SELECT … FOR UPDATE` where the database has row locks; the embedded database is serialised by `transaction` instead. */
export function rowLock(manager: EntityManager): Pick<FindOneOptions, 'lock'> {
  return manager.connection.options.type === 'better-sqlite3' ? {} : { lock: { mode: 'pessimistic_write' } };
}
