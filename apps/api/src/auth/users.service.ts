import { Injectable } from '@nestjs/common';
import { assertCurrentVersion } from '@lagebild/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { inTransaction } from '../common/transaction';
import { ApiError, notFound } from '../graphql/error-codes';
import { type Actor, type Role } from './actor';
import { userAuditSnapshot } from './auth.mapper';
import { type UpdateUserInput } from './dto/update-user.input';
import { PasswordHasher } from './password-hasher';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

export interface NewUser {
  email: string;
  name?: string | undefined;
  role: Role;
  password: string;
}

/** People: create, change, disable. Changes end the person's sessions where they must. */
@Injectable()
export class UsersService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly hasher: PasswordHasher,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(): Promise<UserEntity[]> {
    return this.users.findAll();
  }

  async get(id: string): Promise<UserEntity> {
    const user = await this.users.findById(id);
    if (!user) throw notFound('User', id);
    return user;
  }

  findById(id: string): Promise<UserEntity | null> {
    return this.users.findById(id);
  }

  findByEmail(email: string): Promise<UserEntity | null> {
    return this.users.findByEmail(email);
  }

  async create(input: NewUser, actor: Actor): Promise<UserEntity> {
    // Hash before the transaction: argon2 takes tens of milliseconds and needs no lock.
    const passwordHash = await this.hasher.hash(input.password);
    const email = input.email.trim().toLowerCase();
    return inTransaction(this.dataSource, async (manager) => {
      if (await this.users.findByEmail(email, manager)) {
        throw new ApiError('CONFLICT', `A user with e-mail ${email} already exists`, [
          { field: 'email', message: 'is already taken' },
        ]);
      }
      const now = this.clock.now();
      const user = Object.assign(new UserEntity(), {
        id: newId(),
        email,
        name: input.name?.trim() || email,
        role: input.role,
        enabled: true,
        passwordHash,
        version: 1,
        createdAt: now,
        updatedAt: now,
        lastLoginAt: null,
      });
      await this.users.insert(manager, user);
      await this.audit.record(manager, {
        actor,
        action: 'createUser',
        entityType: 'User',
        entityId: user.id,
        after: userAuditSnapshot(user),
      });
      return user;
    });
  }

  async update(input: UpdateUserInput, actor: Actor): Promise<UserEntity> {
    const passwordHash =
      input.password === undefined ? undefined : await this.hasher.hash(input.password);
    return inTransaction(this.dataSource, async (manager) => {
      const current = await this.users.findById(input.id, manager);
      if (!current) throw notFound('User', input.id);
      assertCurrentVersion(`User ${input.id}`, input.version, current.version);
      const now = this.clock.now();
      const next = Object.assign(new UserEntity(), current, {
        name: input.name?.trim() ?? current.name,
        role: input.role ?? current.role,
        enabled: input.enabled ?? current.enabled,
        passwordHash: passwordHash ?? current.passwordHash,
        version: current.version + 1,
        updatedAt: now,
      });
      await this.saveChange(manager, current, next, input.version, actor, 'updateUser');
      // A new password or a lost account ends every session; a role change takes effect on the
      // next request anyway, because each request reads the person's current role.
      if (passwordHash !== undefined || !next.enabled) {
        await this.refreshTokens.revokeAllOfUser(manager, next.id, now);
      }
      return next;
    });
  }

  disable(id: string, actor: Actor): Promise<UserEntity> {
    return inTransaction(this.dataSource, async (manager) => {
      const current = await this.users.findById(id, manager);
      if (!current) throw notFound('User', id);
      const now = this.clock.now();
      if (!current.enabled) return current;
      const next = Object.assign(new UserEntity(), current, {
        enabled: false,
        version: current.version + 1,
        updatedAt: now,
      });
      await this.saveChange(manager, current, next, current.version, actor, 'disableUser');
      await this.refreshTokens.revokeAllOfUser(manager, next.id, now);
      return next;
    });
  }

  private async saveChange(
    manager: EntityManager,
    current: UserEntity,
    next: UserEntity,
    expectedVersion: number,
    actor: Actor,
    action: string,
  ): Promise<void> {
    const wasActiveAdmin = current.enabled && current.role === 'ADMIN';
    const isActiveAdmin = next.enabled && next.role === 'ADMIN';
    if (wasActiveAdmin && !isActiveAdmin && (await this.users.countEnabledAdmins(manager)) <= 1) {
      throw new ApiError('CONFLICT', 'The last enabled administrator cannot be removed', [
        { field: next.enabled ? 'role' : 'enabled', message: 'would leave nobody to administer' },
      ]);
    }
    if (!(await this.users.updateIfVersion(manager, next, expectedVersion))) {
      const latest = await this.users.findById(next.id, manager);
      assertCurrentVersion(`User ${next.id}`, expectedVersion, latest?.version ?? -1);
    }
    await this.audit.record(manager, {
      actor,
      action,
      entityType: 'User',
      entityId: next.id,
      before: userAuditSnapshot(current),
      after: userAuditSnapshot(next),
    });
  }
}
