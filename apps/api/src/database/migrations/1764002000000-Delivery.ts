import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { instantColumnDefinition } from '../columns';

/**
 * Telling people: the outbox of mails and webhook calls, status subscribers and webhook
 * subscriptions (docs/adr/0010). New tables only, so nothing existing is copied on SQLite.
 */
export class Delivery1764002000000 implements MigrationInterface {
  name = 'Delivery1764002000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'outbox_messages',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'channel', type: 'varchar', length: '16' },
          { name: 'dedupe_key', type: 'varchar', length: '200', isUnique: true },
          { name: 'recipient', type: 'varchar', length: '2000' },
          { name: 'subscriber_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'webhook_id', type: 'varchar', length: '36', isNullable: true },
          { name: 'kind', type: 'varchar', length: '40' },
          { name: 'subject', type: 'varchar', length: '300' },
          { name: 'body', type: 'text' },
          { name: 'headers', type: 'text' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'attempts', type: 'integer' },
          { name: 'last_error', type: 'varchar', length: '1000', isNullable: true },
          instantColumnDefinition('next_attempt_at'),
          instantColumnDefinition('claimed_until', true),
          { name: 'claimed_by', type: 'varchar', length: '36', isNullable: true },
          instantColumnDefinition('sent_at', true),
          instantColumnDefinition('created_at'),
        ],
      }),
    );
    await queryRunner.createIndex(
      'outbox_messages',
      new TableIndex({
        name: 'IDX_outbox_messages_due',
        columnNames: ['status', 'next_attempt_at'],
      }),
    );
    await queryRunner.createIndex(
      'outbox_messages',
      new TableIndex({ name: 'IDX_outbox_messages_created', columnNames: ['created_at'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'status_subscribers',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'email', type: 'varchar', length: '254', isUnique: true },
          { name: 'locale', type: 'varchar', length: '8' },
          { name: 'service_keys', type: 'text' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'confirm_token_hash', type: 'varchar', length: '64', isNullable: true },
          instantColumnDefinition('confirmation_sent_at', true),
          instantColumnDefinition('confirmed_at', true),
          instantColumnDefinition('unsubscribed_at', true),
          { name: 'unsubscribe_token', type: 'varchar', length: '64', isUnique: true },
          { name: 'version', type: 'integer' },
          instantColumnDefinition('created_at'),
          instantColumnDefinition('updated_at'),
        ],
      }),
    );
    await queryRunner.createIndex(
      'status_subscribers',
      new TableIndex({
        name: 'IDX_status_subscribers_confirm',
        columnNames: ['confirm_token_hash'],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'webhook_subscriptions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'url', type: 'varchar', length: '2000' },
          { name: 'description', type: 'varchar', length: '200' },
          { name: 'service_keys', type: 'text' },
          { name: 'secret', type: 'varchar', length: '100' },
          { name: 'enabled', type: 'boolean' },
          { name: 'disabled_reason', type: 'varchar', length: '200', isNullable: true },
          { name: 'created_by', type: 'varchar', length: '320' },
          { name: 'version', type: 'integer' },
          instantColumnDefinition('created_at'),
          instantColumnDefinition('updated_at'),
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('webhook_subscriptions');
    await queryRunner.dropTable('status_subscribers');
    await queryRunner.dropTable('outbox_messages');
  }
}
