import {
  decideAfterAttempt,
  DELIVERY_MAX_ATTEMPTS,
  RateWindow,
  retryDelayMs,
  retryFailedDelivery,
  webhookOutcome,
} from './delivery-schedule';

const now = new Date('2026-11-20T08:00:00.000Z');

describe('retry schedule', () => {
  it('retries first within 30 seconds', () => {
    for (const random of [0, 0.5, 0.999])
      expect(retryDelayMs(1, random)).toBeLessThanOrEqual(30_000);
  });

  it('grows and never waits longer than 6 hours', () => {
    for (let attempt = 2; attempt < DELIVERY_MAX_ATTEMPTS; attempt += 1) {
      expect(retryDelayMs(attempt, 0)).toBeGreaterThanOrEqual(retryDelayMs(attempt - 1, 0));
      expect(retryDelayMs(attempt, 0)).toBeLessThanOrEqual(6 * 3_600_000);
    }
  });

  it('spreads the last attempt to about a day after the first, never beyond', () => {
    let total = 0;
    for (let attempt = 1; attempt < DELIVERY_MAX_ATTEMPTS; attempt += 1) {
      total += retryDelayMs(attempt, 0);
    }
    expect(total).toBeLessThanOrEqual(24 * 3_600_000);
    expect(total).toBeGreaterThan(20 * 3_600_000);
  });

  it('jitter only shortens the wait, by at most a fifth', () => {
    expect(retryDelayMs(3, 1)).toBe(Math.round(90_000 * 0.8));
    expect(retryDelayMs(3, 0)).toBe(90_000);
  });
});

describe('decideAfterAttempt', () => {
  it('a delivered message is SENT', () => {
    expect(decideAfterAttempt(1, { kind: 'DELIVERED' }, now, 0)).toMatchObject({
      status: 'SENT',
      attempts: 1,
      lastError: null,
    });
  });

  it('a failure is queued again with the backoff and keeps the error', () => {
    const decision = decideAfterAttempt(1, { kind: 'FAILED', error: 'HTTP 500' }, now, 0);
    expect(decision).toMatchObject({ status: 'QUEUED', lastError: 'HTTP 500' });
    expect(decision.nextAttemptAt?.getTime()).toBe(now.getTime() + 10_000);
  });

  it('the last failure is FAILED', () => {
    expect(
      decideAfterAttempt(DELIVERY_MAX_ATTEMPTS, { kind: 'FAILED', error: 'x' }, now, 0),
    ).toMatchObject({ status: 'FAILED', nextAttemptAt: null });
  });

  it('a rejection fails at once; 410 Gone also disables the endpoint', () => {
    expect(decideAfterAttempt(1, { kind: 'REJECTED', error: '550' }, now, 0)).toMatchObject({
      status: 'FAILED',
      disableEndpoint: false,
    });
    expect(decideAfterAttempt(1, webhookOutcome(410), now, 0)).toMatchObject({
      status: 'FAILED',
      disableEndpoint: true,
    });
  });
});

describe('webhookOutcome', () => {
  it.each([
    [200, 'DELIVERED'],
    [204, 'DELIVERED'],
    [301, 'FAILED'],
    [400, 'FAILED'],
    [429, 'FAILED'],
    [503, 'FAILED'],
    [410, 'GONE'],
  ])('HTTP %i is %s', (status, kind) => {
    expect(webhookOutcome(status).kind).toBe(kind);
  });
});

describe('retryFailedDelivery', () => {
  it('queues a FAILED delivery afresh and leaves others alone', () => {
    expect(retryFailedDelivery({ status: 'FAILED' }, now)).toEqual({
      status: 'QUEUED',
      attempts: 0,
      nextAttemptAt: now,
    });
    expect(retryFailedDelivery({ status: 'SENT' }, now)).toBeNull();
  });
});

describe('RateWindow', () => {
  it('lets the limit through per second and then waits for the next second', () => {
    const window = new RateWindow(2);
    expect(window.take(1_000)).toBe(0);
    expect(window.take(1_100)).toBe(0);
    expect(window.take(1_200)).toBe(800);
    expect(window.take(2_000)).toBe(0);
  });
});
