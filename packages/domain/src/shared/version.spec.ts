import { DomainError } from './domain-error';
import { assertCurrentVersion } from './version';

describe('assertCurrentVersion', () => {
  it('accepts a change based on the current version', () => {
    expect(() => assertCurrentVersion('Service order-db', 3, 3)).not.toThrow();
  });

  it('refuses a stale change with CONFLICT naming both versions', () => {
    let caught: unknown;
    try {
      assertCurrentVersion('Service order-db', 2, 3);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DomainError);
    expect((caught as DomainError).code).toBe('CONFLICT');
    expect((caught as DomainError).message).toContain('version 2, it is now at version 3');
  });
});
