import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { RecoveryTaskEntity } from './recovery-task.entity';

/** The only place of the recovery feature that talks to TypeORM. */
@Injectable()
export class RecoveryRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(RecoveryTaskEntity, { where: { id } });
  }

  /** Tasks of the incidents, in creation order. */
  tasksOf(
    incidentIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<RecoveryTaskEntity[]> {
    return manager.find(RecoveryTaskEntity, {
      where: { incidentId: In([...incidentIds]) },
      order: { position: 'ASC' },
    });
  }

  async insert(manager: EntityManager, entity: RecoveryTaskEntity): Promise<void> {
    await manager.insert(RecoveryTaskEntity, entity);
  }

  /** Compare-and-set on `version`; false when someone saved in between. */
  async updateIfVersion(
    manager: EntityManager,
    entity: RecoveryTaskEntity,
    expectedVersion: number,
  ): Promise<boolean> {
    const { id, ...changes } = entity;
    const result = await manager
      .createQueryBuilder()
      .update(RecoveryTaskEntity)
      .set(changes)
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
