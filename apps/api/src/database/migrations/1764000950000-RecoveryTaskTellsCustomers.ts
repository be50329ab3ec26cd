import { type MigrationInterface, type QueryRunner } from 'typeorm';

/** Marks the recovery tasks that give customers a public word, so debt can rank them. */
export class RecoveryTaskTellsCustomers1764000950000 implements MigrationInterface {
  name = 'RecoveryTaskTellsCustomers1764000950000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ALTER TABLE on both databases: TypeORM's SQLite column changes copy the table,
    // and dropping the old copy would cascade to the rows that reference the tasks.
    await queryRunner.query(
      'ALTER TABLE recovery_tasks ADD COLUMN tells_customers boolean NOT NULL DEFAULT false',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE recovery_tasks DROP COLUMN tells_customers');
  }
}
