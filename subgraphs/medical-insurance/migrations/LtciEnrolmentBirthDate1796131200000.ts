import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * An enrolment keeps the insured person's birth date (read from the ID number when enrolling), so
 * measure 16 counts the insured aged 60 or over. Enrolments recorded before stay NULL: the ID number
 * is not kept, so their age cannot be recovered here; re-enrolling them fills it.
 */
export class LtciEnrolmentBirthDate1796131200000 implements MigrationInterface {
  name = 'LtciEnrolmentBirthDate1796131200000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `ltci_enrolment` ADD `birthDate` date NULL');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `ltci_enrolment` DROP COLUMN `birthDate`');
  }
}
