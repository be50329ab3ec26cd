import { DateTime } from 'luxon';
import { weeklyWorkingHours, type WorkingCalendar } from '../calendar/working-calendar';
import {
  MS_PER_HOUR,
  timeSegments,
  workingHoursBetween,
  workingIntervalsMs,
} from '../calendar/working-time';
import { DomainError, type FieldIssue } from '../shared/domain-error';
import { isItemOpenAt, type BacklogItem } from './backlog';

/**
 * How far ahead a forecast looks by default. A backlog that needs longer than a year is,
 * for planning, one that does not clear; the reason says which of the two it is.
 */
export const DEFAULT_FORECAST_HORIZON_DAYS = 366;
/**
 * The furthest a forecast may look (horizon or deadline), about ten years: further is a typing
 * mistake, and walking a calendar that far would only cost time.
 */
export const MAX_FORECAST_DAYS = 3660;
/** Calendar days behind `staffToClearWithinWeek`. */
export const CLEAR_WITHIN_DAYS = 7;

/** The state and capacity a forecast starts from. All rates are per hour. */
export interface BacklogForecastInput {
  /** The moment the forecast starts from ("now" or a replayed past moment). */
  asOf: Date;
  /** Items open at `asOf`. */
  open: number;
  /** People working it (fractions are part-timers). */
  staff: number;
  /** Items one person finishes per working hour. */
  itemsPerStaffHour: number;
  /** New items per calendar hour, around the clock. */
  arrivalRatePerHour: number;
  calendar: WorkingCalendar;
  /** How far ahead to look; default 366 days. */
  horizonDays?: number;
}

/** Why a backlog does not clear. */
export type NotClearingReason =
  /** Nobody works it, or a person finishes nothing. */
  | 'NO_CAPACITY'
  /** Over a week, at least as much arrives as the team works off: it only grows. */
  | 'ARRIVALS_OUTPACE_CAPACITY'
  /** It shrinks, but needs longer than the forecast horizon. */
  | 'BEYOND_HORIZON';

/** When the open count first reaches zero, or why it does not. */
export interface Clearance {
  clearsAt: Date | null;
  notClearingReason: NotClearingReason | null;
}

/** Why no staff count can meet a deadline. */
export type StaffNeedUnreachableReason =
  /** The deadline is not after `asOf` and something is still open. */
  | 'DEADLINE_PASSED'
  /** No working time lies between `asOf` and the deadline. */
  | 'NO_WORKING_TIME_BEFORE_DEADLINE'
  /** A person finishes nothing per hour, so no number of people helps. */
  | 'NO_OUTPUT_PER_STAFF';

/** Whole people needed, or why there is no such number. */
export type StaffNeed =
  | { staff: number; unreachableReason: null }
  | { staff: null; unreachableReason: StaffNeedUnreachableReason };

/** One point of the projected burn-down line. */
export interface BurnDownPoint {
  at: Date;
  open: number;
}

/** An open item that will be (or already is) finished after its due time. */
export interface ItemMissingPromise {
  externalRef: string;
  receivedAt: Date;
  dueAt: Date;
  /** When it will be done at this capacity (FIFO); `null` when not within the horizon. */
  expectedDoneAt: Date | null;
  /** Already past due at `asOf`. */
  overdue: boolean;
}

/** Options of the full forecast. */
export interface BacklogForecastOptions {
  /** Answers `staffNeededByDeadline` when given. */
  deadline?: Date | null;
  /** Open items of an item-level backlog, for `itemsMissingPromise`. */
  items?: readonly BacklogItem[];
  /** Due time of items without `dueAt`: `receivedAt + promiseHours`. */
  promiseHours?: number | null;
  /** Where the projection stops at the latest; see `projectBurnDown` for the default. */
  projectionUntil?: Date;
}

/** Everything the dashboard shows about a backlog's future. */
export interface BacklogForecast extends Clearance {
  asOf: Date;
  open: number;
  /** Items the team finishes per working hour: staff × items per staff-hour. */
  capacityPerHour: number;
  arrivalRatePerHour: number;
  /** Calendar (wall-clock) hours from `asOf` to `clearsAt`. */
  hoursToClear: number | null;
  /** Working hours from `asOf` to `clearsAt`: the effort left at this capacity. */
  workingHoursToClear: number | null;
  /** Whole people needed to clear it within 7 calendar days of `asOf`. */
  staffToClearWithinWeek: StaffNeed;
  /** Whole people needed to clear it by the deadline; `null` when no deadline was asked. */
  staffNeededByDeadline: StaffNeed | null;
  /** Open items finished after their due time, oldest first. */
  itemsMissingPromise: ItemMissingPromise[];
  /** Projected open count from `asOf` until it clears (or the projection's end). */
  projection: BurnDownPoint[];
}

/** Checks the numbers a forecast starts from; throws `BAD_USER_INPUT` naming each field. */
export function assertValidForecastInput(input: BacklogForecastInput): void {
  const issues: FieldIssue[] = [];
  if (!Number.isFinite(input.asOf.getTime())) {
    issues.push({ field: 'asOf', message: 'must be a valid instant' });
  }
  for (const field of ['open', 'staff', 'itemsPerStaffHour', 'arrivalRatePerHour'] as const) {
    const value = input[field];
    if (!Number.isFinite(value) || value < 0) {
      issues.push({ field, message: 'must be a finite number of at least 0' });
    }
  }
  const horizon = input.horizonDays ?? DEFAULT_FORECAST_HORIZON_DAYS;
  if (!Number.isFinite(horizon) || horizon <= 0 || horizon > MAX_FORECAST_DAYS) {
    issues.push({
      field: 'horizonDays',
      message: `must be a positive number of days up to ${MAX_FORECAST_DAYS}`,
    });
  }
  DomainError.assertNoIssues(issues, 'Invalid forecast input');
}

function capacityPerHourOf(input: BacklogForecastInput): number {
  return input.staff * input.itemsPerStaffHour;
}

function horizonEndMs(input: BacklogForecastInput): number {
  return DateTime.fromMillis(input.asOf.getTime(), { zone: input.calendar.timeZone })
    .plus({ days: input.horizonDays ?? DEFAULT_FORECAST_HORIZON_DAYS })
    .toMillis();
}

/**
 * Runs the open count forward segment by segment (working or not) up to `untilMs`. Arrivals
 * add `rate × hours` in every segment; in working segments the team removes `capacity ×
 * hours` on top. Within a segment the count changes linearly, so each segment is one exact
 * step and the first zero is found by solving `open = (capacity − arrivals) × t`.
 */
function simulate(
  input: BacklogForecastInput,
  untilMs: number,
  onPoint?: (atMs: number, open: number) => void,
): number | null {
  const asOfMs = input.asOf.getTime();
  let open = input.open;
  onPoint?.(asOfMs, open);
  if (open <= 0) {
    return asOfMs;
  }
  const capacity = capacityPerHourOf(input);
  const arrivals = input.arrivalRatePerHour;
  if (capacity <= arrivals && onPoint === undefined) {
    return null; // the count never falls, so there is nothing to simulate
  }
  for (const segment of timeSegments(input.calendar, asOfMs, untilMs)) {
    const hours = (segment.endMs - segment.startMs) / MS_PER_HOUR;
    if (segment.working) {
      const drainPerHour = capacity - arrivals;
      if (drainPerHour > 0 && open <= drainPerHour * hours) {
        const clearsAtMs = Math.round(segment.startMs + (open / drainPerHour) * MS_PER_HOUR);
        onPoint?.(clearsAtMs, 0);
        return clearsAtMs;
      }
      open -= drainPerHour * hours;
    } else {
      open += arrivals * hours;
    }
    onPoint?.(segment.endMs, open);
  }
  return null;
}

function notClearingReason(input: BacklogForecastInput): NotClearingReason {
  const capacity = capacityPerHourOf(input);
  if (capacity === 0) {
    return 'NO_CAPACITY';
  }
  const workedOffPerWeek = capacity * weeklyWorkingHours(input.calendar);
  return workedOffPerWeek <= input.arrivalRatePerHour * 7 * 24
    ? 'ARRIVALS_OUTPACE_CAPACITY'
    : 'BEYOND_HORIZON';
}

/**
 * When the open count first reaches zero (`asOf` itself for an empty backlog), or `null` with
 * the reason it does not within the horizon.
 */
export function forecastClearance(input: BacklogForecastInput): Clearance {
  assertValidForecastInput(input);
  const clearsAtMs = simulate(input, horizonEndMs(input));
  if (clearsAtMs === null) {
    return { clearsAt: null, notClearingReason: notClearingReason(input) };
  }
  return { clearsAt: new Date(clearsAtMs), notClearingReason: null };
}

/**
 * The smallest whole number of people that brings the open count to zero by `deadline`.
 * Exact, not searched: before it first clears, the count at `t` is `open + arrivals × h(t) −
 * staff × rate × w(t)` (`h` calendar hours, `w` working hours since `asOf`), so the need is
 * the least `(open + arrivals × h) / (rate × w)` over all `t` up to the deadline. That ratio
 * falls during working time and rises outside it, so only the ends of working intervals (and
 * the deadline) need checking. An empty backlog needs 0 people, even for a past deadline.
 */
export function staffNeededByDeadline(input: BacklogForecastInput, deadline: Date): StaffNeed {
  assertValidForecastInput(input);
  const asOfMs = input.asOf.getTime();
  const deadlineMs = deadline.getTime();
  if (!Number.isFinite(deadlineMs) || deadlineMs - asOfMs > MAX_FORECAST_DAYS * 24 * MS_PER_HOUR) {
    throw new DomainError('BAD_USER_INPUT', 'Invalid deadline', [
      {
        field: 'deadline',
        message: `must be a valid instant at most ${MAX_FORECAST_DAYS} days after asOf`,
      },
    ]);
  }
  if (input.open === 0) {
    return { staff: 0, unreachableReason: null };
  }
  if (!(deadlineMs > asOfMs)) {
    return { staff: null, unreachableReason: 'DEADLINE_PASSED' };
  }
  if (input.itemsPerStaffHour === 0) {
    return { staff: null, unreachableReason: 'NO_OUTPUT_PER_STAFF' };
  }
  let workedMs = 0;
  let leastCapacityNeeded = Number.POSITIVE_INFINITY;
  for (const [startMs, endMs] of workingIntervalsMs(input.calendar, asOfMs, deadlineMs)) {
    workedMs += endMs - startMs;
    const arrived = input.arrivalRatePerHour * ((endMs - asOfMs) / MS_PER_HOUR);
    leastCapacityNeeded = Math.min(
      leastCapacityNeeded,
      (input.open + arrived) / (workedMs / MS_PER_HOUR),
    );
  }
  if (workedMs === 0) {
    return { staff: null, unreachableReason: 'NO_WORKING_TIME_BEFORE_DEADLINE' };
  }
  // Tolerate rounding noise (100 / 20 may come out as 5.000000000001), then confirm by
  // simulation so the answer is never one person short.
  let staff = Math.max(1, Math.ceil(leastCapacityNeeded / input.itemsPerStaffHour - 1e-9));
  for (let extra = 0; extra < 2 && !clearsBy({ ...input, staff }, deadlineMs); extra += 1) {
    staff += 1;
  }
  return { staff, unreachableReason: null };
}

function clearsBy(input: BacklogForecastInput, deadlineMs: number): boolean {
  const clearsAtMs = simulate(input, deadlineMs + 1);
  return clearsAtMs !== null && clearsAtMs <= deadlineMs;
}

/** Whole people needed to clear the backlog within 7 calendar days (in the calendar's zone). */
export function staffToClearWithinWeek(input: BacklogForecastInput): StaffNeed {
  const weekLater = DateTime.fromMillis(input.asOf.getTime(), { zone: input.calendar.timeZone })
    .plus({ days: CLEAR_WITHIN_DAYS })
    .toJSDate();
  return staffNeededByDeadline(input, weekLater);
}

/**
 * The projected open count for drawing the forecast line: a point at `asOf`, at every change
 * between working and non-working time, and at the moment it clears (where the line ends).
 * The count is linear between points, so the points draw it exactly. The line stops at
 * `until` when that comes first; without `until` it runs until the backlog clears, or for 7
 * days when it does not clear within the horizon.
 */
export function projectBurnDown(input: BacklogForecastInput, until?: Date): BurnDownPoint[] {
  assertValidForecastInput(input);
  const asOfMs = input.asOf.getTime();
  let untilMs = until?.getTime();
  if (untilMs === undefined) {
    const horizonMs = horizonEndMs(input);
    untilMs =
      simulate(input, horizonMs) === null
        ? DateTime.fromMillis(asOfMs, { zone: input.calendar.timeZone })
            .plus({ days: CLEAR_WITHIN_DAYS })
            .toMillis()
        : horizonMs;
  }
  const points: BurnDownPoint[] = [];
  simulate(input, Math.max(untilMs, asOfMs), (atMs, open) => {
    points.push({ at: new Date(atMs), open });
  });
  return points;
}

/**
 * Open items of an item-level backlog that will be finished after their due time. The team
 * works first in, first out (by `receivedAt`, then `externalRef`), so the n-th open item is
 * done when `n / capacity` working hours have passed since `asOf`; items arriving later queue
 * behind and change nothing for these. An item without `dueAt` is due `promiseHours` after it
 * arrived, or has no promise when the backlog has none. Items not done within the horizon
 * count as missing only when they are due within it (otherwise nobody can say yet).
 */
export function itemsMissingPromise(
  items: readonly BacklogItem[],
  input: BacklogForecastInput,
  promiseHours: number | null = null,
): ItemMissingPromise[] {
  assertValidForecastInput(input);
  const asOfMs = input.asOf.getTime();
  const queue = items
    .filter((item) => isItemOpenAt(item, input.asOf))
    .sort(
      (left, right) =>
        left.receivedAt.getTime() - right.receivedAt.getTime() ||
        (left.externalRef < right.externalRef ? -1 : left.externalRef > right.externalRef ? 1 : 0),
    );
  const horizonMs = horizonEndMs(input);
  const doneAtMs = completionTimes(queue.length, input, horizonMs);
  const missing: ItemMissingPromise[] = [];
  queue.forEach((item, index) => {
    const dueMs = dueTimeMs(item, promiseHours);
    if (dueMs === null) {
      return;
    }
    const expectedMs = doneAtMs[index] ?? null;
    const late = expectedMs === null ? dueMs <= horizonMs : expectedMs > dueMs;
    if (late) {
      missing.push({
        externalRef: item.externalRef,
        receivedAt: item.receivedAt,
        dueAt: new Date(dueMs),
        expectedDoneAt: expectedMs === null ? null : new Date(expectedMs),
        overdue: dueMs <= asOfMs,
      });
    }
  });
  return missing;
}

function dueTimeMs(item: BacklogItem, promiseHours: number | null): number | null {
  if (item.dueAt !== null) {
    return item.dueAt.getTime();
  }
  return promiseHours === null ? null : item.receivedAt.getTime() + promiseHours * MS_PER_HOUR;
}

/** When each of the first `count` queued items is done, walking working intervals once. */
function completionTimes(count: number, input: BacklogForecastInput, untilMs: number): number[] {
  const capacity = capacityPerHourOf(input);
  const times: number[] = [];
  if (count === 0 || capacity === 0) {
    return times;
  }
  let finishedBefore = 0; // items finished before the current interval (fractional)
  for (const [startMs, endMs] of workingIntervalsMs(
    input.calendar,
    input.asOf.getTime(),
    untilMs,
  )) {
    const finishedByEnd = finishedBefore + (capacity * (endMs - startMs)) / MS_PER_HOUR;
    while (times.length < count && times.length + 1 <= finishedByEnd + 1e-9) {
      const hoursIn = (times.length + 1 - finishedBefore) / capacity;
      times.push(Math.min(endMs, Math.round(startMs + hoursIn * MS_PER_HOUR)));
    }
    if (times.length === count) {
      break;
    }
    finishedBefore = finishedByEnd;
  }
  return times;
}

/**
 * The whole forecast of a backlog at `asOf`: when it clears (or why not), hours to clear in
 * calendar and in working time, staff needed for a week and for a deadline, items that will
 * miss their promise, and the projected burn-down line.
 */
export function forecastBacklog(
  input: BacklogForecastInput,
  options: BacklogForecastOptions = {},
): BacklogForecast {
  const clearance = forecastClearance(input);
  const clearsAt = clearance.clearsAt;
  return {
    asOf: input.asOf,
    open: input.open,
    capacityPerHour: capacityPerHourOf(input),
    arrivalRatePerHour: input.arrivalRatePerHour,
    ...clearance,
    hoursToClear:
      clearsAt === null ? null : (clearsAt.getTime() - input.asOf.getTime()) / MS_PER_HOUR,
    workingHoursToClear:
      clearsAt === null ? null : workingHoursBetween(input.calendar, input.asOf, clearsAt),
    staffToClearWithinWeek: staffToClearWithinWeek(input),
    staffNeededByDeadline:
      options.deadline === undefined || options.deadline === null
        ? null
        : staffNeededByDeadline(input, options.deadline),
    itemsMissingPromise: itemsMissingPromise(
      options.items ?? [],
      input,
      options.promiseHours ?? null,
    ),
    projection: projectBurnDown(input, options.projectionUntil),
  };
}

/** What-if: the same forecast with a different number of people. */
export function forecastWithStaff(
  input: BacklogForecastInput,
  staff: number,
  options: BacklogForecastOptions = {},
): BacklogForecast {
  return forecastBacklog({ ...input, staff }, options);
}
