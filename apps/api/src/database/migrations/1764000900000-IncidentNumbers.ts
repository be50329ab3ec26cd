import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';

/**
 * Incident numbers come from one counter row instead of `MAX(sequence) + 1`, which concurrent
 * declarations read alike (docs/adr/0006). The counter starts at the highest number in use.
 */
export class IncidentNumbers1764000900000 implements MigrationInterface {
  name = 'IncidentNumbers1764000900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'incident_numbers',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true },
          { name: 'last_sequence', type: 'integer' },
        ],
      }),
    );
    await queryRunner.query(
      'INSERT INTO incident_numbers (id, last_sequence) SELECT 1, COALESCE(MAX(sequence), 0) FROM incidents',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('incident_numbers');
  }
}
