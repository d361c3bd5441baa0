import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The trail's person index keyed by day first (`AuditSubject`). Written by hand from
 * `npm run migration:generate -- AuditSubjectByDay`, which would key it (sequence, personKey, recordedDay)
 * and leave every existing row on day 0: each row gets its entry's day, then the key is replaced.
 * The key's change rebuilds the table: on a long trail, a quiet hour.
 */
export class AuditSubjectByDay1796309904678 implements MigrationInterface {
  name = 'AuditSubjectByDay1796309904678';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `audit_subject` ADD `recordedDay` int NOT NULL FIRST');
    // `recordedAt` is ISO 8601 in UTC: its first ten characters are the day, whatever the session's time zone.
    await queryRunner.query(
      "UPDATE `audit_subject` `subject` JOIN `audit_record` `record` ON `record`.`sequence` = `subject`.`sequence` SET `subject`.`recordedDay` = DATEDIFF(LEFT(`record`.`recordedAt`, 10), '1970-01-01')",
    );
    await queryRunner.query(
      'ALTER TABLE `audit_subject` DROP PRIMARY KEY, ADD PRIMARY KEY (`recordedDay`, `personKey`, `sequence`)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'ALTER TABLE `audit_subject` DROP PRIMARY KEY, DROP COLUMN `recordedDay`, ADD PRIMARY KEY (`personKey`, `sequence`)',
    );
  }
}
