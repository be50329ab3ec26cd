import type { FieldIssue } from '../shared/domain-error';
import { validatePastTime } from '../incident/incident';
import { textIssues } from '../shared/text';

/**
 * A personal-data breach (GDPR Art. 4 No. 12): losing the availability of order records counts
 * as much as a leak. Art. 33 asks for notification of the supervisory authority within 72 hours of
 * becoming aware — unless the breach is unlikely to result in a risk — and for every breach to be
 * documented either way (Art. 33(5)): facts, effects, remedial action, and the decision with its
 * reasons.
 */

/** Which protection goal the breach hit. */
export const BREACH_ASPECTS = ['AVAILABILITY', 'INTEGRITY', 'CONFIDENTIALITY'] as const;

/** One of {@link BREACH_ASPECTS}. */
export type BreachAspect = (typeof BREACH_ASPECTS)[number];

/**
 * Where the decision about notifying the authority stands: not yet taken, notified, or not
 * required because the breach is unlikely to result in a risk (the reason is then required).
 */
export const AUTHORITY_DECISIONS = ['PENDING', 'NOTIFIED', 'NOT_REQUIRED'] as const;

/** One of {@link AUTHORITY_DECISIONS}. */
export type AuthorityDecision = (typeof AUTHORITY_DECISIONS)[number];

/** Art. 33(1): notify "not later than 72 hours after having become aware of it". */
export const BREACH_NOTIFICATION_HOURS = 72;

/** Longest free text of a breach record (facts, effects, remedial action, reason). */
export const BREACH_TEXT_MAX_LENGTH = 10_000;

/** Most people a record may estimate as affected; beyond is a typing mistake. */
export const BREACH_AFFECTED_PEOPLE_MAX = 100_000_000;

const HOUR_MS = 60 * 60 * 1000;
const MINUTE_MS = 60 * 1000;

/** The breach record kept with an incident. */
export interface DataBreachRecord {
  aspects: BreachAspect[];
  /** When the organisation became aware: the 72 hours run from here. */
  awareAt: Date;
  facts: string;
  effects: string;
  remedialAction: string;
  /** How many people are affected, as far as known; `null` when nobody knows yet. */
  affectedPeopleEstimate: number | null;
  authorityDecision: AuthorityDecision;
  /** When the authority was notified; set exactly when the decision is NOTIFIED. */
  authorityNotifiedAt: Date | null;
  /** Why not (NOT_REQUIRED), or why late (NOTIFIED after the 72 hours). */
  authorityReason: string;
}

/** What someone supplies for a record, before it is checked. */
export interface DataBreachInput {
  aspects: readonly string[];
  awareAt: Date;
  facts: string;
  effects: string;
  remedialAction: string;
  affectedPeopleEstimate: number | null;
  authorityDecision: string;
  authorityNotifiedAt: Date | null;
  authorityReason: string;
}

/** When the authority must have been notified at the latest. */
export function notificationDeadline(awareAt: Date): Date {
  return new Date(awareAt.getTime() + BREACH_NOTIFICATION_HOURS * HOUR_MS);
}

function isAspect(value: string): value is BreachAspect {
  return (BREACH_ASPECTS as readonly string[]).includes(value);
}

function isDecision(value: string): value is AuthorityDecision {
  return (AUTHORITY_DECISIONS as readonly string[]).includes(value);
}

/**
 * Every problem with a breach record, each named by its field; empty when it is fine. A
 * notification needs its time (not before awareness, not in the future); "not required" and a
 * notification later than the deadline each need the reason written down.
 */
export function validateDataBreach(input: DataBreachInput, now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.aspects.length === 0) {
    issues.push({ field: 'aspects', code: 'REQUIRED', message: 'name at least one aspect' });
  }
  if (input.aspects.some((aspect) => !isAspect(aspect))) {
    issues.push({
      field: 'aspects',
      code: 'ONE_OF',
      params: { values: [...BREACH_ASPECTS] },
      message: `must be of ${BREACH_ASPECTS.join(', ')}`,
    });
  }
  issues.push(...validatePastTime('awareAt', input.awareAt, now));
  issues.push(
    ...textIssues('facts', input.facts, BREACH_TEXT_MAX_LENGTH),
    ...textIssues('effects', input.effects, BREACH_TEXT_MAX_LENGTH),
    ...textIssues('remedialAction', input.remedialAction, BREACH_TEXT_MAX_LENGTH),
    ...textIssues('authorityReason', input.authorityReason, BREACH_TEXT_MAX_LENGTH),
  );
  const estimate = input.affectedPeopleEstimate;
  if (
    estimate !== null &&
    (!Number.isInteger(estimate) || estimate < 0 || estimate > BREACH_AFFECTED_PEOPLE_MAX)
  ) {
    issues.push({
      field: 'affectedPeopleEstimate',
      code: 'NUMBER_RANGE',
      params: { min: 0, max: BREACH_AFFECTED_PEOPLE_MAX },
      message: `must be a whole number from 0 to ${BREACH_AFFECTED_PEOPLE_MAX}`,
    });
  }
  if (!isDecision(input.authorityDecision)) {
    issues.push({
      field: 'authorityDecision',
      code: 'ONE_OF',
      params: { values: [...AUTHORITY_DECISIONS] },
      message: `must be one of ${AUTHORITY_DECISIONS.join(', ')}`,
    });
    return issues;
  }
  const reasonGiven = input.authorityReason.trim().length > 0;
  if (input.authorityDecision === 'NOTIFIED') {
    const notifiedAt = input.authorityNotifiedAt;
    if (notifiedAt === null) {
      issues.push({
        field: 'authorityNotifiedAt',
        code: 'REQUIRED',
        message: 'say when the authority was notified',
      });
    } else {
      issues.push(...validatePastTime('authorityNotifiedAt', notifiedAt, now));
      if (notifiedAt.getTime() < input.awareAt.getTime()) {
        issues.push({
          field: 'authorityNotifiedAt',
          code: 'BEFORE_AWARENESS',
          message: 'must not be before awareAt',
        });
      }
      if (notifiedAt.getTime() > notificationDeadline(input.awareAt).getTime() && !reasonGiven) {
        issues.push({
          field: 'authorityReason',
          code: 'LATE_NOTIFICATION_REASON',
          params: { hours: BREACH_NOTIFICATION_HOURS },
          message: `a notification later than ${BREACH_NOTIFICATION_HOURS} hours needs the reasons for the delay`,
        });
      }
    }
  } else if (input.authorityNotifiedAt !== null) {
    issues.push({
      field: 'authorityNotifiedAt',
      code: 'ONLY_WHEN_NOTIFIED',
      message: 'only when the decision is NOTIFIED',
    });
  }
  if (input.authorityDecision === 'NOT_REQUIRED' && !reasonGiven) {
    issues.push({
      field: 'authorityReason',
      code: 'NO_NOTIFICATION_REASON',
      message: 'say why the breach is unlikely to result in a risk',
    });
  }
  return issues;
}

/** The checked input as a record (texts trimmed). Call {@link validateDataBreach} first. */
export function toDataBreachRecord(input: DataBreachInput): DataBreachRecord {
  return {
    aspects: BREACH_ASPECTS.filter((aspect) => input.aspects.includes(aspect)),
    awareAt: input.awareAt,
    facts: input.facts.trim(),
    effects: input.effects.trim(),
    remedialAction: input.remedialAction.trim(),
    affectedPeopleEstimate: input.affectedPeopleEstimate,
    authorityDecision: input.authorityDecision as AuthorityDecision,
    authorityNotifiedAt: input.authorityNotifiedAt,
    authorityReason: input.authorityReason.trim(),
  };
}

/**
 * Where the 72-hour clock stands: RUNNING (time left), OVERDUE (the deadline passed without a
 * decision), NOTIFIED (on time or late) or NOT_REQUIRED (decided and documented).
 */
export type NotificationClockState = 'RUNNING' | 'OVERDUE' | 'NOTIFIED' | 'NOT_REQUIRED';

export interface NotificationClock {
  state: NotificationClockState;
  deadline: Date;
  /** Whole minutes until the deadline at `now`; 0 once it passed or a decision was taken. */
  minutesLeft: number;
  /** Whole minutes past the deadline while no decision stands; else 0. */
  minutesOverdue: number;
  /** True when the authority was notified after the deadline. */
  notifiedLate: boolean;
}

/** The 72-hour clock of a breach record at `now`. */
export function notificationClock(
  record: Pick<DataBreachRecord, 'awareAt' | 'authorityDecision' | 'authorityNotifiedAt'>,
  now: Date,
): NotificationClock {
  const deadline = notificationDeadline(record.awareAt);
  const remaining = deadline.getTime() - now.getTime();
  if (record.authorityDecision === 'NOTIFIED') {
    const notifiedAt = record.authorityNotifiedAt ?? now;
    return {
      state: 'NOTIFIED',
      deadline,
      minutesLeft: 0,
      minutesOverdue: 0,
      notifiedLate: notifiedAt.getTime() > deadline.getTime(),
    };
  }
  if (record.authorityDecision === 'NOT_REQUIRED') {
    return {
      state: 'NOT_REQUIRED',
      deadline,
      minutesLeft: 0,
      minutesOverdue: 0,
      notifiedLate: false,
    };
  }
  if (remaining > 0) {
    return {
      state: 'RUNNING',
      deadline,
      // Rounded down: a clock never shows more time than there is.
      minutesLeft: Math.floor(remaining / MINUTE_MS),
      minutesOverdue: 0,
      notifiedLate: false,
    };
  }
  return {
    state: 'OVERDUE',
    deadline,
    minutesLeft: 0,
    minutesOverdue: Math.floor(-remaining / MINUTE_MS),
    notifiedLate: false,
  };
}

/**
 * The clock as it stood at `asOf` (a replayed moment): none before the organisation became
 * aware of the breach.
 */
export function notificationClockAt(
  record: Pick<DataBreachRecord, 'awareAt' | 'authorityDecision' | 'authorityNotifiedAt'>,
  asOf: Date,
): NotificationClock | null {
  return asOf.getTime() < record.awareAt.getTime() ? null : notificationClock(record, asOf);
}
