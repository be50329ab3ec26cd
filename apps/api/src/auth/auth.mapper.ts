import { isRole, type Role } from './actor';
import { type ApiKeyEntity } from './api-key.entity';
import { type ApiKeyModel } from './models/api-key.model';
import { type UserModel } from './models/user.model';
import { type UserEntity } from './user.entity';

export function roleFrom(value: string): Role {
  // A role outside the list can only come from a hand-edited row: treat it as the weakest.
  return isRole(value) ? value : 'VIEWER';
}

export function toUserModel(entity: UserEntity): UserModel {
  return {
    id: entity.id,
    email: entity.email,
    name: entity.name,
    role: roleFrom(entity.role),
    enabled: entity.enabled,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
    lastLoginAt: entity.lastLoginAt,
  };
}

/** What the audit log keeps of a person: never the password hash. */
export function userAuditSnapshot(entity: UserEntity) {
  return {
    id: entity.id,
    email: entity.email,
    name: entity.name,
    role: entity.role,
    enabled: entity.enabled,
    version: entity.version,
  };
}

export function toApiKeyModel(entity: ApiKeyEntity): ApiKeyModel {
  return {
    id: entity.id,
    name: entity.name,
    role: roleFrom(entity.role),
    prefix: entity.prefix,
    createdBy: entity.createdBy,
    createdAt: entity.createdAt,
    lastUsedAt: entity.lastUsedAt,
    revokedAt: entity.revokedAt,
    active: entity.revokedAt === null,
  };
}

/** What the audit log keeps of an API key: never the secret or its hash. */
export function apiKeyAuditSnapshot(entity: ApiKeyEntity) {
  return {
    id: entity.id,
    name: entity.name,
    role: entity.role,
    prefix: entity.prefix,
    revokedAt: entity.revokedAt?.toISOString() ?? null,
  };
}
