import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { instantColumnDefinition } from '../columns';

/** The services catalogue and the audit log. Written with TypeORM's portable Table API. */
export class Foundation1764000000000 implements MigrationInterface {
  name = 'Foundation1764000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'services',
        columns: [
          { name: 'key', type: 'varchar', length: '64', isPrimary: true },
          { name: 'name', type: 'varchar', length: '200' },
          { name: 'description', type: 'text', default: "''" },
          { name: 'tier', type: 'integer' },
          { name: 'rto_minutes', type: 'integer' },
          { name: 'rpo_minutes', type: 'integer' },
          { name: 'depends_on', type: 'text' },
          { name: 'status', type: 'varchar', length: '32' },
          { name: 'version', type: 'integer' },
          instantColumnDefinition('created_at'),
          instantColumnDefinition('updated_at'),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'audit_entries',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          instantColumnDefinition('at'),
          { name: 'actor', type: 'varchar', length: '320' },
          { name: 'action', type: 'varchar', length: '80' },
          { name: 'entity_type', type: 'varchar', length: '80' },
          { name: 'entity_id', type: 'varchar', length: '120' },
          { name: 'before', type: 'text', isNullable: true },
          { name: 'after', type: 'text', isNullable: true },
        ],
      }),
    );
    await queryRunner.createIndex(
      'audit_entries',
      new TableIndex({ name: 'IDX_audit_entity', columnNames: ['entity_type', 'entity_id'] }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('audit_entries');
    await queryRunner.dropTable('services');
  }
}
