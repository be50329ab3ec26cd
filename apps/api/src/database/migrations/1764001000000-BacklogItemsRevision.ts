import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Per backlog, a revision counted up by every write of its items, the number of its items and
 * of those not done (what a backlog's open count reads, instead of summing its item groups):
 * a server that keeps a backlog's queue in memory checks the revision before each use (so it
 * never answers from an outdated queue, whichever instance wrote), and the count tells whether
 * the queue fits the memory set aside for it. The backfill counts the existing items once.
 */
export class BacklogItemsRevision1764001000000 implements MigrationInterface {
  name = 'BacklogItemsRevision1764001000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ALTER TABLE on both databases: TypeORM's SQLite column changes copy the table,
    // and dropping the old copy would cascade to the backlogs' snapshots and items.
    await queryRunner.query(
      'ALTER TABLE backlogs ADD COLUMN items_revision integer NOT NULL DEFAULT 0',
    );
    await queryRunner.query(
      'ALTER TABLE backlogs ADD COLUMN item_count integer NOT NULL DEFAULT 0',
    );
    await queryRunner.query(
      'ALTER TABLE backlogs ADD COLUMN open_item_count integer NOT NULL DEFAULT 0',
    );
    await queryRunner.query(
      `UPDATE backlogs SET
        item_count = (SELECT COUNT(*) FROM backlog_items WHERE backlog_items.backlog_id = backlogs.id),
        open_item_count = (SELECT COUNT(*) FROM backlog_items
          WHERE backlog_items.backlog_id = backlogs.id AND backlog_items.done_at IS NULL)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('ALTER TABLE backlogs DROP COLUMN open_item_count');
    await queryRunner.query('ALTER TABLE backlogs DROP COLUMN item_count');
    await queryRunner.query('ALTER TABLE backlogs DROP COLUMN items_revision');
  }
}
