import type { FieldIssue } from './domain-error';

/**
 * The problems of one free-text field: `REQUIRED` when it must say something and is blank,
 * `TOO_LONG` (with `max`) beyond its limit. Empty when it is fine.
 */
export function textIssues(
  field: string,
  value: string,
  max: number,
  required = false,
): FieldIssue[] {
  if (required && value.trim().length === 0) {
    return [{ field, code: 'REQUIRED', message: 'is required' }];
  }
  if (value.length > max) {
    return [
      { field, code: 'TOO_LONG', params: { max }, message: `must be at most ${max} characters` },
    ];
  }
  return [];
}

/** Text for a Markdown table cell or list item: one line, pipes escaped. */
export function markdownCell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|').trim();
}
