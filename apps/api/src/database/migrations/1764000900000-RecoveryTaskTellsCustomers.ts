import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

/** Marks the recovery tasks that give customers a public word, so debt can rank them. */
export class RecoveryTaskTellsCustomers1764000900000 implements MigrationInterface {
  name = 'RecoveryTaskTellsCustomers1764000900000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn(
      'recovery_tasks',
      new TableColumn({ name: 'tells_customers', type: 'boolean', default: false }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('recovery_tasks', 'tells_customers');
  }
}
