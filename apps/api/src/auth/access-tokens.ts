import { createHmac, createSecretKey, type KeyObject, randomBytes } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import jwt from 'jsonwebtoken';
import { APP_CONFIG, type AppConfig } from '../config/config';

/** Access tokens live briefly; the refresh token keeps a person logged in. */
export const ACCESS_TOKEN_MINUTES = 15;
const ISSUER = 'lagebild';
const AUDIENCE = 'lagebild-api';

export interface AccessTokenClaims {
  userId: string;
}

export interface IssuedAccessToken {
  token: string;
  expiresAt: Date;
}

/** Signs and checks the short-lived JWT access tokens (HS256, algorithm pinned on verify). */
@Injectable()
export class AccessTokens implements OnApplicationBootstrap {
  /**
   * The HMAC key, made once: given a string, the JWT library would try to parse it as a public
   * key on every verification, which costs more than the rest of an authenticated request.
   */
  private readonly secret: KeyObject;
  private readonly generatedSecret: boolean;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    this.generatedSecret = config.auth.jwtSecret === undefined;
    this.secret = createSecretKey(
      Buffer.from(config.auth.jwtSecret ?? randomBytes(48).toString('base64'), 'utf8'),
    );
  }

  onApplicationBootstrap(): void {
    if (this.generatedSecret) {
      new Logger('Auth').warn(
        'LAGEBILD_JWT_SECRET is not set: using a random secret for this start only. ' +
          'Access tokens stop working on restart and are refused by other instances. ' +
          'Set it (32+ random characters) for anything but a demo.',
      );
    }
  }

  issue(userId: string, now: Date): IssuedAccessToken {
    const issuedAt = Math.floor(now.getTime() / 1000);
    const expiresAt = issuedAt + ACCESS_TOKEN_MINUTES * 60;
    const token = jwt.sign({ iat: issuedAt, exp: expiresAt, typ: 'access' }, this.secret, {
      algorithm: 'HS256',
      subject: userId,
      issuer: ISSUER,
      audience: AUDIENCE,
    });
    return { token, expiresAt: new Date(expiresAt * 1000) };
  }

  /**
   * The refresh token that replaces `refreshToken`: derived with the server's secret, so every
   * use of one token within its grace period gets the same successor (two tabs refreshing at
   * once share one session instead of forking it), and nobody without the secret can compute it.
   */
  successorOf(refreshToken: string): string {
    return createHmac('sha256', this.secret)
      .update(`lagebild-refresh-successor:${refreshToken}`)
      .digest('base64url');
  }

  /** The claims of a valid token, or the reason it is refused. */
  verify(token: string): { ok: true; claims: AccessTokenClaims } | { ok: false; reason: string } {
    try {
      const payload = jwt.verify(token, this.secret, {
        algorithms: ['HS256'],
        issuer: ISSUER,
        audience: AUDIENCE,
      });
      if (typeof payload === 'string' || payload['typ'] !== 'access' || !payload.sub) {
        return { ok: false, reason: 'The access token is not valid' };
      }
      return { ok: true, claims: { userId: payload.sub } };
    } catch (error) {
      return {
        ok: false,
        reason:
          error instanceof jwt.TokenExpiredError
            ? 'The access token has expired; refresh the session or log in again'
            : 'The access token is not valid',
      };
    }
  }
}
