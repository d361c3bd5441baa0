import type { EntityManager, FindOneOptions } from 'typeorm';

/** `SELECT … FOR UPDATE` where the database has row locks; the embedded database is serialised by `transaction` instead. */
export function rowLock(manager: EntityManager): Pick<FindOneOptions, 'lock'> {
  return manager.connection.options.type === 'better-sqlite3' ? {} : { lock: { mode: 'pessimistic_write' } };
}
