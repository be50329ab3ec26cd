import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { instantColumnDefinition } from '../columns';

/** Incidents with their service impacts and timeline updates. */
export class Incidents1764000100000 implements MigrationInterface {
  name = 'Incidents1764000100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'incidents',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'sequence', type: 'integer', isUnique: true },
          { name: 'ref', type: 'varchar', length: '20', isUnique: true },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'summary', type: 'text' },
          { name: 'severity', type: 'varchar', length: '8' },
          { name: 'status', type: 'varchar', length: '16' },
          instantColumnDefinition('started_at'),
          instantColumnDefinition('detected_at'),
          instantColumnDefinition('resolved_at', true),
          { name: 'commander', type: 'varchar', length: '200', isNullable: true },
          { name: 'version', type: 'integer' },
          instantColumnDefinition('created_at'),
          instantColumnDefinition('updated_at'),
        ],
      }),
    );
    await queryRunner.createIndex(
      'incidents',
      new TableIndex({ name: 'IDX_incidents_started', columnNames: ['started_at', 'id'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'incident_impacts',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'incident_id', type: 'varchar', length: '36' },
          { name: 'service_key', type: 'varchar', length: '64' },
          { name: 'status', type: 'varchar', length: '32' },
          instantColumnDefinition('since'),
          instantColumnDefinition('until', true),
          { name: 'position', type: 'integer' },
        ],
        foreignKeys: [
          {
            name: 'FK_incident_impacts_incident',
            columnNames: ['incident_id'],
            referencedTableName: 'incidents',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
          {
            name: 'FK_incident_impacts_service',
            columnNames: ['service_key'],
            referencedTableName: 'services',
            referencedColumnNames: ['key'],
          },
        ],
      }),
    );
    await queryRunner.createIndex(
      'incident_impacts',
      new TableIndex({ name: 'IDX_incident_impacts_incident', columnNames: ['incident_id'] }),
    );
    await queryRunner.createIndex(
      'incident_impacts',
      new TableIndex({ name: 'IDX_incident_impacts_service', columnNames: ['service_key'] }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'incident_updates',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'incident_id', type: 'varchar', length: '36' },
          { name: 'body', type: 'text' },
          { name: 'author', type: 'varchar', length: '200' },
          { name: 'visibility', type: 'varchar', length: '16' },
          { name: 'status_change', type: 'varchar', length: '16', isNullable: true },
          instantColumnDefinition('created_at'),
          instantColumnDefinition('display_at'),
          instantColumnDefinition('next_update_at', true),
          { name: 'position', type: 'integer' },
        ],
        foreignKeys: [
          {
            name: 'FK_incident_updates_incident',
            columnNames: ['incident_id'],
            referencedTableName: 'incidents',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
    await queryRunner.createIndex(
      'incident_updates',
      new TableIndex({
        name: 'IDX_incident_updates_incident',
        columnNames: ['incident_id', 'display_at'],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('incident_updates');
    await queryRunner.dropTable('incident_impacts');
    await queryRunner.dropTable('incidents');
  }
}
