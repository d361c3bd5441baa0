import type { DataSource, EntityManager } from 'typeorm';
import { auditWrite } from '../audit/write-audit';

const queues = new WeakMap<DataSource, Promise<unknown>>();

/**
 * Runs a write in one transaction, with its audit entry when it is a caller's mutation. MySQL
 * isolates concurrent transactions itself (with the row locks from `rowLock`); the embedded
 * database has a single connection that TypeORM shares, so its transactions are queued here one
 * after another instead of interleaving on that connection.
 */
export function transaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  const audited = (manager: EntityManager) =>
    work(manager).then(async (result) => {
      await auditWrite(manager, result);
      return result;
    });
  if (dataSource.options.type !== 'better-sqlite3') return dataSource.transaction(audited);
  const previous = queues.get(dataSource) ?? Promise.resolve();
  const next = previous.catch(() => undefined).then(() => dataSource.transaction(audited));
  queues.set(dataSource, next);
  return next;
}
