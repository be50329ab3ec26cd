import { Injectable } from '@nestjs/common';

/** Subscribe requests allowed per client address, and mails per address, within the window. */
export const SUBSCRIBE_REQUESTS_PER_CLIENT = 10;
export const CONFIRMATION_MAILS_PER_EMAIL = 3;
export const SUBSCRIBE_WINDOW_MINUTES = 60;
const MAX_TRACKED_KEYS = 10_000;

/**
 * Keeps the public subscribe form from being used to flood the database or somebody's inbox:
 * the same in-memory sliding window as the login throttle, per instance.
 */
@Injectable()
export class SubscribeThrottle {
  private readonly hits = new Map<string, number[]>();

  /** Counts a request from `client`; false when the client is over its limit. */
  allowClient(client: string, now: Date): boolean {
    return this.take(`client:${client}`, SUBSCRIBE_REQUESTS_PER_CLIENT, now);
  }

  /** Counts a confirmation mail to `email`; false when that address had enough of them. */
  allowMail(email: string, now: Date): boolean {
    return this.take(`email:${email}`, CONFIRMATION_MAILS_PER_EMAIL, now);
  }

  private take(key: string, limit: number, now: Date): boolean {
    const since = now.getTime() - SUBSCRIBE_WINDOW_MINUTES * 60_000;
    const recent = (this.hits.get(key) ?? []).filter((at) => at > since);
    if (recent.length >= limit) return false;
    recent.push(now.getTime());
    this.hits.delete(key);
    this.hits.set(key, recent);
    while (this.hits.size > MAX_TRACKED_KEYS) {
      const oldest = this.hits.keys().next().value;
      if (oldest === undefined) break;
      this.hits.delete(oldest);
    }
    return true;
  }
}
