import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { CommunicationEntity } from './communication.entity';

/** The only place of the communications feature that talks to TypeORM. */
@Injectable()
export class CommunicationsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(CommunicationEntity, { where: { id } });
  }

  /** Every communication of the incidents, oldest first. */
  findByIncidentIds(
    incidentIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CommunicationEntity[]> {
    if (incidentIds.length === 0) return Promise.resolve([]);
    return manager.find(CommunicationEntity, {
      where: { incidentId: In([...incidentIds]) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
  }

  async insert(manager: EntityManager, entity: CommunicationEntity): Promise<void> {
    await manager.insert(CommunicationEntity, entity);
  }

  /**
   * Saves a change only if nobody saved in between (compare-and-set on `version`).
   * Returns false when the row moved on, so the caller can report a conflict.
   */
  async updateIfVersion(
    manager: EntityManager,
    entity: CommunicationEntity,
    expectedVersion: number,
  ): Promise<boolean> {
    const { id, ...changes } = entity;
    const result = await manager
      .createQueryBuilder()
      .update(CommunicationEntity)
      .set(changes)
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
