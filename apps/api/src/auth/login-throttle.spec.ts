import {
  LOGIN_FAILURES_PER_ACCOUNT,
  LOGIN_FAILURES_PER_ADDRESS,
  LOGIN_WINDOW_MINUTES,
  LoginThrottle,
} from './login-throttle';

const START = new Date('2026-11-20T08:00:00.000Z');
const at = (minutes: number) => new Date(START.getTime() + minutes * 60_000);

describe('LoginThrottle', () => {
  it('locks an account after the allowed failures until the oldest leaves the window', () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < LOGIN_FAILURES_PER_ACCOUNT; i += 1) {
      expect(throttle.retryAfterSeconds('a@example.com', `10.0.0.${i}`, at(i))).toBe(0);
      throttle.recordFailure('a@example.com', `10.0.0.${i}`, at(i));
    }
    // The first failure (minute 0) frees a slot at minute 15.
    expect(throttle.retryAfterSeconds('a@example.com', '10.0.0.99', at(5))).toBe(10 * 60);
    expect(throttle.retryAfterSeconds('b@example.com', '10.0.0.99', at(5))).toBe(0);
    expect(throttle.retryAfterSeconds('a@example.com', '10.0.0.99', at(LOGIN_WINDOW_MINUTES))).toBe(
      0,
    );
  });

  it('locks an address spraying many accounts, and a success clears only the account', () => {
    const throttle = new LoginThrottle();
    for (let i = 0; i < LOGIN_FAILURES_PER_ADDRESS; i += 1) {
      throttle.recordFailure(`user${i}@example.com`, '192.0.2.1', at(0));
    }
    expect(throttle.retryAfterSeconds('new@example.com', '192.0.2.1', at(1))).toBeGreaterThan(0);
    expect(throttle.retryAfterSeconds('new@example.com', '192.0.2.2', at(1))).toBe(0);

    throttle.recordFailure('c@example.com', '192.0.2.3', at(0));
    throttle.recordSuccess('c@example.com');
    expect(throttle.retryAfterSeconds('c@example.com', '192.0.2.9', at(0))).toBe(0);
  });
});
