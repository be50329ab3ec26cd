/**
 * When an outbound message (a mail or a webhook call) is tried again. Exponential backoff with
 * jitter: the first retry comes within 30 s, later ones spread out to hours, and the last is
 * about a day after the first attempt. `random` is a number in [0, 1) the caller draws.
 */

/** Attempts in all, the first included (the schedule below spans just under 24 h). */
export const DELIVERY_MAX_ATTEMPTS = 11;
const FIRST_RETRY_SECONDS = 10;
const GROWTH = 3;
const LONGEST_WAIT_SECONDS = 6 * 3600;
/** Each wait is shortened by up to this share, so many failures do not retry in step. */
const JITTER = 0.2;

/** Milliseconds to wait after failed attempt number `attempt` (1 = the first). */
export function retryDelayMs(attempt: number, random: number): number {
  const base = Math.min(
    FIRST_RETRY_SECONDS * GROWTH ** Math.max(0, attempt - 1),
    LONGEST_WAIT_SECONDS,
  );
  const jittered = base * (1 - JITTER * Math.min(Math.max(random, 0), 1));
  return Math.round(jittered * 1000);
}

/** How one attempt ended, as the sender saw it. */
export type AttemptOutcome =
  | { kind: 'DELIVERED' }
  /** Worth trying again: a timeout, a refused connection, HTTP 3xx/4xx/5xx, SMTP 4xx. */
  | { kind: 'FAILED'; error: string }
  /** Never worth trying again: SMTP 5xx for this address, an invalid message. */
  | { kind: 'REJECTED'; error: string }
  /** The receiver says it is gone for good (HTTP 410): the endpoint is switched off. */
  | { kind: 'GONE'; error: string };

export type DeliveryStatus = 'QUEUED' | 'SENT' | 'FAILED';

export interface AttemptDecision {
  status: DeliveryStatus;
  attempts: number;
  lastError: string | null;
  /** When to try again (QUEUED only). */
  nextAttemptAt: Date | null;
  /** The webhook endpoint is to be disabled (it answered 410 Gone). */
  disableEndpoint: boolean;
}

/** What follows attempt number `attempt` (1 = the first) that ended with `outcome`. */
export function decideAfterAttempt(
  attempt: number,
  outcome: AttemptOutcome,
  now: Date,
  random: number,
): AttemptDecision {
  if (outcome.kind === 'DELIVERED') {
    return {
      status: 'SENT',
      attempts: attempt,
      lastError: null,
      nextAttemptAt: null,
      disableEndpoint: false,
    };
  }
  const final = outcome.kind !== 'FAILED' || attempt >= DELIVERY_MAX_ATTEMPTS;
  return {
    status: final ? 'FAILED' : 'QUEUED',
    attempts: attempt,
    lastError: outcome.error,
    nextAttemptAt: final ? null : new Date(now.getTime() + retryDelayMs(attempt, random)),
    disableEndpoint: outcome.kind === 'GONE',
  };
}

/** A failed delivery retried by hand starts a fresh schedule. */
export function retryFailedDelivery(
  current: { status: DeliveryStatus },
  now: Date,
): { status: DeliveryStatus; attempts: number; nextAttemptAt: Date } | null {
  if (current.status !== 'FAILED') return null;
  return { status: 'QUEUED', attempts: 0, nextAttemptAt: now };
}

/** Classifies an HTTP answer from a webhook receiver (Standard Webhooks: 2xx is success). */
export function webhookOutcome(status: number): AttemptOutcome {
  if (status >= 200 && status < 300) return { kind: 'DELIVERED' };
  if (status === 410) return { kind: 'GONE', error: 'HTTP 410 Gone: the endpoint was disabled' };
  return { kind: 'FAILED', error: `HTTP ${status}` };
}

/** The most messages a sender may start within the current second (a per-second rate limit). */
export class RateWindow {
  private windowStart = -1;
  private used = 0;

  constructor(private readonly perSecond: number) {}

  /** Milliseconds to wait before one more message may start at `nowMs` (0: go now). */
  take(nowMs: number): number {
    const second = Math.floor(nowMs / 1000);
    if (second !== this.windowStart) {
      this.windowStart = second;
      this.used = 0;
    }
    if (this.used < this.perSecond) {
      this.used += 1;
      return 0;
    }
    return (second + 1) * 1000 - nowMs;
  }
}
