import type { ApiProblem } from '../../lib/graphql/errors';

/** A refusal of an estimate that cannot be read, shown on the estimate field. */
export function unreadableEstimate(text: string): ApiProblem {
  return {
    code: 'BAD_USER_INPUT',
    message: text,
    fieldIssues: { estimateMinutes: text },
    fieldIssueDetails: {},
  };
}

/** Minutes as a person would type them back ("90" reads as 90 minutes). */
export function estimateText(minutes: number | null): string {
  return minutes === null ? '' : String(minutes);
}
