import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { inTransaction } from '../common/transaction';
import { versionedUpdate } from '../common/versioned-update';
import { ApiError, notFound } from '../graphql/error-codes';
import { type Actor, type Role } from './actor';
import { userAuditSnapshot } from './auth.mapper';
import { type UpdateUserInput } from './dto/update-user.input';
import { PasswordHasher } from './password-hasher';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { UserEntity } from './user.entity';
import { PersonAccess } from './person-access';
import { UsersRepository } from './users.repository';

export interface NewUser {
  email: string;
  name?: string | undefined;
  role: Role;
  password: string;
}

/** What a change to a person decided, and whether it ends the person's sessions. */
interface UserDecision {
  next: UserEntity;
  endSessions: boolean;
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
    private readonly access: PersonAccess,
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
          { field: 'email', code: 'TAKEN', message: 'is already taken' },
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
    return this.change(input.id, input.version, actor, 'updateUser', (current) => {
      const next = Object.assign(new UserEntity(), current, {
        name: input.name?.trim() ?? current.name,
        role: input.role ?? current.role,
        enabled: input.enabled ?? current.enabled,
        passwordHash: passwordHash ?? current.passwordHash,
      });
      // A new password or a lost account ends every session; a role change takes effect on the
      // next request anyway, because each request reads the person's current role.
      return { next, endSessions: passwordHash !== undefined || !next.enabled };
    });
  }

  disable(id: string, actor: Actor): Promise<UserEntity> {
    return this.change(id, undefined, actor, 'disableUser', (current) =>
      current.enabled
        ? { next: Object.assign(new UserEntity(), current, { enabled: false }), endSessions: true }
        : null,
    );
  }

  /** Versioned change of one person; refuses to leave nobody able to administer. */
  private change(
    id: string,
    expectedVersion: number | undefined,
    actor: Actor,
    action: string,
    decide: (current: UserEntity) => UserDecision | null,
  ): Promise<UserEntity> {
    return versionedUpdate<UserEntity, UserDecision>(
      { dataSource: this.dataSource, audit: this.audit, clock: this.clock },
      {
        describe: (user) => `User ${user.id}`,
        load: (manager) => this.users.findById(id, manager),
        missing: () => notFound('User', id),
        expectedVersion,
        decide: async (current, _now, manager) => {
          const decision = decide(current);
          if (decision) await this.assertAnAdminRemains(manager, current, decision.next);
          return decision;
        },
        save: (manager, next, version) => this.users.updateIfVersion(manager, next, version),
        alsoWrite: async (manager, { next, endSessions }) => {
          if (!endSessions) return;
          await this.refreshTokens.revokeAllOfUser(manager, next.id, next.updatedAt);
        },
        audit: (current, { next }) => ({
          actor,
          action,
          entityType: 'User',
          entityId: next.id,
          before: userAuditSnapshot(current),
          after: userAuditSnapshot(next),
        }),
        announce: ({ next }) => this.access.forget(next.id),
      },
    );
  }

  private async assertAnAdminRemains(
    manager: EntityManager,
    current: UserEntity,
    next: UserEntity,
  ): Promise<void> {
    const wasActiveAdmin = current.enabled && current.role === 'ADMIN';
    const isActiveAdmin = next.enabled && next.role === 'ADMIN';
    if (wasActiveAdmin && !isActiveAdmin && (await this.users.countEnabledAdmins(manager)) <= 1) {
      throw new ApiError('CONFLICT', 'The last enabled administrator cannot be removed', [
        { field: next.enabled ? 'role' : 'enabled', message: 'would leave nobody to administer' },
      ]);
    }
  }
}
