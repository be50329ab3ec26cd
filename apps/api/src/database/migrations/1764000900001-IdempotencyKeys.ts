import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { instantColumnDefinition } from '../columns';

/**
 * One table of idempotency keys for every creating mutation (docs/adr/0006): the backlog feed's
 * keys move in with their backlog as the scope, and declaring an incident or posting an update
 * gets keys of its own.
 */
export class IdempotencyKeys1764000900001 implements MigrationInterface {
  name = 'IdempotencyKeys1764000900001';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'idempotency_keys',
        columns: [
          { name: 'scope', type: 'varchar', length: '64', isPrimary: true },
          { name: 'operation', type: 'varchar', length: '40', isPrimary: true },
          { name: 'idempotency_key', type: 'varchar', length: '200', isPrimary: true },
          { name: 'payload_hash', type: 'varchar', length: '64' },
          { name: 'result', type: 'text' },
          instantColumnDefinition('created_at'),
        ],
      }),
    );
    await queryRunner.query(
      `INSERT INTO idempotency_keys (scope, operation, idempotency_key, payload_hash, result, created_at)
       SELECT backlog_id, operation, idempotency_key, payload_hash, result, created_at
       FROM backlog_idempotency_keys`,
    );
    await queryRunner.dropTable('backlog_idempotency_keys');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
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
    await queryRunner.query(
      `INSERT INTO backlog_idempotency_keys (backlog_id, operation, idempotency_key, payload_hash, result, created_at)
       SELECT k.scope, k.operation, k.idempotency_key, k.payload_hash, k.result, k.created_at
       FROM idempotency_keys k JOIN backlogs b ON b.id = k.scope
       WHERE k.operation IN ('recordBacklogSnapshot', 'upsertBacklogItems')`,
    );
    await queryRunner.dropTable('idempotency_keys');
  }
}
