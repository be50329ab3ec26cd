import { DomainError } from './domain-error';

/**
 * Optimistic concurrency: a change must name the version it was based on. If someone else
 * saved in between, the change is refused with CONFLICT instead of silently overwriting.
 */
export function assertCurrentVersion(what: string, expected: number, actual: number): void {
  if (expected !== actual) {
    throw new DomainError(
      'CONFLICT',
      `${what} was changed by someone else (you edited version ${expected}, it is now at version ${actual}); reload and apply your change again`,
      [{ field: 'version', message: `is ${expected}, current is ${actual}` }],
    );
  }
}
