import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { instantColumnDefinition } from '../columns';

/**
 * Notices to the affected customers (docs/adr/0016): the customer on a backlog item, a
 * communication's cohort and the notice it corrects, the delivery record per recipient on the
 * outbox row, and customer addresses with their unsubscribe token and suppression.
 */
export class CustomerNotices1764008000000 implements MigrationInterface {
  name = 'CustomerNotices1764008000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ALTER TABLE: a copied SQLite table would cascade to the rows that reference it.
    for (const statement of [
      'ALTER TABLE backlog_items ADD COLUMN customer_email varchar(254)',
      'ALTER TABLE backlog_items ADD COLUMN customer_name varchar(200)',
      'ALTER TABLE backlog_items ADD COLUMN customer_locale varchar(8)',
      'ALTER TABLE communications ADD COLUMN cohort text',
      'ALTER TABLE communications ADD COLUMN corrects_id varchar(36)',
      'ALTER TABLE outbox_messages ADD COLUMN communication_id varchar(36)',
      'ALTER TABLE outbox_messages ADD COLUMN recipient_name varchar(200)',
    ]) {
      await queryRunner.query(statement);
    }
    await queryRunner.createIndex(
      'outbox_messages',
      new TableIndex({
        name: 'IDX_outbox_messages_communication',
        columnNames: ['communication_id', 'recipient'],
      }),
    );
    await queryRunner.createIndex(
      'outbox_messages',
      new TableIndex({ name: 'IDX_outbox_messages_sent', columnNames: ['status', 'sent_at'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'customer_addresses',
        columns: [
          { name: 'email', type: 'varchar', length: '254', isPrimary: true },
          { name: 'unsubscribe_token', type: 'varchar', length: '64', isUnique: true },
          instantColumnDefinition('unsubscribed_at', true),
          instantColumnDefinition('created_at'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('customer_addresses');
    await queryRunner.dropIndex('outbox_messages', 'IDX_outbox_messages_sent');
    await queryRunner.dropIndex('outbox_messages', 'IDX_outbox_messages_communication');
    for (const [table, column] of [
      ['outbox_messages', 'recipient_name'],
      ['outbox_messages', 'communication_id'],
      ['communications', 'corrects_id'],
      ['communications', 'cohort'],
      ['backlog_items', 'customer_locale'],
      ['backlog_items', 'customer_name'],
      ['backlog_items', 'customer_email'],
    ]) {
      await queryRunner.query(`ALTER TABLE ${table} DROP COLUMN ${column}`);
    }
  }
}
