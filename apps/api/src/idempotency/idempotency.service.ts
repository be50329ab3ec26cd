import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError } from '@lagebild/domain';
import { type EntityManager } from 'typeorm';
import { Clock } from '../common/clock';
import { IdempotencyKeyEntity } from './idempotency-key.entity';
import { isUniqueViolation } from '../database/unique-violation';
import { IdempotencyRepository } from './idempotency.repository';

/** One call's claim on a key: where it applies, and what the call asked for. */
export interface IdempotencyClaim {
  /** What the key is unique within, e.g. a backlog's or an incident's id. */
  scope: string;
  operation: string;
  idempotencyKey: string;
  /** SHA-256 of the request without its key; a retry must send the same. */
  payloadHash: string;
}

/**
 * A claim on `idempotencyKey` for a request. `payload` is the request without its key, built
 * in a fixed order (arrays, or objects whose keys are written in one order).
 */
export function idempotencyClaim(
  scope: string,
  operation: string,
  idempotencyKey: string,
  payload: unknown,
): IdempotencyClaim {
  const payloadHash = createHash('sha256').update(JSON.stringify(payload)).digest('hex');
  return { scope, operation, idempotencyKey, payloadHash };
}

/**
 * Makes creating mutations safe to retry (docs/adr/0006): a call with a key already used returns
 * the first call's result and changes nothing; the same key with another payload is refused.
 * Every step runs inside the caller's transaction, so the key is kept exactly when the change is.
 */
@Injectable()
export class IdempotencyService {
  constructor(
    private readonly repository: IdempotencyRepository,
    private readonly clock: Clock,
  ) {}

  /**
   * The stored result of an earlier call with the same key, or null for a new key. The same
   * key with a different payload is a client bug that must not pass silently: CONFLICT.
   */
  async previousResult<T>(manager: EntityManager, claim: IdempotencyClaim): Promise<T | null> {
    const stored = await this.repository.find(
      manager,
      claim.scope,
      claim.operation,
      claim.idempotencyKey,
    );
    if (!stored) return null;
    if (stored.payloadHash !== claim.payloadHash) {
      throw new DomainError(
        'CONFLICT',
        `Idempotency key ${claim.idempotencyKey} was already used for a different ${claim.operation} payload`,
        [{ field: 'idempotencyKey', message: 'was used before with a different payload' }],
      );
    }
    return JSON.parse(stored.result) as T;
  }

  /**
   * Keeps the key with the call's result. Taken before the change itself, it also makes
   * concurrent retries of one call wait for the first (PostgreSQL holds the new key's index
   * entry until commit), which they then replay.
   */
  async remember(manager: EntityManager, claim: IdempotencyClaim, result: unknown): Promise<void> {
    await this.repository.insert(
      manager,
      Object.assign(new IdempotencyKeyEntity(), {
        scope: claim.scope,
        operation: claim.operation,
        idempotencyKey: claim.idempotencyKey,
        payloadHash: claim.payloadHash,
        result: JSON.stringify(result),
        createdAt: this.clock.now(),
      }),
    );
  }

  /**
   * Two retries of one call may race: the loser's key insert fails on the primary key and
   * rolls back everything it wrote. Running it once more finds the winner's key and replays.
   */
  async retryingDuplicateKey<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return work();
    }
  }
}
