import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { inTransaction } from '../common/transaction';
import { ApiError } from '../graphql/error-codes';
import { AccessTokens } from './access-tokens';
import { type Actor } from './actor';
import { roleFrom } from './auth.mapper';
import { LoginThrottle } from './login-throttle';
import { PasswordHasher } from './password-hasher';
import { RefreshTokenEntity } from './refresh-token.entity';
import { RefreshTokensRepository } from './refresh-tokens.repository';
import { randomToken, sha256Hex } from './secrets';
import { type UserEntity } from './user.entity';
import { UsersRepository } from './users.repository';

export const REFRESH_TOKEN_DAYS = 14;
/**
 * A refresh token used again within this many seconds of its rotation is accepted once more:
 * two tabs restoring the same session at once must not look like a stolen token.
 */
export const REFRESH_REUSE_GRACE_SECONDS = 30;

export interface IssuedSession {
  accessToken: string;
  expiresAt: Date;
  refreshToken: string;
  refreshExpiresAt: Date;
  user: UserEntity;
}

type RefreshOutcome = { failure: string } | { session: IssuedSession };

const WRONG_CREDENTIALS = 'E-mail address or password is wrong';
const SESSION_ENDED = 'The session has ended; log in again';

/** Login, refresh (with rotation and reuse detection) and logout. */
@Injectable()
export class SessionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly users: UsersRepository,
    private readonly refreshTokens: RefreshTokensRepository,
    private readonly hasher: PasswordHasher,
    private readonly accessTokens: AccessTokens,
    private readonly throttle: LoginThrottle,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  async login(email: string, password: string, address: string): Promise<IssuedSession> {
    const account = email.trim().toLowerCase();
    const retryAfter = await this.throttle.retryAfterSeconds(account, address);
    if (retryAfter > 0) {
      throw new ApiError(
        'TOO_MANY_REQUESTS',
        `Too many failed logins from this address; try again in ${describeWait(retryAfter)}`,
      );
    }
    const user = await this.users.findByEmail(account);
    const passwordMatches = await this.hasher.verify(user?.passwordHash, password);
    if (!user || !passwordMatches) {
      await this.throttle.recordFailure(account, address);
      throw new ApiError('UNAUTHENTICATED', WRONG_CREDENTIALS);
    }
    await this.throttle.recordSuccess(account, address);
    if (!user.enabled) throw new ApiError('UNAUTHENTICATED', 'This account is disabled');

    return inTransaction(this.dataSource, async (manager) => {
      const now = this.clock.now();
      const issued = await this.issue(manager, user, newId(), now);
      await this.users.recordLogin(manager, user.id, now);
      const actor: Actor = {
        kind: 'user',
        userId: user.id,
        email: user.email,
        role: roleFrom(user.role),
      };
      await this.audit.record(manager, {
        actor,
        action: 'login',
        entityType: 'User',
        entityId: user.id,
      });
      return issued;
    });
  }

  async refresh(refreshToken: string): Promise<IssuedSession> {
    const outcome = await inTransaction<RefreshOutcome>(this.dataSource, async (manager) => {
      const now = this.clock.now();
      const stored = await this.refreshTokens.findByHash(manager, sha256Hex(refreshToken));
      if (!stored || stored.revokedAt !== null || stored.expiresAt <= now) {
        return { failure: SESSION_ENDED };
      }
      let rotatedAt = stored.rotatedAt;
      if (rotatedAt === null && !(await this.refreshTokens.markRotated(manager, stored.id, now))) {
        // A request using the same token rotated it meanwhile: this is a use after rotation.
        const again = await this.refreshTokens.findByHash(manager, sha256Hex(refreshToken));
        rotatedAt = again?.revokedAt === null ? again.rotatedAt : null;
        if (rotatedAt === null) return { failure: SESSION_ENDED };
      }
      if (rotatedAt !== null) {
        const sinceRotation = (now.getTime() - rotatedAt.getTime()) / 1000;
        if (sinceRotation > REFRESH_REUSE_GRACE_SECONDS) {
          // An old token came back: someone holds a copy. End the whole login.
          await this.refreshTokens.revokeFamily(manager, stored.familyId, now);
          return { failure: 'This refresh token was already used; the session has ended' };
        }
      }
      const user = await this.users.findById(stored.userId, manager);
      if (!user || !user.enabled) {
        await this.refreshTokens.revokeFamily(manager, stored.familyId, now);
        return { failure: SESSION_ENDED };
      }
      // Every use within the grace period gets the same successor: a quick double use (two
      // tabs) continues one login instead of forking it.
      const successor = this.accessTokens.successorOf(refreshToken);
      return { session: await this.issue(manager, user, stored.familyId, now, successor) };
    });
    // The revocation above must commit, so the refusal is raised after the transaction.
    if ('failure' in outcome) throw new ApiError('UNAUTHENTICATED', outcome.failure);
    return outcome.session;
  }

  /** Ends the login the refresh token belongs to; unknown tokens are ignored. */
  async logout(refreshToken: string | undefined): Promise<void> {
    if (!refreshToken) return;
    await inTransaction(this.dataSource, async (manager) => {
      const stored = await this.refreshTokens.findByHash(manager, sha256Hex(refreshToken));
      if (stored) await this.refreshTokens.revokeFamily(manager, stored.familyId, this.clock.now());
    });
  }

  private async issue(
    manager: Parameters<RefreshTokensRepository['insert']>[0],
    user: UserEntity,
    familyId: string,
    now: Date,
    refreshToken: string = randomToken(),
  ): Promise<IssuedSession> {
    const existing = await this.refreshTokens.findByHash(manager, sha256Hex(refreshToken));
    if (existing) {
      // The successor was issued by an earlier use of the same token within its grace period.
      const access = this.accessTokens.issue(user.id, now);
      return {
        accessToken: access.token,
        expiresAt: access.expiresAt,
        refreshToken,
        refreshExpiresAt: existing.expiresAt,
        user,
      };
    }
    const refreshExpiresAt = new Date(now.getTime() + REFRESH_TOKEN_DAYS * 24 * 60 * 60_000);
    await this.refreshTokens.insert(
      manager,
      Object.assign(new RefreshTokenEntity(), {
        id: newId(),
        userId: user.id,
        familyId,
        tokenHash: sha256Hex(refreshToken),
        issuedAt: now,
        expiresAt: refreshExpiresAt,
        rotatedAt: null,
        revokedAt: null,
      }),
    );
    const access = this.accessTokens.issue(user.id, now);
    return {
      accessToken: access.token,
      expiresAt: access.expiresAt,
      refreshToken,
      refreshExpiresAt,
      user,
    };
  }
}

/** "1 second", "40 seconds", "3 minutes": how long a throttled login has to wait. */
function describeWait(seconds: number): string {
  if (seconds < 120) return seconds === 1 ? '1 second' : `${seconds} seconds`;
  return `${Math.ceil(seconds / 60)} minutes`;
}
