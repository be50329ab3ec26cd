import i18n from 'i18next';
import type { CombinedError } from 'urql';
import { listText } from '../words/list-text';

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
  /** What is wrong, for wording in the reader's language (see the domain's FieldIssueCode). */
  code?: string;
  params?: Record<string, unknown>;
}

export interface ApiProblem {
  code: ApiErrorCode;
  message: string;
  /** Per-field problems of a rejected input in the reader's words, keyed by field name. */
  fieldIssues: Record<string, string>;
  /** The same issues as the API sent them (code and parameters), keyed alike. */
  fieldIssueDetails: Record<string, FieldIssue>;
}

const knownIssueCodes = new Set([
  'REQUIRED',
  'TOO_LONG',
  'ONE_OF',
  'KEY_FORMAT',
  'TOO_FAR_AHEAD',
  'PROMISE_TOO_FAR_AHEAD',
  'BEFORE_INCIDENT_START',
  'BEFORE_STARTED_AT',
  'BEFORE_RECEIVED_AT',
  'IN_THE_FUTURE',
  'MINUTES_RANGE',
  'BELOW_RTO',
  'NUMBER_RANGE',
  'INSTANT_RANGE',
  'DEPENDENCY_CYCLE',
  'TAKEN',
  'FOUR_EYES',
  'BEFORE_AWARENESS',
  'ONLY_WHEN_NOTIFIED',
  'LATE_NOTIFICATION_REASON',
  'NO_NOTIFICATION_REASON',
  'NOT_RESOLVED',
  'TOO_MANY',
  'INCIDENT_RESOLVED',
  'ALREADY_ACTIVE',
  'ALREADY_ENDED',
  'EMAIL_FORMAT',
  'COHORT_REQUIRED',
  'COHORT_NOT_ALLOWED',
  'UNKNOWN_BACKLOG',
  'COHORT_EMPTY',
  'NOT_CORRECTABLE',
  'EXERCISE_ENDED',
  'NO_NEXT_INJECT',
  'DATE_FORMAT',
] as const);
type KnownIssueCode = typeof knownIssueCodes extends Set<infer C> ? C : never;

/**
 * A field issue in the reader's language, from its code and parameters. `names` turns keys in
 * the parameters (a dependency cycle's services) into the names the reader knows. An issue
 * without a known code keeps its English message in English and gets a plain refusal in German.
 */
export function issueText(
  issue: FieldIssue,
  names: (key: string) => string = (key) => key,
): string {
  if (!i18n.isInitialized) return issue.message;
  const language = i18n.resolvedLanguage ?? 'en';
  const params = issue.params ?? {};
  if (issue.code === undefined || !knownIssueCodes.has(issue.code as KnownIssueCode)) {
    return i18n.t('fieldIssue.other', { message: issue.message });
  }
  const code = issue.code as KnownIssueCode;
  const strings = (value: unknown): string[] =>
    Array.isArray(value) ? value.map((item) => String(item)) : [];
  const words: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(params)) {
    if (typeof value === 'number' || typeof value === 'string') words[name] = value;
  }
  words['values'] = listText(language, strings(params['values']));
  words['cycle'] = strings(params['cycle']).map(names).join(' -> ');
  // The parameters come from the API at run time, hence the key's plain string type here.
  const translate = i18n.t as unknown as (key: string, options: object) => string;
  return translate(`fieldIssue.${code}`, words);
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
    return {
      code: 'NETWORK',
      message: error.networkError.message,
      fieldIssues: {},
      fieldIssueDetails: {},
    };
  }
  const first = error.graphQLErrors[0];
  const rawCode = first?.extensions?.code;
  const code = knownCodes.find((known) => known === rawCode) ?? 'UNKNOWN';
  const fieldIssues: Record<string, string> = {};
  const fieldIssueDetails: Record<string, FieldIssue> = {};
  for (const graphQLError of error.graphQLErrors) {
    const issues = graphQLError.extensions?.issues;
    if (!Array.isArray(issues)) continue;
    for (const issue of issues) {
      if (isFieldIssue(issue) && !(issue.field in fieldIssues)) {
        // `input.rtoMinutes` and `rtoMinutes` name the same field for the form.
        const field = issue.field.replace(/^input\./, '');
        if (!(field in fieldIssues)) {
          fieldIssues[field] = issueText(issue);
          fieldIssueDetails[field] = issue;
        }
      }
    }
  }
  return { code, message: first?.message ?? error.message, fieldIssues, fieldIssueDetails };
}
