import type { Database } from 'better-sqlite3';

/**
 * Re-keys an embedded file's person index of the trail by day (`AuditSubject`) before TypeORM
 * synchronises it: synchronising copies the rows into a table of the new shape, and the new key
 * column has no value to copy, so the start failed. Each row's day is its entry's `recordedAt` day,
 * as MySQL's `AuditSubjectByDay` migration computes it. One transaction; a file already keyed by day,
 * or without a trail yet, is left as it is.
 */
export function keyAuditSubjectsByDay(database: Database): void {
  const columns = database.pragma('table_info(audit_subject)') as Array<{ name: string }>;
  if (!columns.length || columns.some((column) => column.name === 'recordedDay')) return;
  database.transaction(() => {
    database.exec(
      'CREATE TABLE "audit_subject_by_day" ("recordedDay" integer NOT NULL, "personKey" varchar(32) NOT NULL, "sequence" integer NOT NULL, PRIMARY KEY ("recordedDay", "personKey", "sequence")) WITHOUT ROWID',
    );
    database.exec(
      `INSERT INTO "audit_subject_by_day" ("recordedDay", "personKey", "sequence")
       SELECT CAST(julianday(substr(record."recordedAt", 1, 10)) - julianday('1970-01-01') AS INTEGER), subject."personKey", subject."sequence"
       FROM "audit_subject" subject JOIN "audit_record" record ON record."sequence" = subject."sequence"`,
    );
    database.exec('DROP TABLE "audit_subject"');
    database.exec('ALTER TABLE "audit_subject_by_day" RENAME TO "audit_subject"');
  })();
}
