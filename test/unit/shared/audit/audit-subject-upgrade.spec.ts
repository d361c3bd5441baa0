import BetterSqlite3 from 'better-sqlite3';
import { keyAuditSubjectsByDay } from '../../../../subgraphs/shared/audit/audit-subject-upgrade';

describe('keyAuditSubjectsByDay (an embedded file written before the person index was keyed by day)', () => {
  const tableSql = (database: BetterSqlite3.Database) =>
    (database.prepare("SELECT sql FROM sqlite_master WHERE name = 'audit_subject'").get() as { sql: string }).sql;

  it('gives every row its entry’s UTC day and keys the table by day, person and entry', () => {
    const database = new BetterSqlite3(':memory:');
    database.exec(`
      CREATE TABLE "audit_record" ("sequence" integer PRIMARY KEY NOT NULL, "recordedAt" varchar(24) NOT NULL);
      CREATE TABLE "audit_subject" ("personKey" varchar(32) NOT NULL, "sequence" integer NOT NULL, PRIMARY KEY ("personKey", "sequence")) WITHOUT ROWID;
      INSERT INTO "audit_record" VALUES (1, '2025-10-30T23:59:59.999Z'), (2, '2026-12-03T00:00:00.000Z');
      INSERT INTO "audit_subject" VALUES ('pk-a', 1), ('pk-b', 1), ('pk-a', 2);
    `);
    keyAuditSubjectsByDay(database);
    expect(tableSql(database)).toContain('PRIMARY KEY ("recordedDay", "personKey", "sequence")');
    expect(database.prepare('SELECT * FROM "audit_subject"').all()).toEqual([
      { recordedDay: 20391, personKey: 'pk-a', sequence: 1 },
      { recordedDay: 20391, personKey: 'pk-b', sequence: 1 },
      { recordedDay: 20790, personKey: 'pk-a', sequence: 2 },
    ]);

    // Started again: already keyed by day, left alone.
    database.prepare('INSERT INTO "audit_subject" VALUES (?, ?, ?)').run(20790, 'pk-b', 2);
    keyAuditSubjectsByDay(database);
    expect(database.prepare('SELECT COUNT(*) AS n FROM "audit_subject"').get()).toEqual({ n: 4 });
  });

  it('leaves a new file, which has no trail yet, to the entities', () => {
    const database = new BetterSqlite3(':memory:');
    keyAuditSubjectsByDay(database);
    expect(database.prepare("SELECT COUNT(*) AS n FROM sqlite_master WHERE name LIKE 'audit_subject%'").get()).toEqual({
      n: 0,
    });
  });
});
