import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { instantColumnDefinition } from '../columns';

/** Backlogs, their snapshots and items, and the idempotency keys of the feed mutations. */
export class Backlogs1764000200000 implements MigrationInterface {
  name = 'Backlogs1764000200000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'backlogs',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'key', type: 'varchar', length: '64', isUnique: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'unit', type: 'varchar', length: '50' },
          { name: 'incident_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'promise_hours', type: 'double precision', isNullable: true },
          { name: 'staff', type: 'double precision' },
          { name: 'items_per_staff_hour', type: 'double precision' },
          { name: 'arrival_rate_per_hour', type: 'double precision', isNullable: true },
          { name: 'calendar', type: 'text' },
          { name: 'accepted', type: 'boolean' },
          { name: 'version', type: 'integer' },
          instantColumnDefinition('created_at'),
          instantColumnDefinition('updated_at'),
        ],
      }),
    );
    await queryRunner.createIndex(
      'backlogs',
      new TableIndex({ name: 'IDX_backlogs_incident', columnNames: ['incident_id'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'backlog_snapshots',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'backlog_id', type: 'varchar', length: '36' },
          instantColumnDefinition('at'),
          { name: 'open', type: 'integer' },
          instantColumnDefinition('recorded_at'),
        ],
        foreignKeys: [
          {
            name: 'FK_backlog_snapshots_backlog',
            columnNames: ['backlog_id'],
            referencedTableName: 'backlogs',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await queryRunner.createIndex(
      'backlog_snapshots',
      new TableIndex({ name: 'IDX_backlog_snapshots_at', columnNames: ['backlog_id', 'at'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'backlog_items',
        columns: [
          { name: 'backlog_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'external_ref', type: 'varchar', length: '200', isPrimary: true },
          instantColumnDefinition('received_at'),
          instantColumnDefinition('due_at', true),
          instantColumnDefinition('done_at', true),
          instantColumnDefinition('updated_at'),
        ],
        foreignKeys: [
          {
            name: 'FK_backlog_items_backlog',
            columnNames: ['backlog_id'],
            referencedTableName: 'backlogs',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    // Open counts (done_at IS NULL) and the forecast's "received by asOf" both start here.
    await queryRunner.createIndex(
      'backlog_items',
      new TableIndex({ name: 'IDX_backlog_items_done', columnNames: ['backlog_id', 'done_at'] }),
    );
    await queryRunner.createIndex(
      'backlog_items',
      new TableIndex({
        name: 'IDX_backlog_items_received',
        columnNames: ['backlog_id', 'received_at'],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'backlog_idempotency_keys',
        columns: [
          { name: 'backlog_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'operation', type: 'varchar', length: '40', isPrimary: true },
          { name: 'idempotency_key', type: 'varchar', length: '200', isPrimary: true },
          { name: 'payload_hash', type: 'varchar', length: '64' },
          { name: 'result', type: 'text' },
          instantColumnDefinition('created_at'),
        ],
        foreignKeys: [
          {
            name: 'FK_backlog_idempotency_keys_backlog',
            columnNames: ['backlog_id'],
            referencedTableName: 'backlogs',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('backlog_idempotency_keys');
    await queryRunner.dropTable('backlog_items');
    await queryRunner.dropTable('backlog_snapshots');
    await queryRunner.dropTable('backlogs');
  }
}
