import jwt from 'jsonwebtoken';
import { type WebSocket } from 'ws';
import { type Actor } from '../auth/actor';
import { type ActorResolver, type Credentials } from '../auth/actor-resolver';

/** graphql-ws' close code for "Forbidden": the client must not reconnect with the same credentials. */
export const ACCESS_ENDED_CLOSE_CODE = 4403;

/** What a subscription connection keeps to check, event by event, that its caller may still listen. */
export interface ConnectionAccess {
  readonly credentials: Credentials;
  /** When the access token runs out; API keys do not expire. */
  readonly expiresAt: number | undefined;
  /** When the credentials were last checked against the database (API keys). */
  checkedAt: number;
  /** Closes the socket when the token runs out, even if no event comes. */
  expiryTimer?: NodeJS.Timeout;
}

/** The part of a subscription's context this module reads and writes. */
export interface SubscriptionContext {
  actor?: Actor;
  access?: ConnectionAccess;
  socket?: WebSocket;
}

/**
 * Subscriptions outlive the request that opened them: a person disabled, an API key revoked or
 * an access token run out must stop the stream. Every event is checked before it is sent (a
 * person's access is read through `PersonAccess`, kept for a second; an API key is read again
 * at most every `reuseMs`), and the token's expiry closes the socket by a timer. A caller who
 * may no longer listen gets the socket closed with 4403 and nothing more.
 */
export class SubscriptionAccess {
  constructor(
    private readonly actors: ActorResolver,
    private readonly reuseMs: number,
  ) {}

  async open(credentials: Credentials): Promise<{ actor: Actor; access: ConnectionAccess }> {
    const actor = await this.actors.resolve(credentials);
    return {
      actor,
      access: { credentials, expiresAt: expiryOf(credentials), checkedAt: Date.now() },
    };
  }

  /** Called when a subscription starts: arms the expiry timer of its connection once. */
  watchExpiry(context: SubscriptionContext): void {
    const { access, socket } = context;
    if (!access || access.expiresAt === undefined || access.expiryTimer || !socket) return;
    const timer = setTimeout(
      () => closeForEndedAccess(socket, 'The access token expired'),
      Math.max(0, access.expiresAt - Date.now()),
    );
    timer.unref();
    access.expiryTimer = timer;
    socket.once('close', () => clearTimeout(timer));
  }

  /** Before an event is sent: throws (and closes the socket) when the caller may not listen. */
  async checkBeforeEvent(context: SubscriptionContext): Promise<void> {
    const { access, socket } = context;
    if (!access) return;
    const reason = await this.endedAccess(context.actor, access);
    if (reason === undefined) return;
    if (socket) closeForEndedAccess(socket, reason);
    throw new Error(`Subscription ended: ${reason}`);
  }

  private async endedAccess(
    actor: Actor | undefined,
    access: ConnectionAccess,
  ): Promise<string | undefined> {
    const now = Date.now();
    if (access.expiresAt !== undefined && now >= access.expiresAt) {
      return 'The access token expired';
    }
    if (actor?.kind === 'apiKey' && now - access.checkedAt < this.reuseMs) return undefined;
    const current = await this.actors.resolve(access.credentials);
    access.checkedAt = now;
    if (current.kind === 'user' || current.kind === 'apiKey') return undefined;
    return current.kind === 'anonymous' && current.rejected ? current.rejected : 'Access ended';
  }
}

function closeForEndedAccess(socket: WebSocket, reason: string): void {
  // A close reason may carry at most 123 bytes.
  socket.close(ACCESS_ENDED_CLOSE_CODE, `Forbidden: ${reason}`.slice(0, 120));
}

/** The `exp` of a Bearer access token, in milliseconds; undefined for API keys. */
function expiryOf(credentials: Credentials): number | undefined {
  const token = /^Bearer\s+(\S+)\s*$/i.exec(credentials.authorization?.trim() ?? '')?.[1];
  if (!token) return undefined;
  const payload = jwt.decode(token);
  if (typeof payload !== 'object' || payload === null || typeof payload.exp !== 'number') {
    return undefined;
  }
  return payload.exp * 1000;
}
