import { type MigrationInterface, type QueryRunner, Table } from 'typeorm';
import { instantColumnDefinition } from '../columns';

/**
 * Exercises, their log entries and improvement actions: tables of their own, with no key into
 * incidents, so nothing of an exercise can reach what reads incidents (ADR 0019).
 */
export class Exercises1764012000000 implements MigrationInterface {
  name = 'Exercises1764012000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'exercises',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'title', type: 'varchar', length: '200' },
          { name: 'scenario_key', type: 'varchar', length: '64' },
          { name: 'injects', type: 'text' },
          instantColumnDefinition('started_at'),
          { name: 'started_by', type: 'varchar', length: '320' },
          { name: 'elapsed_minutes', type: 'integer' },
          instantColumnDefinition('ended_at', true),
          { name: 'ended_by', type: 'varchar', length: '320', isNullable: true },
          { name: 'version', type: 'integer' },
          instantColumnDefinition('updated_at'),
        ],
        indices: [{ name: 'IDX_exercises_started', columnNames: ['started_at'] }],
      }),
    );
    const ofExercise = (table: string) => ({
      foreignKeys: [
        {
          name: `FK_${table}_exercise`,
          columnNames: ['exercise_id'],
          referencedTableName: 'exercises',
          referencedColumnNames: ['id'],
          onDelete: 'CASCADE',
        },
      ],
      indices: [{ name: `IDX_${table}_exercise`, columnNames: ['exercise_id'] }],
    });
    await queryRunner.createTable(
      new Table({
        name: 'exercise_entries',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'exercise_id', type: 'varchar', length: '36' },
          { name: 'kind', type: 'varchar', length: '32' },
          { name: 'text', type: 'text' },
          { name: 'at_minute', type: 'integer' },
          instantColumnDefinition('logged_at'),
          { name: 'logged_by', type: 'varchar', length: '320' },
        ],
        ...ofExercise('exercise_entries'),
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'exercise_improvements',
        columns: [
          { name: 'id', type: 'varchar', length: '36', isPrimary: true },
          { name: 'exercise_id', type: 'varchar', length: '36' },
          { name: 'title', type: 'varchar', length: '300' },
          { name: 'owner', type: 'varchar', length: '200' },
          { name: 'due_on', type: 'varchar', length: '10', isNullable: true },
          instantColumnDefinition('created_at'),
        ],
        ...ofExercise('exercise_improvements'),
      }),
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('exercise_improvements');
    await queryRunner.dropTable('exercise_entries');
    await queryRunner.dropTable('exercises');
  }
}
