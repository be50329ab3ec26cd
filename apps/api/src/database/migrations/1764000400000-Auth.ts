import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { instantColumnDefinition } from '../columns';

/** People, their refresh tokens and API keys. Secrets are stored only as hashes. */
export class Auth1764000400000 implements MigrationInterface {
  name = 'Auth1764000400000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'users',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'email', type: 'varchar', length: '320' },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'enabled', type: 'boolean' },
          { name: 'password_hash', type: 'varchar', length: '255' },
          { name: 'version', type: 'integer' },
          instantColumnDefinition('created_at'),
          instantColumnDefinition('updated_at'),
          instantColumnDefinition('last_login_at', true),
        ],
      }),
    );
    await queryRunner.createIndex(
      'users',
      new TableIndex({ name: 'UQ_users_email', columnNames: ['email'], isUnique: true }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'refresh_tokens',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'user_id', type: 'varchar', length: '36' },
          { name: 'family_id', type: 'varchar', length: '36' },
          { name: 'token_hash', type: 'varchar', length: '64' },
          instantColumnDefinition('issued_at'),
          instantColumnDefinition('expires_at'),
          instantColumnDefinition('rotated_at', true),
          instantColumnDefinition('revoked_at', true),
        ],
        foreignKeys: [
          { columnNames: ['user_id'], referencedTableName: 'users', referencedColumnNames: ['id'] },
        ],
      }),
    );
    await queryRunner.createIndex(
      'refresh_tokens',
      new TableIndex({
        name: 'UQ_refresh_tokens_hash',
        columnNames: ['token_hash'],
        isUnique: true,
      }),
    );
    await queryRunner.createIndex(
      'refresh_tokens',
      new TableIndex({ name: 'IDX_refresh_tokens_family', columnNames: ['family_id'] }),
    );
    await queryRunner.createIndex(
      'refresh_tokens',
      new TableIndex({ name: 'IDX_refresh_tokens_user', columnNames: ['user_id'] }),
    );

    await queryRunner.createTable(
      new Table({
        name: 'api_keys',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'name', type: 'varchar', length: '100' },
          { name: 'role', type: 'varchar', length: '16' },
          { name: 'prefix', type: 'varchar', length: '16' },
          { name: 'secret_hash', type: 'varchar', length: '64' },
          { name: 'created_by', type: 'varchar', length: '320' },
          instantColumnDefinition('created_at'),
          instantColumnDefinition('last_used_at', true),
          instantColumnDefinition('revoked_at', true),
        ],
      }),
    );
    await queryRunner.createIndex(
      'api_keys',
      new TableIndex({
        name: 'UQ_api_keys_secret_hash',
        columnNames: ['secret_hash'],
        isUnique: true,
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('api_keys');
    await queryRunner.dropTable('refresh_tokens');
    await queryRunner.dropTable('users');
  }
}
