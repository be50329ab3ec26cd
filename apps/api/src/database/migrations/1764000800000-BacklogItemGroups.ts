import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';

/**
 * Item counts per backlog and (arrival hour, due hour, done hour, missed), kept up to date by
 * `upsertBacklogItems` in the same transaction as the items. A forecast reads these few
 * thousand rows instead of grouping a million items on every request (see ADR 0004).
 *
 * Hours are the first 13 characters of the stored instants (`2026-11-23T07`). A missing due
 * or done time is stored as '' rather than NULL: every column is part of the primary key,
 * and PostgreSQL allows no NULL there. '' sorts before every hour. `missed` is 1 for items
 * with a due time that are open or were done after it, so "promises missed by asOf" needs no
 * item rows either, except for the hour of `asOf` itself.
 */
export class BacklogItemGroups1764000800000 implements MigrationInterface {
  name = 'BacklogItemGroups1764000800000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'backlog_item_groups',
        columns: [
          { name: 'backlog_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'received_hour', type: 'varchar', length: '13', isPrimary: true },
          { name: 'due_hour', type: 'varchar', length: '13', isPrimary: true },
          { name: 'done_hour', type: 'varchar', length: '13', isPrimary: true },
          { name: 'missed', type: 'integer', isPrimary: true },
          { name: 'count', type: 'integer' },
        ],
        foreignKeys: [
          {
            name: 'FK_backlog_item_groups_backlog',
            columnNames: ['backlog_id'],
            referencedTableName: 'backlogs',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    // Completions per hour of the arrival window read a range of done hours.
    await queryRunner.createIndex(
      'backlog_item_groups',
      new TableIndex({
        name: 'IDX_backlog_item_groups_done',
        columnNames: ['backlog_id', 'done_hour'],
      }),
    );
    // Promises missed in the hour of `asOf` are counted from items due in that hour only.
    await queryRunner.createIndex(
      'backlog_items',
      new TableIndex({ name: 'IDX_backlog_items_due', columnNames: ['backlog_id', 'due_at'] }),
    );
    // Existing items, grouped once; the same expressions the application writes.
    await queryRunner.query(
      `INSERT INTO backlog_item_groups (backlog_id, received_hour, due_hour, done_hour, missed, count)
       SELECT backlog_id, received_hour, due_hour, done_hour, missed, COUNT(*)
       FROM (
         SELECT backlog_id,
           substr(received_at, 1, 13) AS received_hour,
           COALESCE(substr(due_at, 1, 13), '') AS due_hour,
           COALESCE(substr(done_at, 1, 13), '') AS done_hour,
           CASE WHEN due_at IS NOT NULL AND (done_at IS NULL OR done_at > due_at)
             THEN 1 ELSE 0 END AS missed
         FROM backlog_items
       ) item
       GROUP BY backlog_id, received_hour, due_hour, done_hour, missed`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('backlog_items', 'IDX_backlog_items_due');
    await queryRunner.dropTable('backlog_item_groups');
  }
}
