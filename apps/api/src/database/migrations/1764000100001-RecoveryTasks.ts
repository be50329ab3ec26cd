import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { instantColumnDefinition } from '../columns';

/** The recovery tasks of incidents (the ranking is computed, never stored). */
export class RecoveryTasks1764000100001 implements MigrationInterface {
  name = 'RecoveryTasks1764000100001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'recovery_tasks',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'incident_id', type: 'varchar', length: '36' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'service_key', type: 'varchar', length: '64', isNullable: true },
          { name: 'owner', type: 'varchar', length: '200', isNullable: true },
          { name: 'estimate_minutes', type: 'integer', isNullable: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'depends_on', type: 'text' },
          { name: 'override_rank', type: 'integer', isNullable: true },
          { name: 'override_reason', type: 'text', isNullable: true },
          instantColumnDefinition('started_at', true),
          instantColumnDefinition('completed_at', true),
          { name: 'position', type: 'integer' },
          { name: 'version', type: 'integer' },
          instantColumnDefinition('created_at'),
          instantColumnDefinition('updated_at'),
        ],
        foreignKeys: [
          {
            name: 'FK_recovery_tasks_incident',
            columnNames: ['incident_id'],
            referencedTableName: 'incidents',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            name: 'FK_recovery_tasks_service',
            columnNames: ['service_key'],
            referencedTableName: 'services',
            referencedColumnNames: ['key'],
          },
        ],
      }),
    );
    await queryRunner.createIndex(
      'recovery_tasks',
      new TableIndex({ name: 'IDX_recovery_tasks_incident', columnNames: ['incident_id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('recovery_tasks');
  }
}
