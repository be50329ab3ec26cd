import { DomainError, isDomainError } from './domain-error';

describe('DomainError', () => {
  it('names every field issue in its message and keeps them for forms', () => {
    expect(() =>
      DomainError.assertNoIssues([
        { field: 'tier', message: 'must be 1 to 4' },
        { field: 'key', message: 'is required' },
      ]),
    ).toThrow('Invalid input: tier: must be 1 to 4; key: is required');
    try {
      DomainError.assertNoIssues([{ field: 'tier', message: 'must be 1 to 4' }]);
    } catch (error) {
      expect(isDomainError(error)).toBe(true);
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
      expect((error as DomainError).issues).toEqual([{ field: 'tier', message: 'must be 1 to 4' }]);
    }
  });

  it('passes when there is nothing to complain about', () => {
    expect(() => DomainError.assertNoIssues([])).not.toThrow();
    expect(isDomainError(new Error('x'))).toBe(false);
  });
});
