import { Injectable } from '@nestjs/common';

/** Failed logins allowed per account, and per client address, within the window. */
export const LOGIN_FAILURES_PER_ACCOUNT = 5;
export const LOGIN_FAILURES_PER_ADDRESS = 20;
export const LOGIN_WINDOW_MINUTES = 15;
/** Bounds memory if someone sprays logins from many addresses at many accounts. */
const MAX_TRACKED_KEYS = 10_000;

/**
 * Slows password guessing: after too many failures for one account (or from one address) in
 * the window, further attempts are refused until the oldest failure leaves the window. Kept in
 * memory per instance (several instances each allow the limit; see docs/security.md).
 */
@Injectable()
export class LoginThrottle {
  private readonly failures = new Map<string, number[]>();

  /** Seconds until another attempt is allowed, or 0 when it is allowed now. */
  retryAfterSeconds(account: string, address: string, now: Date): number {
    const waits = [
      this.wait(`account:${account}`, LOGIN_FAILURES_PER_ACCOUNT, now),
      this.wait(`address:${address}`, LOGIN_FAILURES_PER_ADDRESS, now),
    ];
    return Math.max(...waits);
  }

  recordFailure(account: string, address: string, now: Date): void {
    for (const key of [`account:${account}`, `address:${address}`]) {
      const recent = this.recent(key, now);
      recent.push(now.getTime());
      this.failures.delete(key);
      this.failures.set(key, recent);
    }
    while (this.failures.size > MAX_TRACKED_KEYS) {
      const oldest = this.failures.keys().next().value;
      if (oldest === undefined) break;
      this.failures.delete(oldest);
    }
  }

  /** A correct password clears the account's failures (the address keeps its count). */
  recordSuccess(account: string): void {
    this.failures.delete(`account:${account}`);
  }

  private wait(key: string, limit: number, now: Date): number {
    const recent = this.recent(key, now);
    if (recent.length < limit) return 0;
    const freedAt = (recent[recent.length - limit] ?? now.getTime()) + windowMs();
    return Math.max(1, Math.ceil((freedAt - now.getTime()) / 1000));
  }

  private recent(key: string, now: Date): number[] {
    const since = now.getTime() - windowMs();
    const recent = (this.failures.get(key) ?? []).filter((at) => at > since);
    if (recent.length === 0) this.failures.delete(key);
    else this.failures.set(key, recent);
    return recent;
  }
}

function windowMs(): number {
  return LOGIN_WINDOW_MINUTES * 60_000;
}
