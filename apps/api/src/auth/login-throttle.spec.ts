import { loadConfig } from '../config/config';
import {
  LOGIN_FREE_FAILURES_PER_ADDRESS,
  LOGIN_FREE_FAILURES_PER_PAIR,
  LOGIN_MAX_DELAY_SECONDS,
  loginDelaySeconds,
  LoginThrottle,
} from './login-throttle';

describe('loginDelaySeconds', () => {
  it.each([
    [0, 5, 0],
    [4, 5, 0],
    [5, 5, 1],
    [6, 5, 2],
    [7, 5, 4],
    [14, 5, 512],
    [15, 5, LOGIN_MAX_DELAY_SECONDS],
    [1_000, 5, LOGIN_MAX_DELAY_SECONDS],
  ])('after %i misses with %i free waits %i s', (failures, free, seconds) => {
    expect(loginDelaySeconds(failures, free)).toBe(seconds);
  });
});

describe('LoginThrottle in memory (no Redis)', () => {
  const throttle = () => new LoginThrottle(loadConfig({}));

  it('slows one account from one address, not the account from elsewhere', async () => {
    const subject = throttle();
    for (let i = 0; i < LOGIN_FREE_FAILURES_PER_PAIR; i += 1) {
      expect(await subject.retryAfterSeconds('a@example.com', '192.0.2.1')).toBe(0);
      await subject.recordFailure('a@example.com', '192.0.2.1');
    }
    expect(await subject.retryAfterSeconds('a@example.com', '192.0.2.1')).toBe(1);
    expect(await subject.retryAfterSeconds('a@example.com', '192.0.2.2')).toBe(0);
    expect(await subject.retryAfterSeconds('b@example.com', '192.0.2.1')).toBe(0);
  });

  it('slows an address spraying many accounts; a success clears only its own pair', async () => {
    const subject = throttle();
    for (let i = 0; i < LOGIN_FREE_FAILURES_PER_ADDRESS; i += 1) {
      await subject.recordFailure(`user${i}@example.com`, '192.0.2.9');
    }
    expect(await subject.retryAfterSeconds('anyone@example.com', '192.0.2.9')).toBe(1);
    await subject.recordSuccess('user0@example.com', '192.0.2.9');
    expect(await subject.retryAfterSeconds('anyone@example.com', '192.0.2.9')).toBe(1);
    expect(await subject.retryAfterSeconds('anyone@example.com', '192.0.2.10')).toBe(0);
  });
});
