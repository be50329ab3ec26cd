import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { ApiKeyEntity } from './api-key.entity';

/** The only place that reads and writes the `api_keys` table. */
@Injectable()
export class ApiKeysRepository {
  constructor(private readonly dataSource: DataSource) {}

  findAll(): Promise<ApiKeyEntity[]> {
    return this.dataSource.manager.find(ApiKeyEntity, { order: { createdAt: 'DESC' } });
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(ApiKeyEntity, { where: { id } });
  }

  findActiveByName(manager: EntityManager, name: string) {
    // A raw condition: the instant transformer cannot convert TypeORM's IsNull() operator.
    return manager
      .createQueryBuilder(ApiKeyEntity, 'key')
      .where('key.name = :name AND key.revoked_at IS NULL', { name })
      .getOne();
  }

  findBySecretHash(secretHash: string) {
    return this.dataSource.manager.findOne(ApiKeyEntity, { where: { secretHash } });
  }

  async insert(manager: EntityManager, entity: ApiKeyEntity): Promise<void> {
    await manager.insert(ApiKeyEntity, entity);
  }

  async revoke(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.update(ApiKeyEntity, { id }, { revokedAt: at });
  }

  async touch(id: string, at: Date): Promise<void> {
    await this.dataSource.manager.update(ApiKeyEntity, { id }, { lastUsedAt: at });
  }
}
