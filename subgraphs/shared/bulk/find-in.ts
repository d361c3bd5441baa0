import { In, type EntityManager, type EntityTarget, type ObjectLiteral } from 'typeorm';
import { rowLock } from '../db/row-lock';
import { chunksOf } from './bulk-limits';

/** Rows per IN (...) list: well under SQLite's and MySQL's bound-variable limits. */
export const IN_LIST_SIZE = 5_000;

/**
 * The records whose `column` is one of `values`, in one IN (...) query per few thousand values;
 * with `lock`, locked as the single writes lock the one record they guard (`rowLock`), in key order.
 */
export async function findIn<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  column: keyof T & string,
  values: readonly unknown[],
  { lock = false } = {},
): Promise<T[]> {
  const distinct = [...new Set(values)];
  if (lock) distinct.sort();
  const found: T[] = [];
  for (const chunk of chunksOf(distinct, IN_LIST_SIZE))
    found.push(
      ...(await manager.find(target, { where: { [column]: In(chunk) } as never, ...(lock ? rowLock(manager) : {}) })),
    );
  return found;
}
