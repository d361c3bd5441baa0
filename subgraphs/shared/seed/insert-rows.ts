import type { Database, Statement } from 'better-sqlite3';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import type { ColumnMetadata } from 'typeorm/metadata/ColumnMetadata';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { DateUtils } from 'typeorm/util/DateUtils';
import { besideWriterOf } from './tables-beside';
import type { BesideBatch } from './tables-beside-worker';

/** Rows per multi-row INSERT on MySQL, and bound values per statement at most (the protocol's limit is 65,535). */
const MYSQL_ROWS_PER_STATEMENT = 2000;
const MYSQL_VALUES_PER_STATEMENT = 60_000;

/**
 * Seeding's bulk insert, for a transaction that is already open: each row is written as TypeORM's
 * insert builder would write it (the same columns and values: transformers, booleans, dates), but
 * without building SQL text per chunk. The embedded database runs one prepared statement per row on
 * the raw better-sqlite3 connection; MySQL gets multi-row INSERTs of a few thousand rows.
 * Entity listeners and subscribers are not called: seeding runs without the change log, and nothing
 * else listens to it. A column a row leaves undefined takes the table's default. A table handed to
 * a writer thread (`TablesBeside`) gets its rows' values sent there instead.
 */
export async function insertRows<T extends ObjectLiteral>(
  manager: EntityManager,
  target: EntityTarget<T>,
  rows: ReadonlyArray<QueryDeepPartialEntity<T>>,
): Promise<void> {
  if (!rows.length) return;
  if (!manager.queryRunner?.isTransactionActive)
    throw new Error('insertRows writes inside a transaction (seeding runs in one per department)');
  const { connection } = manager;
  const metadata = connection.getMetadata(target);
  const columns = metadata.columns.filter((column) => column.isInsert);
  for (const column of columns)
    if (column.isVersion || column.isDiscriminator || column.generationStrategy === 'uuid')
      throw new Error(`insertRows does not generate ${metadata.name}.${column.propertyPath}; use the insert builder`);
  const table = connection.driver.escape(metadata.tablePath);
  const names = columns.map((column) => connection.driver.escape(column.databaseName));
  const prepare = (row: ObjectLiteral) => persistentValues(manager, columns, row);
  const beside = besideWriterOf(manager, metadata.tablePath);
  if (beside) {
    // Consecutive rows of one shape make one batch for the writer thread.
    let batch: (BesideBatch & { shape: string }) | null = null;
    for (const row of rows) {
      const { shape, values } = prepare(row);
      if (batch && batch.shape !== shape) {
        await beside.send(metadata.tablePath, batch);
        batch = null;
      }
      batch ??= { shape, insert: insertHead(table, names, shape), width: values.length, values: [] };
      for (const value of values) batch.values.push(sqliteValue(value));
    }
    if (batch) await beside.send(metadata.tablePath, batch);
    return;
  }
  if (connection.options.type === 'better-sqlite3') {
    const database = (connection.driver as unknown as { databaseConnection: Database }).databaseConnection;
    const statements = new Map<string, Statement>();
    for (const row of rows) {
      const { shape, values } = prepare(row);
      let statement = statements.get(shape);
      if (!statement) {
        statement = database.prepare(insertSql(table, names, shape, 1));
        statements.set(shape, statement);
      }
      statement.run(values.map(sqliteValue));
    }
    return;
  }
  // Consecutive rows of one shape (the columns they give) share a statement.
  let pending: { shape: string; values: unknown[]; rows: number } | null = null;
  const flush = async () => {
    if (pending) await manager.query(insertSql(table, names, pending.shape, pending.rows), pending.values);
    pending = null;
  };
  for (const row of rows) {
    const { shape, values } = prepare(row);
    if (
      pending &&
      (pending.shape !== shape ||
        pending.rows >= MYSQL_ROWS_PER_STATEMENT ||
        pending.values.length + values.length > MYSQL_VALUES_PER_STATEMENT)
    )
      await flush();
    if (pending) {
      pending.values.push(...values);
      pending.rows += 1;
    } else pending = { shape, values, rows: 1 };
  }
  await flush();
}

/** A row's values for the columns it gives, and which those are ('1' per given column, '0' per default). */
function persistentValues(
  manager: EntityManager,
  columns: ColumnMetadata[],
  row: ObjectLiteral,
): { shape: string; values: unknown[] } {
  let shape = '';
  const values: unknown[] = [];
  for (const column of columns) {
    const value: unknown = column.getEntityValue(row);
    const persistent: unknown =
      value === undefined ? undefined : manager.connection.driver.preparePersistentValue(value, column);
    if (persistent === undefined) shape += '0';
    else {
      shape += '1';
      values.push(persistent);
    }
  }
  return { shape, values };
}

function insertSql(table: string, names: string[], shape: string, rows: number): string {
  const tuple = `(${Array.from(shape.replaceAll('0', ''), () => '?').join(', ')})`;
  return `${insertHead(table, names, shape)} VALUES ${Array.from({ length: rows }, () => tuple).join(', ')}`;
}

/** `INSERT INTO table (the columns the shape gives)`. */
function insertHead(table: string, names: string[], shape: string): string {
  return `INSERT INTO ${table} (${names.filter((_, i) => shape[i] === '1').join(', ')})`;
}

/** What TypeORM's SQLite driver binds for a value its column conversion left as is. */
function sqliteValue(value: unknown): unknown {
  if (typeof value === 'boolean') return value ? 1 : 0;
  if (value instanceof Date) return DateUtils.mixedDateToUtcDatetimeString(value);
  return value;
}
