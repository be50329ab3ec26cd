import { Injectable } from '@nestjs/common';
import { AccessTokens } from './access-tokens';
import { type Actor, ANONYMOUS } from './actor';
import { ActorResolver, type Credentials } from './actor-resolver';
import { ApiKeysService, API_KEY_PREFIX } from './api-keys.service';
import { roleFrom } from './auth.mapper';
import { PersonAccess } from './person-access';

/**
 * Finds the actor behind an access token or an API key. Credentials that do not check out make
 * the caller anonymous with the reason kept, so public operations still work and protected
 * ones answer UNAUTHENTICATED with that reason. The person's current role and enabled flag are
 * checked on every request (`PersonAccess`: a change takes effect at once on this instance,
 * within a second on others).
 */
@Injectable()
export class AuthActorResolver extends ActorResolver {
  constructor(
    private readonly accessTokens: AccessTokens,
    private readonly apiKeys: ApiKeysService,
    private readonly people: PersonAccess,
  ) {
    super();
  }

  override async resolve(credentials: Credentials): Promise<Actor> {
    const bearer = bearerToken(credentials.authorization);
    if (bearer === null) {
      return { kind: 'anonymous', rejected: 'Only Bearer credentials are accepted' };
    }
    const apiKey = credentials.apiKey ?? (bearer?.startsWith(API_KEY_PREFIX) ? bearer : undefined);
    if (apiKey !== undefined) return this.fromApiKey(apiKey.trim());
    if (bearer !== undefined) return this.fromAccessToken(bearer);
    return ANONYMOUS;
  }

  private async fromApiKey(secret: string): Promise<Actor> {
    const key = await this.apiKeys.authenticate(secret);
    if (!key) return { kind: 'anonymous', rejected: 'The API key is unknown or revoked' };
    return { kind: 'apiKey', keyId: key.id, name: key.name, role: roleFrom(key.role) };
  }

  private async fromAccessToken(token: string): Promise<Actor> {
    const verified = this.accessTokens.verify(token);
    if (!verified.ok) return { kind: 'anonymous', rejected: verified.reason };
    const user = await this.people.of(verified.claims.userId);
    if (!user || !user.enabled) {
      return { kind: 'anonymous', rejected: 'The account no longer exists or is disabled' };
    }
    return { kind: 'user', userId: user.id, email: user.email, role: roleFrom(user.role) };
  }
}

/** The token of `Bearer <token>`; undefined when nothing was sent, null for other schemes. */
function bearerToken(authorization: string | undefined): string | undefined | null {
  if (authorization === undefined || authorization.trim() === '') return undefined;
  const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization.trim());
  return match?.[1] ?? null;
}
