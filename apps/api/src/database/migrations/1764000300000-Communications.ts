import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { instantColumnDefinition } from '../columns';

/** Messages to customers about incidents, with who moved them through their states. */
export class Communications1764000300000 implements MigrationInterface {
  name = 'Communications1764000300000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'communications',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'incident_id', type: 'varchar', length: '36' },
          { name: 'channel', type: 'varchar', length: '32' },
          { name: 'audience', type: 'varchar', length: '32' },
          { name: 'locale', type: 'varchar', length: '8' },
          { name: 'template_kind', type: 'varchar', length: '16', isNullable: true },
          { name: 'subject', type: 'varchar', length: '200' },
          { name: 'body', type: 'text' },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'version', type: 'integer' },
          { name: 'created_by', type: 'varchar', length: '320' },
          instantColumnDefinition('created_at'),
          { name: 'approved_by', type: 'varchar', length: '320', isNullable: true },
          instantColumnDefinition('approved_at', true),
          { name: 'published_by', type: 'varchar', length: '320', isNullable: true },
          instantColumnDefinition('published_at', true),
          { name: 'retracted_by', type: 'varchar', length: '320', isNullable: true },
          instantColumnDefinition('retracted_at', true),
          { name: 'timeline_update_id', type: 'varchar', length: '36', isNullable: true },
          instantColumnDefinition('updated_at'),
        ],
        foreignKeys: [
          {
            name: 'FK_communications_incident',
            columnNames: ['incident_id'],
            referencedTableName: 'incidents',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await queryRunner.createIndex(
      'communications',
      new TableIndex({
        name: 'IDX_communications_incident',
        columnNames: ['incident_id', 'created_at'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('communications');
  }
}
