import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Institutions say whether they are 特困人员供养服务机构 (the joint meeting's per-district 医养结合 target, plan 专栏1); written as `migration:generate` writes it. */
export class InstitutionExtremePovertySupport1796190000000 implements MigrationInterface {
  name = 'InstitutionExtremePovertySupport1796190000000';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `institution` ADD `extremePovertySupport` tinyint NOT NULL DEFAULT 0');
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE `institution` DROP COLUMN `extremePovertySupport`');
  }
}
