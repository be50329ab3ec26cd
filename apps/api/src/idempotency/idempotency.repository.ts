import { Injectable } from '@nestjs/common';
import { type EntityManager, QueryFailedError } from 'typeorm';
import { IdempotencyKeyEntity } from './idempotency-key.entity';

/** A primary-key or unique violation, on either database. */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string } | undefined;
  return (
    driverError?.code === '23505' ||
    driverError?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}

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
