/**
 * Machine-readable error codes. They travel unchanged from the domain to the API, which maps
 * them onto GraphQL `extensions.code`.
 */
export type DomainErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN';

/** One problem with one field of an input, phrased for the person who typed it. */
export interface FieldIssue {
  /** Path of the offending field, e.g. `rtoMinutes` or `dependsOn`. */
  field: string;
  message: string;
}

/**
 * The only error type the domain throws on purpose. `issues` lists every problem found, so a
 * form can show each one next to its field.
 */
export class DomainError extends Error {
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly issues: readonly FieldIssue[] = [],
  ) {
    super(message);
    this.name = 'DomainError';
  }

  /** A rejected input: throws when `issues` is not empty. */
  static assertNoIssues(issues: readonly FieldIssue[], summary = 'Invalid input'): void {
    if (issues.length > 0) {
      const detail = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ');
      throw new DomainError('BAD_USER_INPUT', `${summary}: ${detail}`, issues);
    }
  }
}

/** True for errors the domain raised deliberately (as opposed to bugs). */
export function isDomainError(error: unknown): error is DomainError {
  return error instanceof DomainError;
}
