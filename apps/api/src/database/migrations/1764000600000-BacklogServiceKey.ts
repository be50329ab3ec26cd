import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

/** The service a backlog waits for, so recovery ranking can count the backlogs a task holds up. */
export class BacklogServiceKey1764000600000 implements MigrationInterface {
  name = 'BacklogServiceKey1764000600000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'backlogs',
      new TableColumn({ name: 'service_key', type: 'varchar', length: '64', isNullable: true }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('backlogs', 'service_key');
  }
}
