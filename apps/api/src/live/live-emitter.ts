import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { type EventEmitter } from 'node:events';
import { Redis } from 'ioredis';
import mqemitterRedis from 'mqemitter-redis';
import { APP_CONFIG, type AppConfig } from '../config/config';

/** How live events travel: in this process only, or through Redis and whether it answers. */
export type LiveEventsState = 'local' | 'connected' | 'unavailable';

type RedisEmitter = ReturnType<typeof mqemitterRedis>;

/**
 * The publish/subscribe Mercurius uses for subscriptions and the change events between
 * instances. With REDIS_URL it goes through Redis; Redis carries live events only, so losing it
 * degrades them and nothing else: the connections retry by themselves, a subscription made while
 * Redis is away is made when it is back, a publish fails at once instead of queueing, and no
 * failure reaches the process as an unhandled error.
 */
@Injectable()
export class LiveEmitter implements OnApplicationShutdown {
  private readonly logger = new Logger('LiveEvents');
  readonly emitter: RedisEmitter | undefined;
  private readonly connections: Redis[] = [];
  private down = false;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (!config.redisUrl) return;
    const subConn = new Redis(config.redisUrl, {
      // A subscriber connection may not send INFO: the ready check after a reconnect would
      // fail on it.
      enableReadyCheck: false,
      // SUBSCRIBE waits for the connection, however long Redis is away: ioredis re-subscribes
      // after a reconnect only to channels it had confirmed, and an internal re-subscribe that
      // gave up would reject with nobody listening.
      maxRetriesPerRequest: null,
    });
    const pubConn = new Redis(config.redisUrl, {
      enableAutoPipelining: true,
      // A change while Redis is away is not queued up for later: the pictures of other instances
      // catch up at their next minute, and subscribers read the current state when they resume.
      maxRetriesPerRequest: 1,
    });
    this.connections.push(subConn, pubConn);
    this.emitter = mqemitterRedis({ subConn, pubConn });
    (this.emitter as unknown as { state: EventEmitter }).state.on('error', (error: Error) => {
      if (this.down) return;
      this.down = true;
      this.logger.warn(`Live events through Redis are unavailable: ${error.message}`);
    });
    for (const connection of this.connections) {
      connection.on('ready', () => {
        if (this.down && this.state() === 'connected') {
          this.down = false;
          this.logger.warn('Live events through Redis are available again');
        }
      });
    }
  }

  /** For /health: whether live events reach other instances right now. */
  state(): LiveEventsState {
    if (!this.emitter) return 'local';
    return this.connections.every((connection) => connection.status === 'ready')
      ? 'connected'
      : 'unavailable';
  }

  async onApplicationShutdown(): Promise<void> {
    const emitter = this.emitter as
      (RedisEmitter & { closing?: boolean; _close?: (done: () => void) => void }) | undefined;
    if (!emitter || emitter.closing) return;
    // mqemitter-redis' close() sends QUIT and waits for the answer, which never comes while Redis
    // is away; disconnecting ends the connections at once, then the in-process emitter closes.
    emitter.closing = true;
    for (const connection of this.connections) connection.disconnect();
    await new Promise<void>((resolve) => (emitter._close ? emitter._close(resolve) : resolve()));
  }
}
