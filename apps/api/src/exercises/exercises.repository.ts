import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { ExerciseEntity, ExerciseEntryEntity, ExerciseImprovementEntity } from './exercise.entity';

/** The only place of the exercises feature that talks to TypeORM. */
@Injectable()
export class ExercisesRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Every exercise, newest first. */
  exercises(): Promise<ExerciseEntity[]> {
    return this.dataSource.manager.find(ExerciseEntity, {
      order: { startedAt: 'DESC', id: 'ASC' },
    });
  }

  exercise(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ExerciseEntity | null> {
    return manager.findOne(ExerciseEntity, { where: { id } });
  }

  /** The log entries of these exercises, in the order they were logged. */
  entriesOf(
    exerciseIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ExerciseEntryEntity[]> {
    if (exerciseIds.length === 0) return Promise.resolve([]);
    return manager.find(ExerciseEntryEntity, {
      where: { exerciseId: In([...exerciseIds]) },
      order: { atMinute: 'ASC', loggedAt: 'ASC', id: 'ASC' },
    });
  }

  improvementsOf(
    exerciseIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ExerciseImprovementEntity[]> {
    if (exerciseIds.length === 0) return Promise.resolve([]);
    return manager.find(ExerciseImprovementEntity, {
      where: { exerciseId: In([...exerciseIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  countEntries(manager: EntityManager, exerciseId: string): Promise<number> {
    return manager.count(ExerciseEntryEntity, { where: { exerciseId } });
  }

  countImprovements(manager: EntityManager, exerciseId: string): Promise<number> {
    return manager.count(ExerciseImprovementEntity, { where: { exerciseId } });
  }

  async insertExercise(manager: EntityManager, entity: ExerciseEntity): Promise<void> {
    await manager.insert(ExerciseEntity, entity);
  }

  /** Compare-and-set on `version`; false when someone saved in between. */
  async updateIfVersion(
    manager: EntityManager,
    entity: ExerciseEntity,
    expectedVersion: number,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ExerciseEntity)
      .set({
        elapsedMinutes: entity.elapsedMinutes,
        endedAt: entity.endedAt,
        endedBy: entity.endedBy,
        version: entity.version,
        updatedAt: entity.updatedAt,
      })
      .where('id = :id AND version = :expectedVersion', {
        id: entity.id,
        expectedVersion,
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /**
   * Holds the row of a running exercise for the rest of the transaction (an entry is logged
   * before an end that waits for it, never after); false once it has ended.
   */
  async holdRunning(manager: EntityManager, id: string, now: Date): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ExerciseEntity)
      .set({ updatedAt: now })
      .where('id = :id AND ended_at IS NULL', { id })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async insertEntry(manager: EntityManager, entity: ExerciseEntryEntity): Promise<void> {
    await manager.insert(ExerciseEntryEntity, entity);
  }

  async insertImprovement(
    manager: EntityManager,
    entity: ExerciseImprovementEntity,
  ): Promise<void> {
    await manager.insert(ExerciseImprovementEntity, entity);
  }
}
