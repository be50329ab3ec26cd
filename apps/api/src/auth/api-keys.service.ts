import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { inTransaction } from '../common/transaction';
import { ApiError, notFound } from '../graphql/error-codes';
import { type Actor, actorLabel, type Role } from './actor';
import { ApiKeyEntity } from './api-key.entity';
import { ApiKeysRepository } from './api-keys.repository';
import { apiKeyAuditSnapshot } from './auth.mapper';
import { randomToken, sha256Hex } from './secrets';

export const API_KEY_PREFIX = 'lgb_';
/** `lastUsedAt` is written at most this often per key, not on every request. */
const LAST_USED_PRECISION_MS = 60_000;

/** API keys for other systems: created with a role, shown once, stored as a hash, revocable. */
@Injectable()
export class ApiKeysService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly keys: ApiKeysRepository,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(): Promise<ApiKeyEntity[]> {
    return this.keys.findAll();
  }

  create(name: string, role: Role, actor: Actor): Promise<{ key: ApiKeyEntity; secret: string }> {
    return inTransaction(this.dataSource, async (manager) => {
      const trimmed = name.trim();
      if (await this.keys.findActiveByName(manager, trimmed)) {
        throw new ApiError('CONFLICT', `An active API key named ${trimmed} already exists`, [
          { field: 'name', code: 'TAKEN', message: 'is already taken by an active key' },
        ]);
      }
      const secret = `${API_KEY_PREFIX}${randomToken()}`;
      const key = Object.assign(new ApiKeyEntity(), {
        id: newId(),
        name: trimmed,
        role,
        prefix: secret.slice(0, 10),
        secretHash: sha256Hex(secret),
        createdBy: actorLabel(actor),
        createdAt: this.clock.now(),
        lastUsedAt: null,
        revokedAt: null,
      });
      await this.keys.insert(manager, key);
      await this.audit.record(manager, {
        actor,
        action: 'createApiKey',
        entityType: 'ApiKey',
        entityId: key.id,
        after: apiKeyAuditSnapshot(key),
      });
      return { key, secret };
    });
  }

  /** Revoking twice is harmless: the key stays revoked since the first time. */
  revoke(id: string, actor: Actor): Promise<ApiKeyEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const current = await this.keys.findById(id, manager);
      if (!current) throw notFound('API key', id);
      if (current.revokedAt !== null) return current;
      const next = Object.assign(new ApiKeyEntity(), current, { revokedAt: this.clock.now() });
      await this.keys.revoke(manager, id, next.revokedAt as Date);
      await this.audit.record(manager, {
        actor,
        action: 'revokeApiKey',
        entityType: 'ApiKey',
        entityId: id,
        before: apiKeyAuditSnapshot(current),
        after: apiKeyAuditSnapshot(next),
      });
      return next;
    });
  }

  /** The active key with this secret, or null. Records when it was last used. */
  async authenticate(secret: string): Promise<ApiKeyEntity | null> {
    if (!secret.startsWith(API_KEY_PREFIX) || secret.length > 200) return null;
    const key = await this.keys.findBySecretHash(sha256Hex(secret));
    if (!key || key.revokedAt !== null) return null;
    const now = this.clock.now();
    if (!key.lastUsedAt || now.getTime() - key.lastUsedAt.getTime() >= LAST_USED_PRECISION_MS) {
      await this.keys.touch(key.id, now);
      key.lastUsedAt = now;
    }
    return key;
  }
}
