/**
 * Machine-readable error codes. They travel unchanged from the domain to the API, which maps
 * them onto GraphQL `extensions.code`.
 */
export type DomainErrorCode = 'BAD_USER_INPUT' | 'NOT_FOUND' | 'CONFLICT' | 'FORBIDDEN';

/** What is wrong with a field, for a reader to word in their language. */
export type FieldIssueCode =
  | 'REQUIRED'
  | 'TOO_LONG'
  | 'ONE_OF'
  | 'KEY_FORMAT'
  | 'TOO_FAR_AHEAD'
  | 'PROMISE_TOO_FAR_AHEAD'
  | 'BEFORE_INCIDENT_START'
  | 'BEFORE_STARTED_AT'
  | 'BEFORE_RECEIVED_AT'
  | 'IN_THE_FUTURE'
  | 'MINUTES_RANGE'
  | 'BELOW_RTO'
  | 'NUMBER_RANGE'
  | 'INSTANT_RANGE'
  | 'DEPENDENCY_CYCLE'
  | 'TAKEN'
  | 'FOUR_EYES'
  | 'BEFORE_AWARENESS'
  | 'ONLY_WHEN_NOTIFIED'
  | 'LATE_NOTIFICATION_REASON'
  | 'NO_NOTIFICATION_REASON'
  | 'NOT_RESOLVED'
  | 'TOO_MANY'
  | 'INCIDENT_RESOLVED'
  | 'ALREADY_ACTIVE'
  | 'ALREADY_ENDED'
  | 'EMAIL_FORMAT'
  | 'COHORT_REQUIRED'
  | 'COHORT_NOT_ALLOWED'
  | 'UNKNOWN_BACKLOG'
  | 'COHORT_EMPTY'
  | 'NOT_CORRECTABLE'
  | 'EXERCISE_ENDED'
  | 'NO_NEXT_INJECT'
  | 'DATE_FORMAT';

/** The values a code's wording needs (a limit, the allowed values, a cycle's path). */
export type IssueParams = Readonly<Record<string, string | number | readonly string[]>>;

/**
 * One problem with one field of an input: `code` and `params` for a reader's language,
 * `message` the same in English for logs and API clients. Issues without a code have only the
 * English message.
 */
export interface FieldIssue {
  /** Path of the offending field, e.g. `rtoMinutes` or `dependsOn`. */
  field: string;
  message: string;
  code?: FieldIssueCode;
  params?: IssueParams;
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
