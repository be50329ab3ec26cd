import { type MigrationInterface, type QueryRunner, TableIndex } from 'typeorm';

/**
 * Forecasts read open items in queue order (arrival, then ref) and aggregate them by arrival
 * and due hour. One index holding every column they need serves both without touching the
 * table, and the list of late items reads only the rows it returns. It starts with
 * `(backlog_id, received_at)`, so it replaces the index on those two.
 */
export class BacklogItemQueueIndex1764000750000 implements MigrationInterface {
  name = 'BacklogItemQueueIndex1764000750000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'backlog_items',
      new TableIndex({
        name: 'IDX_backlog_items_queue',
        columnNames: ['backlog_id', 'received_at', 'external_ref', 'done_at', 'due_at'],
      }),
    );
    await queryRunner.dropIndex('backlog_items', 'IDX_backlog_items_received');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndex(
      'backlog_items',
      new TableIndex({
        name: 'IDX_backlog_items_received',
        columnNames: ['backlog_id', 'received_at'],
      }),
    );
    await queryRunner.dropIndex('backlog_items', 'IDX_backlog_items_queue');
  }
}
