import { validatePromisedTime, validateRecordedTime } from '../shared/plausible-time';
import {
  validateWorkingCalendarSettings,
  type WorkingCalendar,
  type WorkingCalendarSettings,
} from '../calendar/working-calendar';
import type { FieldIssue } from '../shared/domain-error';

/** How much work a backlog's team does: `staff × itemsPerStaffHour` items per working hour. */
export interface BacklogCapacity {
  /** People working the backlog; fractions are part-timers (0.5 = half a person). */
  staff: number;
  /** Items one person finishes per working hour. */
  itemsPerStaffHour: number;
}

/** A queue of work an outage created, e.g. unanswered e-mails or parcels not shipped. */
export interface Backlog {
  /** Stable slug, e.g. `unanswered-emails`. */
  key: string;
  name: string;
  /** What one item is, e.g. `e-mail`, `order`, `parcel`. */
  unit: string;
  /** The incident that caused the backlog, when known. */
  incidentId: string | null;
  /** The promise made to customers, e.g. 24 (answer within 24 h); calendar hours. */
  promiseHours: number | null;
  capacity: BacklogCapacity;
  /** New items per calendar hour; `null` means: estimate it from the recent history. */
  arrivalRatePerHour: number | null;
  calendar: WorkingCalendar;
  /**
   * Accepted as is: the business decided to live with what is left, so the backlog no longer
   * holds up the business recovery of its incident.
   */
  accepted: boolean;
}

/** An open count reported at a moment, e.g. by the mail system. */
export interface BacklogSnapshot {
  at: Date;
  open: number;
}

/** One piece of work in an item-level backlog, identified by the reporting system's ref. */
export interface BacklogItem {
  externalRef: string;
  receivedAt: Date;
  /** When it was promised; `null` uses `receivedAt + promiseHours` of its backlog, if set. */
  dueAt: Date | null;
  /** When it was finished; `null` while it is open. */
  doneAt: Date | null;
}

/** What a person or another system supplies to create a backlog. */
export interface BacklogInput {
  key: string;
  name: string;
  unit: string;
  promiseHours?: number | null;
  staff?: number;
  itemsPerStaffHour?: number;
  arrivalRatePerHour?: number | null;
  calendar?: WorkingCalendarSettings;
}

/** Slug: lowercase letters and digits, words joined by single hyphens. */
export const BACKLOG_KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const BACKLOG_KEY_MAX_LENGTH = 64;
export const BACKLOG_NAME_MAX_LENGTH = 200;
export const BACKLOG_UNIT_MAX_LENGTH = 50;
export const BACKLOG_EXTERNAL_REF_MAX_LENGTH = 200;
/** Upper bounds that catch typing mistakes (an extra zero) without limiting real use. */
export const BACKLOG_MAX_OPEN = 100_000_000;
export const BACKLOG_MAX_STAFF = 100_000;
export const BACKLOG_MAX_ITEMS_PER_STAFF_HOUR = 100_000;
export const BACKLOG_MAX_ARRIVAL_RATE_PER_HOUR = 10_000_000;
/** One year: a longer promise is not a promise. */
export const BACKLOG_MAX_PROMISE_HOURS = 8_760;
/** Items one call may carry; 10,000 is normal, this leaves headroom. */
export const BACKLOG_MAX_ITEMS_PER_CALL = 50_000;
/** Instants outside this range are typing or encoding mistakes (e.g. year 0 or 20250). */
export const BACKLOG_EARLIEST_INSTANT = new Date('1970-01-01T00:00:00.000Z');
export const BACKLOG_LATEST_INSTANT = new Date('2999-12-31T23:59:59.999Z');
/** At most this many item problems are listed; one broken export often breaks every row. */
export const MAX_ITEM_ISSUES = 20;

/** True for a valid `Date` between 1970 and the end of 2999. */
export function isInstantInRange(value: Date): boolean {
  const ms = value.getTime();
  return (
    Number.isFinite(ms) &&
    ms >= BACKLOG_EARLIEST_INSTANT.getTime() &&
    ms <= BACKLOG_LATEST_INSTANT.getTime()
  );
}

function checkNumber(
  issues: FieldIssue[],
  field: string,
  value: number,
  max: number,
  wholeNumber = false,
): void {
  if (
    !Number.isFinite(value) ||
    value < 0 ||
    value > max ||
    (wholeNumber && !Number.isInteger(value))
  ) {
    issues.push({
      field,
      code: 'NUMBER_RANGE',
      params: { min: 0, max },
      message: `must be ${wholeNumber ? 'a whole number' : 'a number'} from 0 to ${max}`,
    });
  }
}

function checkText(issues: FieldIssue[], field: string, value: string, maxLength: number): void {
  if (value.trim().length === 0) {
    issues.push({ field, code: 'REQUIRED', message: 'is required' });
  } else if (value.length > maxLength) {
    issues.push({
      field,
      code: 'TOO_LONG',
      params: { max: maxLength },
      message: `must be at most ${maxLength} characters`,
    });
  }
}

/** Checks a new backlog field by field and returns every problem found (empty when valid). */
export function validateBacklogInput(input: BacklogInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (input.key.length === 0) {
    issues.push({ field: 'key', code: 'REQUIRED', message: 'is required' });
  } else if (input.key.length > BACKLOG_KEY_MAX_LENGTH) {
    issues.push({
      field: 'key',
      code: 'TOO_LONG',
      params: { max: BACKLOG_KEY_MAX_LENGTH },
      message: `must be at most ${BACKLOG_KEY_MAX_LENGTH} characters`,
    });
  } else if (!BACKLOG_KEY_PATTERN.test(input.key)) {
    issues.push({
      field: 'key',
      code: 'KEY_FORMAT',
      message:
        'must be lowercase letters and digits joined by single hyphens, e.g. unanswered-emails',
    });
  }
  checkText(issues, 'name', input.name, BACKLOG_NAME_MAX_LENGTH);
  checkText(issues, 'unit', input.unit, BACKLOG_UNIT_MAX_LENGTH);
  if (input.promiseHours !== undefined && input.promiseHours !== null) {
    checkNumber(issues, 'promiseHours', input.promiseHours, BACKLOG_MAX_PROMISE_HOURS);
  }
  issues.push(
    ...validateBacklogCapacity({
      staff: input.staff ?? 0,
      itemsPerStaffHour: input.itemsPerStaffHour ?? 0,
    }),
  );
  if (input.arrivalRatePerHour !== undefined && input.arrivalRatePerHour !== null) {
    checkNumber(
      issues,
      'arrivalRatePerHour',
      input.arrivalRatePerHour,
      BACKLOG_MAX_ARRIVAL_RATE_PER_HOUR,
    );
  }
  if (input.calendar !== undefined) {
    issues.push(...validateWorkingCalendarSettings(input.calendar));
  }
  return issues;
}

/** What describes a backlog and may change after it was created. */
export interface BacklogDetails {
  name: string;
  unit: string;
  promiseHours: number | null;
}

/** Checks a backlog's changed name, unit and promise, field by field (empty when valid). */
export function validateBacklogDetails(details: BacklogDetails): FieldIssue[] {
  const issues: FieldIssue[] = [];
  checkText(issues, 'name', details.name, BACKLOG_NAME_MAX_LENGTH);
  checkText(issues, 'unit', details.unit, BACKLOG_UNIT_MAX_LENGTH);
  if (details.promiseHours !== null) {
    checkNumber(issues, 'promiseHours', details.promiseHours, BACKLOG_MAX_PROMISE_HOURS);
  }
  return issues;
}

/** Checks a capacity: staff and rate are finite, not negative and not absurdly large. */
export function validateBacklogCapacity(capacity: BacklogCapacity): FieldIssue[] {
  const issues: FieldIssue[] = [];
  checkNumber(issues, 'staff', capacity.staff, BACKLOG_MAX_STAFF);
  checkNumber(
    issues,
    'itemsPerStaffHour',
    capacity.itemsPerStaffHour,
    BACKLOG_MAX_ITEMS_PER_STAFF_HOUR,
  );
  return issues;
}

/**
 * Checks a reported open count: a whole number ≥ 0 at an instant in range and not more than a
 * day ahead of `now` (`RECORDED_TIME_MAX_AHEAD_HOURS`).
 */
export function validateBacklogSnapshot(snapshot: BacklogSnapshot, now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  checkNumber(issues, 'open', snapshot.open, BACKLOG_MAX_OPEN, true);
  if (!isInstantInRange(snapshot.at)) {
    issues.push({
      field: 'at',
      code: 'INSTANT_RANGE',
      message: 'must be an instant between 1970 and 2999',
    });
  } else {
    issues.push(...validateRecordedTime('at', snapshot.at, now));
  }
  return issues;
}

/**
 * Checks a batch of items: refs present, unique within the batch, times in range, neither due
 * nor done before received; received and done at most a day ahead of `now`, due at most 30 days
 * ahead (a received time long before the incident is fine: work waits). Lists at most 20
 * problems so one broken export stays readable.
 */
export function validateBacklogItems(items: readonly BacklogItem[], now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (items.length > BACKLOG_MAX_ITEMS_PER_CALL) {
    issues.push({
      field: 'items',
      message: `must hold at most ${BACKLOG_MAX_ITEMS_PER_CALL} items per call`,
    });
    return issues;
  }
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    if (issues.length >= MAX_ITEM_ISSUES) {
      break;
    }
    const field = `items[${index}]`;
    if (item.externalRef.trim().length === 0) {
      issues.push({ field: `${field}.externalRef`, code: 'REQUIRED', message: 'is required' });
    } else if (item.externalRef.length > BACKLOG_EXTERNAL_REF_MAX_LENGTH) {
      issues.push({
        field: `${field}.externalRef`,
        code: 'TOO_LONG',
        params: { max: BACKLOG_EXTERNAL_REF_MAX_LENGTH },
        message: `must be at most ${BACKLOG_EXTERNAL_REF_MAX_LENGTH} characters`,
      });
    } else if (seen.has(item.externalRef)) {
      issues.push({
        field: `${field}.externalRef`,
        message: `"${item.externalRef}" appears more than once in this call`,
      });
    }
    seen.add(item.externalRef);
    if (!isInstantInRange(item.receivedAt)) {
      issues.push({
        field: `${field}.receivedAt`,
        code: 'INSTANT_RANGE',
        message: 'must be an instant between 1970 and 2999',
      });
      continue;
    }
    issues.push(...validateRecordedTime(`${field}.receivedAt`, item.receivedAt, now));
    for (const key of ['dueAt', 'doneAt'] as const) {
      const value = item[key];
      if (value === null) {
        continue;
      }
      if (!isInstantInRange(value)) {
        issues.push({
          field: `${field}.${key}`,
          code: 'INSTANT_RANGE',
          message: 'must be an instant between 1970 and 2999',
        });
      } else if (value.getTime() < item.receivedAt.getTime()) {
        issues.push({
          field: `${field}.${key}`,
          code: 'BEFORE_RECEIVED_AT',
          message: 'must not be before receivedAt',
        });
      } else if (key === 'dueAt') {
        issues.push(...validatePromisedTime(`${field}.dueAt`, value, now));
      } else {
        issues.push(...validateRecordedTime(`${field}.doneAt`, value, now));
      }
    }
  }
  return issues;
}

/** True when the item was received by `asOf` and not finished by then. */
export function isItemOpenAt(item: BacklogItem, asOf: Date): boolean {
  const asOfMs = asOf.getTime();
  return (
    item.receivedAt.getTime() <= asOfMs && (item.doneAt === null || item.doneAt.getTime() > asOfMs)
  );
}

/**
 * The backlog's open count at `asOf`. Items, when there are any, are the truth: the count of
 * items received and not finished by then. Otherwise the latest snapshot at or before `asOf`;
 * 0 when there is none yet. `itemLevel` says the backlog has items even when the caller passed
 * only the relevant ones (e.g. none open at `asOf`).
 */
export function openCountAt(
  history: {
    items: readonly BacklogItem[];
    snapshots: readonly BacklogSnapshot[];
    itemLevel?: boolean;
  },
  asOf: Date,
): number {
  if (history.itemLevel ?? history.items.length > 0) {
    return history.items.filter((item) => isItemOpenAt(item, asOf)).length;
  }
  return latestSnapshotAt(history.snapshots, asOf)?.open ?? 0;
}

/**
 * The rule behind `Backlog.open` when the counts come pre-aggregated (e.g. from SQL): with
 * items, the number not done; without, the latest snapshot's count (0 when there is none).
 */
export function currentOpenCount(counts: {
  itemCount: number;
  openItemCount: number;
  latestSnapshotOpen: number | null;
}): number {
  return counts.itemCount > 0 ? counts.openItemCount : (counts.latestSnapshotOpen ?? 0);
}

/** The last snapshot taken at or before `asOf` (the later one wins a tie in input order). */
export function latestSnapshotAt(
  snapshots: readonly BacklogSnapshot[],
  asOf: Date,
): BacklogSnapshot | null {
  let latest: BacklogSnapshot | null = null;
  for (const snapshot of snapshots) {
    if (
      snapshot.at.getTime() <= asOf.getTime() &&
      (latest === null || snapshot.at.getTime() >= latest.at.getTime())
    ) {
      latest = snapshot;
    }
  }
  return latest;
}

/**
 * Whether the backlog no longer holds up the business recovery of its incident: nothing is
 * open, or the business accepted what is left.
 */
export function isBacklogSettled(backlog: Pick<Backlog, 'accepted'>, open: number): boolean {
  return open === 0 || backlog.accepted;
}
