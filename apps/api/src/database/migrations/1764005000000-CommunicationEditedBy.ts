import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Who last changed a draft's text: the four-eyes rule counts them as one of its drafters. */
export class CommunicationEditedBy1764005000000 implements MigrationInterface {
  name = 'CommunicationEditedBy1764005000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ALTER TABLE: a copied SQLite table would cascade to the rows that reference it.
    await queryRunner.query('ALTER TABLE communications ADD COLUMN edited_by varchar(320)');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE communications DROP COLUMN edited_by');
  }
}
