import type { DataSource, EntityManager } from 'typeorm';
import { AuditChainHead, AuditRecord, AuditSubject } from './audit-record.entity';

/** The columns of an entry's row, in the order its INSERT binds them. */
const RECORD_COLUMNS = [
  'sequence',
  'recordedAt',
  'callerId',
  'callerRole',
  'callerDepartment',
  'operation',
  'kind',
  'personKeys',
  'recordIds',
  'fields',
  'requestId',
  'previousHash',
  'hash',
  'keyId',
] as const satisfies ReadonlyArray<keyof AuditRecord>;

/** The SQL of a database's audit writes: names quoted in its dialect, built once per database. */
interface AuditSql {
  moveHead: string;
  insertRecords: (rows: number) => string;
  insertSubjects: (rows: number) => string;
}

const built = new WeakMap<DataSource, AuditSql>();

function auditSql(dataSource: DataSource): AuditSql {
  let sql = built.get(dataSource);
  if (sql) return sql;
  const name = (identifier: string) => dataSource.driver.escape(identifier);
  const table = (entity: typeof AuditRecord | typeof AuditSubject | typeof AuditChainHead) =>
    name(dataSource.getMetadata(entity).tableName);
  const values = (rows: number, columns: number) =>
    Array.from({ length: rows }, () => `(${Array(columns).fill('?').join(', ')})`).join(', ');
  const records = `INSERT INTO ${table(AuditRecord)} (${RECORD_COLUMNS.map(name).join(', ')}) VALUES `;
  const subjects = `INSERT INTO ${table(AuditSubject)} (${name('recordedDay')}, ${name('personKey')}, ${name('sequence')}) VALUES `;
  sql = {
    moveHead: `UPDATE ${table(AuditChainHead)} SET ${name('sequence')} = ?, ${name('hash')} = ? WHERE ${name('id')} = ? AND ${name('sequence')} = ? AND ${name('hash')} = ?`,
    insertRecords: (rows) => records + values(rows, RECORD_COLUMNS.length),
    insertSubjects: (rows) => subjects + values(rows, 3),
  };
  built.set(dataSource, sql);
  return sql;
}

/**
 * The audit's hot writes as plain parameterised SQL: the same statements TypeORM's builders send,
 * without building them anew (metadata walks, alias rewriting) for every entry — a read audit is
 * written on every request that reads person-level data, in every department it touches. The lists
 * are stored as TypeORM stores its `json` columns, JSON text, so the entity reads them back as ever.
 */
export const auditStatements = {
  /**
   * Moves the head from `from` to `to` if it still is `from`, in one statement that also takes the
   * head's lock (MySQL evaluates the condition on the latest committed head once the lock is its own); true if it did.
   */
  async moveHeadIf(
    manager: EntityManager,
    headId: number,
    from: { sequence: number; hash: string },
    to: { sequence: number; hash: string },
  ): Promise<boolean> {
    // The structured result, for the rows the statement changed: only the transaction's own runner gives it.
    if (!manager.queryRunner) throw new Error('the audit chain moves only inside a transaction');
    const { affected } = await manager.queryRunner.query(
      auditSql(manager.connection).moveHead,
      [to.sequence, to.hash, headId, from.sequence, from.hash],
      true,
    );
    return affected === 1;
  },

  /** One multi-row INSERT of entries. */
  async insertRecords(manager: EntityManager, records: AuditRecord[]): Promise<void> {
    const parameters = records.flatMap((record) =>
      RECORD_COLUMNS.map((column) => {
        const value = record[column];
        return Array.isArray(value) ? JSON.stringify(value) : value;
      }),
    );
    await manager.query(auditSql(manager.connection).insertRecords(records.length), parameters);
  },

  /** One multi-row INSERT of the rows naming each entry's persons. */
  async insertSubjects(manager: EntityManager, subjects: AuditSubject[]): Promise<void> {
    const parameters = subjects.flatMap(({ recordedDay, personKey, sequence }) => [recordedDay, personKey, sequence]);
    await manager.query(auditSql(manager.connection).insertSubjects(subjects.length), parameters);
  },
};
