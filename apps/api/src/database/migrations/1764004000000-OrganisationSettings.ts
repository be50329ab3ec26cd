import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { instantColumnDefinition } from '../columns';

/**
 * The organisation's settings: one row holding one JSON document (fields missing from it take
 * the domain's defaults, so a later field needs no migration), with a version for
 * compare-and-set. The row exists from the start at version 1.
 */
export class OrganisationSettings1764004000000 implements MigrationInterface {
  name = 'OrganisationSettings1764004000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'organisation_settings',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'settings', type: 'text' },
          { name: 'version', type: 'integer' },
          instantColumnDefinition('updated_at'),
        ],
      }),
    );
    // An ISO instant of fixed width, as every instant column holds (no user input here).
    const now = new Date().toISOString();
    await queryRunner.query(
      `INSERT INTO organisation_settings (id, settings, version, updated_at) VALUES (1, '{}', 1, '${now}')`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('organisation_settings');
  }
}
