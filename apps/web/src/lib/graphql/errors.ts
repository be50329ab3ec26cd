import type { CombinedError } from 'urql';

/** The codes the API puts into `extensions.code`. */
export type ApiErrorCode =
  | 'BAD_USER_INPUT'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'UNAUTHENTICATED'
  | 'FORBIDDEN'
  | 'TOO_MANY_REQUESTS'
  | 'NETWORK'
  | 'UNKNOWN';

export interface FieldIssue {
  field: string;
  message: string;
}

export interface ApiProblem {
  code: ApiErrorCode;
  message: string;
  /** Per-field problems of a rejected input, keyed by field name (first message wins). */
  fieldIssues: Record<string, string>;
}

const knownCodes: readonly ApiErrorCode[] = [
  'BAD_USER_INPUT',
  'NOT_FOUND',
  'CONFLICT',
  'UNAUTHENTICATED',
  'FORBIDDEN',
  'TOO_MANY_REQUESTS',
];

function isFieldIssue(value: unknown): value is FieldIssue {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { field?: unknown }).field === 'string' &&
    typeof (value as { message?: unknown }).message === 'string'
  );
}

/** Reads what went wrong from an urql error: its code, a message and any field issues. */
export function toApiProblem(error: CombinedError): ApiProblem {
  if (error.networkError && error.graphQLErrors.length === 0) {
    return { code: 'NETWORK', message: error.networkError.message, fieldIssues: {} };
  }
  const first = error.graphQLErrors[0];
  const rawCode = first?.extensions?.code;
  const code = knownCodes.find((known) => known === rawCode) ?? 'UNKNOWN';
  const fieldIssues: Record<string, string> = {};
  for (const graphQLError of error.graphQLErrors) {
    const issues = graphQLError.extensions?.issues;
    if (!Array.isArray(issues)) continue;
    for (const issue of issues) {
      if (isFieldIssue(issue) && !(issue.field in fieldIssues)) {
        // `input.rtoMinutes` and `rtoMinutes` name the same field for the form.
        fieldIssues[issue.field.replace(/^input\./, '')] = issue.message;
      }
    }
  }
  return { code, message: first?.message ?? error.message, fieldIssues };
}
