import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { instantColumnDefinition } from '../columns';

/** The personal-data breach record kept with an incident (at most one per incident). */
export class PersonalDataBreaches1764010000000 implements MigrationInterface {
  name = 'PersonalDataBreaches1764010000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'personal_data_breaches',
        columns: [
          { name: 'incident_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'aspects', type: 'text' },
          instantColumnDefinition('aware_at'),
          { name: 'facts', type: 'text' },
          { name: 'effects', type: 'text' },
          { name: 'remedial_action', type: 'text' },
          { name: 'affected_people_estimate', type: 'integer', isNullable: true },
          { name: 'authority_decision', type: 'varchar', length: '16' },
          instantColumnDefinition('authority_notified_at', true),
          { name: 'authority_reason', type: 'text' },
          { name: 'version', type: 'integer' },
          { name: 'created_by', type: 'varchar', length: '320' },
          instantColumnDefinition('created_at'),
          instantColumnDefinition('updated_at'),
        ],
        foreignKeys: [
          {
            name: 'FK_personal_data_breaches_incident',
            columnNames: ['incident_id'],
            referencedTableName: 'incidents',
            referencedColumnNames: ['id'],
            onDelete: 'CASCADE',
          },
        ],
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('personal_data_breaches');
  }
}
