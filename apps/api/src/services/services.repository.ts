import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { ServiceEntity } from './service.entity';

/** The only place of the services feature that talks to TypeORM. */
@Injectable()
export class ServicesRepository {
  constructor(private readonly dataSource: DataSource) {}

  findAll(manager: EntityManager = this.dataSource.manager): Promise<ServiceEntity[]> {
    return manager.find(ServiceEntity, { order: { tier: 'ASC', key: 'ASC' } });
  }

  findByKeys(keys: readonly string[]): Promise<ServiceEntity[]> {
    return this.dataSource.manager.find(ServiceEntity, { where: { key: In([...keys]) } });
  }

  findByKey(key: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(ServiceEntity, { where: { key } });
  }

  async insert(manager: EntityManager, entity: ServiceEntity): Promise<void> {
    await manager.insert(ServiceEntity, entity);
  }

  /**
   * Saves a change only if nobody saved in between (compare-and-set on `version`).
   * Returns false when the row moved on, so the caller can report a conflict.
   */
  async updateIfVersion(
    manager: EntityManager,
    entity: ServiceEntity,
    expectedVersion: number,
  ): Promise<boolean> {
    const { key, ...changes } = entity;
    const result = await manager
      .createQueryBuilder()
      .update(ServiceEntity)
      .set(changes)
      .where('key = :key AND version = :expectedVersion', { key, expectedVersion })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
