import { type ExerciseInject } from '@lagebild/domain';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn, jsonColumn } from '../database/columns';

/** An exercise: the table's shape, nothing else. */
@Entity('exercises')
export class ExerciseEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'scenario_key', type: 'varchar', length: 64 })
  scenarioKey: string;

  /** The scenario's injects as they were at the start, so a later scenario change rewrites nothing. */
  @Column({ ...jsonColumn() })
  injects: ExerciseInject[];

  @Column({ name: 'started_at', ...instantColumn() })
  startedAt: Date;

  @Column({ name: 'started_by', type: 'varchar', length: 320 })
  startedBy: string;

  @Column({ name: 'elapsed_minutes', type: 'integer' })
  elapsedMinutes: number;

  @Column({ name: 'ended_at', ...instantColumn({ nullable: true }) })
  endedAt: Date | null;

  @Column({ name: 'ended_by', type: 'varchar', length: 320, nullable: true })
  endedBy: string | null;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'updated_at', ...instantColumn() })
  updatedAt: Date;
}

/** One log entry of an exercise, at the exercise time it was logged. */
@Entity('exercise_entries')
export class ExerciseEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'exercise_id', type: 'varchar', length: 36 })
  exerciseId: string;

  @Column({ type: 'varchar', length: 32 })
  kind: string;

  @Column({ type: 'text' })
  text: string;

  @Column({ name: 'at_minute', type: 'integer' })
  atMinute: number;

  @Column({ name: 'logged_at', ...instantColumn() })
  loggedAt: Date;

  @Column({ name: 'logged_by', type: 'varchar', length: 320 })
  loggedBy: string;
}

/** An improvement action from an exercise. */
@Entity('exercise_improvements')
export class ExerciseImprovementEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'exercise_id', type: 'varchar', length: 36 })
  exerciseId: string;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 200 })
  owner: string;

  @Column({ name: 'due_on', type: 'varchar', length: 10, nullable: true })
  dueOn: string | null;

  @Column({ name: 'created_at', ...instantColumn() })
  createdAt: Date;
}
