import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { instantColumnDefinition } from '../columns';

/**
 * Continuation plans per service and their activations during incidents. An activation keeps the
 * plan's title and added capacity as they were when it started, so an edited or deleted plan does
 * not rewrite what a past forecast counted.
 */
export class ContinuationPlans1764011000000 implements MigrationInterface {
  name = 'ContinuationPlans1764011000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'continuation_plans',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'service_key', type: 'varchar', length: '64' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'owner', type: 'varchar', length: '200' },
          { name: 'steps', type: 'text' },
          { name: 'needs', type: 'text' },
          { name: 'adds_backlog_key', type: 'varchar', length: '64', isNullable: true },
          { name: 'adds_staff', type: 'double precision', isNullable: true },
          { name: 'version', type: 'integer' },
          instantColumnDefinition('created_at'),
          instantColumnDefinition('updated_at'),
        ],
        indices: [{ name: 'IDX_continuation_plans_service', columnNames: ['service_key'] }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'continuation_plan_activations',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'plan_id', type: 'varchar', length: '36' },
          { name: 'incident_id', type: 'varchar', length: '36' },
          { name: 'service_key', type: 'varchar', length: '64' },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'adds_backlog_key', type: 'varchar', length: '64', isNullable: true },
          { name: 'adds_staff', type: 'double precision', isNullable: true },
          // `plan:incident` while it runs, null once ended: one running activation per pair.
          { name: 'running_key', type: 'varchar', length: '73', isNullable: true },
          instantColumnDefinition('activated_at'),
          { name: 'activated_by', type: 'varchar', length: '320' },
          instantColumnDefinition('ended_at', true),
          { name: 'ended_by', type: 'varchar', length: '320', isNullable: true },
        ],
        foreignKeys: [
          {
            name: 'FK_continuation_plan_activations_incident',
            columnNames: ['incident_id'],
            referencedTableName: 'incidents',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await queryRunner.createIndices('continuation_plan_activations', [
      new TableIndex({
        name: 'UQ_continuation_plan_activations_running',
        columnNames: ['running_key'],
        isUnique: true,
      }),
      new TableIndex({
        name: 'IDX_continuation_plan_activations_incident',
        columnNames: ['incident_id'],
      }),
      new TableIndex({
        name: 'IDX_continuation_plan_activations_backlog',
        columnNames: ['adds_backlog_key'],
      }),
    ]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('continuation_plan_activations');
    await queryRunner.dropTable('continuation_plans');
  }
}
