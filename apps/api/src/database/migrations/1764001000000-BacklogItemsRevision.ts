import { type MigrationInterface, type QueryRunner, TableColumn } from 'typeorm';

/**
 * Per backlog, a revision counted up by every write of its items and the number of its items:
 * a server that keeps a backlog's queue in memory checks the revision before each use (so it
 * never answers from an outdated queue, whichever instance wrote), and the count tells whether
 * the queue fits the memory set aside for it. The backfill counts the existing items once.
 */
export class BacklogItemsRevision1764001000000 implements MigrationInterface {
  name = 'BacklogItemsRevision1764001000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('backlogs', [
      new TableColumn({ name: 'items_revision', type: 'integer', default: 0 }),
      new TableColumn({ name: 'item_count', type: 'integer', default: 0 }),
    ]);
    await queryRunner.query(
      `UPDATE backlogs SET item_count =
        (SELECT COUNT(*) FROM backlog_items WHERE backlog_items.backlog_id = backlogs.id)`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('backlogs', 'item_count');
    await queryRunner.dropColumn('backlogs', 'items_revision');
  }
}
