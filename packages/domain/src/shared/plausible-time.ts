import type { FieldIssue } from './domain-error';

/**
 * How far ahead of `now` a recorded time (a count's moment, an item received or done, a timeline
 * entry) may lie: other systems' clocks drift, but a day ahead is a typo ("2030"), not drift.
 */
export const RECORDED_TIME_MAX_AHEAD_HOURS = 24;

/** How far ahead of `now` a promise (a next update, an item's due time) may lie. */
export const PROMISE_MAX_AHEAD_DAYS = 30;

const HOUR_MS = 3_600_000;

/** Refuses a recorded time more than `RECORDED_TIME_MAX_AHEAD_HOURS` ahead of `now`. */
export function validateRecordedTime(field: string, time: Date, now: Date): FieldIssue[] {
  return time.getTime() > now.getTime() + RECORDED_TIME_MAX_AHEAD_HOURS * HOUR_MS
    ? [
        {
          field,
          code: 'TOO_FAR_AHEAD',
          params: { hours: RECORDED_TIME_MAX_AHEAD_HOURS },
          message: `must not be more than ${RECORDED_TIME_MAX_AHEAD_HOURS} hours ahead of now`,
        },
      ]
    : [];
}

/** Refuses a promised time more than `PROMISE_MAX_AHEAD_DAYS` ahead of `now`. */
export function validatePromisedTime(field: string, time: Date, now: Date): FieldIssue[] {
  return time.getTime() > now.getTime() + PROMISE_MAX_AHEAD_DAYS * 24 * HOUR_MS
    ? [
        {
          field,
          code: 'PROMISE_TOO_FAR_AHEAD',
          params: { days: PROMISE_MAX_AHEAD_DAYS },
          message: `must not be more than ${PROMISE_MAX_AHEAD_DAYS} days ahead of now`,
        },
      ]
    : [];
}
