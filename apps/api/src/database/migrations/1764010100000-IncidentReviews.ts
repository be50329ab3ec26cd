import { type MigrationInterface, type QueryRunner, Table, TableIndex } from 'typeorm';
import { instantColumnDefinition } from '../columns';

/** The written part of a post-incident review, and its follow-up actions. */
export class IncidentReviews1764010100000 implements MigrationInterface {
  name = 'IncidentReviews1764010100000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const incident = {
      columnNames: ['incident_id'],
      referencedTableName: 'incidents',
      referencedColumnNames: ['id'],
      onDelete: 'CASCADE',
    };
    await queryRunner.createTable(
      new Table({
        name: 'incident_reviews',
        columns: [
          { name: 'incident_id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'went_well', type: 'text' },
          { name: 'went_badly', type: 'text' },
          { name: 'version', type: 'integer' },
          { name: 'updated_by', type: 'varchar', length: '320' },
          instantColumnDefinition('created_at'),
          instantColumnDefinition('updated_at'),
        ],
        foreignKeys: [{ name: 'FK_incident_reviews_incident', ...incident }],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'review_actions',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'incident_id', type: 'varchar', length: '36' },
          { name: 'position', type: 'integer' },
          { name: 'title', type: 'varchar', length: '300' },
          { name: 'owner', type: 'varchar', length: '200' },
          { name: 'due_on', type: 'varchar', length: '10', isNullable: true },
          instantColumnDefinition('done_at', true),
          { name: 'version', type: 'integer' },
          instantColumnDefinition('created_at'),
          instantColumnDefinition('updated_at'),
        ],
        foreignKeys: [{ name: 'FK_review_actions_incident', ...incident }],
      }),
    );
    await queryRunner.createIndex(
      'review_actions',
      new TableIndex({
        name: 'IDX_review_actions_incident',
        columnNames: ['incident_id', 'position'],
        isUnique: true,
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('review_actions');
    await queryRunner.dropTable('incident_reviews');
  }
}
