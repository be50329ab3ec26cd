import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** What the public reads instead of an incident's internal title (ADR 0015). */
export class IncidentPublicTitle1764007000000 implements MigrationInterface {
  name = 'IncidentPublicTitle1764007000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ALTER TABLE: a copied SQLite table would cascade to the rows that reference it.
    await queryRunner.query('ALTER TABLE incidents ADD COLUMN public_title varchar(200)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE incidents DROP COLUMN public_title');
  }
}
