import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A page of the registry filtered by town, community, living situation or economic status reads the
 * living of that value in person-key order from one index (`npm run bench:plans`: a town's page
 * scanned the living registry); each replaces the one-column index it extends.
 */
export class ElderFilteredPageIndexes1796216620494 implements MigrationInterface {
  name = 'ElderFilteredPageIndexes1796216620494';

  public async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `IDX_6eecd18b6213f7cc30780a1182` ON `elder`');
    await queryRunner.query('DROP INDEX `IDX_2b24261b6a2a78a5ff243f6831` ON `elder`');
    await queryRunner.query('DROP INDEX `IDX_90509ca27b208a1a03399f59a7` ON `elder`');
    await queryRunner.query('DROP INDEX `IDX_22652394ad4437163536d3124f` ON `elder`');
    await queryRunner.query(
      'CREATE INDEX `IDX_912fb7121250d749fe8953280f` ON `elder` (`economicStatus`, `deceasedOn`, `personKey`)',
    );
    await queryRunner.query(
      'CREATE INDEX `IDX_c77df7d498861e628064671f78` ON `elder` (`livingSituation`, `deceasedOn`, `personKey`)',
    );
    await queryRunner.query(
      'CREATE INDEX `IDX_bacbe93108c14a776ef4bc5b1c` ON `elder` (`communityCode`, `deceasedOn`, `personKey`)',
    );
    await queryRunner.query(
      'CREATE INDEX `IDX_061f1f0a8eab18913e380d7d43` ON `elder` (`townCode`, `deceasedOn`, `personKey`)',
    );
  }

  public async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('DROP INDEX `IDX_061f1f0a8eab18913e380d7d43` ON `elder`');
    await queryRunner.query('DROP INDEX `IDX_bacbe93108c14a776ef4bc5b1c` ON `elder`');
    await queryRunner.query('DROP INDEX `IDX_c77df7d498861e628064671f78` ON `elder`');
    await queryRunner.query('DROP INDEX `IDX_912fb7121250d749fe8953280f` ON `elder`');
    await queryRunner.query('CREATE INDEX `IDX_22652394ad4437163536d3124f` ON `elder` (`economicStatus`)');
    await queryRunner.query('CREATE INDEX `IDX_90509ca27b208a1a03399f59a7` ON `elder` (`livingSituation`)');
    await queryRunner.query('CREATE INDEX `IDX_2b24261b6a2a78a5ff243f6831` ON `elder` (`communityCode`)');
    await queryRunner.query('CREATE INDEX `IDX_6eecd18b6213f7cc30780a1182` ON `elder` (`townCode`)');
  }
}
