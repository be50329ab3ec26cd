import { Injectable } from '@nestjs/common';
import { type EntityManager } from 'typeorm';
import { IdempotencyKeyEntity } from './idempotency-key.entity';

/** The only place of the idempotency feature that talks to TypeORM. */
@Injectable()
export class IdempotencyRepository {
  find(
    manager: EntityManager,
    scope: string,
    operation: string,
    idempotencyKey: string,
  ): Promise<IdempotencyKeyEntity | null> {
    return manager.findOne(IdempotencyKeyEntity, { where: { scope, operation, idempotencyKey } });
  }

  async insert(manager: EntityManager, entity: IdempotencyKeyEntity): Promise<void> {
    await manager.insert(IdempotencyKeyEntity, entity);
  }
}
