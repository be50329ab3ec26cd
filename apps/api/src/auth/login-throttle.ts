import { createHash } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { Redis } from 'ioredis';
import {
  type RateLimiterAbstract,
  RateLimiterMemory,
  RateLimiterRedis,
  type RateLimiterRes,
} from 'rate-limiter-flexible';
import { APP_CONFIG, type AppConfig } from '../config/config';

/** Misses one account may have from one address before each further try waits. */
export const LOGIN_FREE_FAILURES_PER_PAIR = 5;
/** Misses one address may have across all accounts before each further try waits. */
export const LOGIN_FREE_FAILURES_PER_ADDRESS = 20;
/** How long misses are remembered after the last one. */
export const LOGIN_WINDOW_MINUTES = 15;
/** The first delay; each further miss doubles it, up to the maximum. */
export const LOGIN_FIRST_DELAY_SECONDS = 1;
export const LOGIN_MAX_DELAY_SECONDS = 15 * 60;

/** The wait after `failures` misses when `free` of them cost nothing (0: no wait). */
export function loginDelaySeconds(failures: number, free: number): number {
  if (failures < free) return 0;
  const doublings = Math.min(failures - free, 30);
  return Math.min(LOGIN_FIRST_DELAY_SECONDS * 2 ** doublings, LOGIN_MAX_DELAY_SECONDS);
}

interface Dimension {
  /** Counts misses in the window. */
  failures: RateLimiterAbstract;
  /** Holds the current delay, if any. */
  delay: RateLimiterAbstract;
  free: number;
}

/**
 * Slows password guessing without locking anybody out (see docs/adr/0008): misses are counted
 * per (account, address) and per address, and beyond a few free misses every further try from
 * there waits, twice as long after each miss. The owner of an account, logging in from another
 * address, is never slowed by somebody else's misses. With REDIS_URL the counts are shared by
 * every instance; while Redis is unreachable each instance counts in memory.
 */
@Injectable()
export class LoginThrottle implements OnApplicationShutdown {
  private readonly logger = new Logger('LoginThrottle');
  private readonly redis: Redis | undefined;
  private readonly pair: Dimension;
  private readonly address: Dimension;
  private redisDown = false;

  constructor(@Inject(APP_CONFIG) config: AppConfig) {
    if (config.redisUrl) {
      this.redis = new Redis(config.redisUrl, {
        // Fail at once while disconnected, so the in-memory counts take over.
        enableOfflineQueue: false,
        maxRetriesPerRequest: 1,
        commandTimeout: 1_000,
      });
      this.redis.on('error', (error: Error) => {
        if (this.redisDown) return;
        this.redisDown = true;
        this.logger.warn(`Login throttling counts in memory, Redis failed: ${error.message}`);
      });
      this.redis.on('ready', () => {
        this.redisDown = false;
      });
    }
    const prefix = `${config.liveTopicPrefix}lagebild:login`;
    this.pair = this.dimension(`${prefix}:pair`, LOGIN_FREE_FAILURES_PER_PAIR);
    this.address = this.dimension(`${prefix}:address`, LOGIN_FREE_FAILURES_PER_ADDRESS);
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis?.disconnect();
  }

  /** Seconds until another attempt is allowed, or 0 when it is allowed now. */
  async retryAfterSeconds(account: string, address: string): Promise<number> {
    const [pair, fromAddress] = await Promise.all([
      this.pair.delay.get(pairKey(account, address)),
      this.address.delay.get(address),
    ]);
    return Math.max(waitOf(pair), waitOf(fromAddress));
  }

  async recordFailure(account: string, address: string): Promise<void> {
    await Promise.all([
      this.count(this.pair, pairKey(account, address)),
      this.count(this.address, address),
    ]);
  }

  /** A correct password clears the misses of this account from this address. */
  async recordSuccess(account: string, address: string): Promise<void> {
    const key = pairKey(account, address);
    await Promise.all([this.pair.failures.delete(key), this.pair.delay.delete(key)]);
  }

  private async count(dimension: Dimension, key: string): Promise<void> {
    const counted = await dimension.failures.consume(key);
    const delay = loginDelaySeconds(counted.consumedPoints, dimension.free);
    if (delay > 0) await dimension.delay.block(key, delay);
  }

  private dimension(keyPrefix: string, free: number): Dimension {
    const failures = { keyPrefix: `${keyPrefix}:failures`, points: 1_000_000 };
    const delay = { keyPrefix: `${keyPrefix}:delay`, points: 1 };
    const failureOptions = { ...failures, duration: LOGIN_WINDOW_MINUTES * 60 };
    const delayOptions = { ...delay, duration: LOGIN_MAX_DELAY_SECONDS };
    if (!this.redis) {
      return {
        failures: new RateLimiterMemory(failureOptions),
        delay: new RateLimiterMemory(delayOptions),
        free,
      };
    }
    return {
      failures: new RateLimiterRedis({
        ...failureOptions,
        storeClient: this.redis,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory(failureOptions),
      }),
      delay: new RateLimiterRedis({
        ...delayOptions,
        storeClient: this.redis,
        rejectIfRedisNotReady: true,
        insuranceLimiter: new RateLimiterMemory(delayOptions),
      }),
      free,
    };
  }
}

/** Accounts are e-mail addresses: they are hashed before they become keys in Redis. */
function pairKey(account: string, address: string): string {
  return createHash('sha256').update(`${account}\n${address}`).digest('hex');
}

function waitOf(result: RateLimiterRes | null): number {
  if (!result || result.consumedPoints <= 1) return 0;
  return Math.max(1, Math.ceil(result.msBeforeNext / 1000));
}
