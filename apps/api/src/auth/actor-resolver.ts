import { Injectable } from '@nestjs/common';
import { isDatabaseUnavailable } from '../database/database-availability';
import { ANONYMOUS, type Actor } from './actor';

/** What a request or a subscription's connection_init carries to say who sends it. */
export interface Credentials {
  /** `Bearer <access token>` or `Bearer lgb_<api key>`. */
  authorization?: string;
  /** The API key alone, from the `X-Api-Key` header. */
  apiKey?: string;
}

/**
 * Finds out who sent a request. This base version knows nobody; the authentication module
 * provides the real one under this same class token.
 */
@Injectable()
export class ActorResolver {
  async resolve(_credentials: Credentials): Promise<Actor> {
    return ANONYMOUS;
  }
}

export function credentialsFromHeaders(
  headers: Record<string, string | string[] | undefined>,
): Credentials {
  const first = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value);
  const authorization = first(headers['authorization']);
  const apiKey = first(headers['x-api-key']);
  return {
    ...(authorization ? { authorization } : {}),
    ...(apiKey ? { apiKey } : {}),
  };
}

const actorsOfRequests = new WeakMap<object, Promise<Actor>>();

/**
 * Who sent an HTTP request, found out once per request: the kept answers of the pictures and
 * the GraphQL context both ask, and a request must not sign its sender in twice.
 */
export function actorOfRequest(
  actors: ActorResolver,
  request: { headers: Record<string, string | string[] | undefined> },
): Promise<Actor> {
  let actor = actorsOfRequests.get(request);
  if (!actor) {
    const credentials = credentialsFromHeaders(request.headers);
    // Without the database nobody can be signed in; public reads still work (degraded mode).
    actor = actors.resolve(credentials).catch((error: unknown) => {
      if (isDatabaseUnavailable(error)) return { kind: 'anonymous', unverified: true } as const;
      throw error;
    });
    actorsOfRequests.set(request, actor);
  }
  return actor;
}
