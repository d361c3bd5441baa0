import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';

/**
 * Drops the secondary indexes of tables a seeding only writes, in its open transaction, and returns
 * what rebuilds them from their own saved definitions (same names, same SQL), once the rows are in:
 * building an index from a full table sorts once, where keeping it through the load inserts every
 * row's key at random places. A unique index rebuilt still refuses duplicates, so the check stays.
 * Embedded (SQLite) only, where DDL is transactional; on MySQL the indexes stay as they are.
 * A table the seeding reads back must not be named: its reads would scan it.
 */
export async function deferIndexes(
  manager: EntityManager,
  targets: Array<EntityTarget<ObjectLiteral>>,
): Promise<() => Promise<void>> {
  if (manager.connection.options.type !== 'better-sqlite3') return () => Promise.resolve();
  const tables = targets.map((target) => manager.connection.getMetadata(target).tablePath);
  // Indexes SQLite made for PRIMARY KEY and UNIQUE constraints have no SQL and cannot be dropped.
  const indexes = await manager.query<Array<{ name: string; sql: string }>>(
    `SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN (${tables.map(() => '?').join(', ')}) ORDER BY rowid`,
    tables,
  );
  for (const { name } of indexes) await manager.query(`DROP INDEX ${manager.connection.driver.escape(name)}`);
  return async () => {
    for (const { sql } of indexes) await manager.query(sql);
  };
}
