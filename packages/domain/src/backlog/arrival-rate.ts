import type { WorkingCalendar } from '../calendar/working-calendar';
import { MS_PER_HOUR, workingHoursBetween } from '../calendar/working-time';
import type { BacklogItem, BacklogSnapshot } from './backlog';

/** How far back the estimate looks unless told otherwise: three days cover a weekend's rhythm. */
export const DEFAULT_ARRIVAL_WINDOW_HOURS = 72;

/** An arrival rate derived from history, with what it rests on. */
export interface ArrivalRateEstimate {
  /** New items per calendar hour, never negative. */
  ratePerHour: number;
  method: 'SNAPSHOTS' | 'ITEMS';
  /** Calendar hours of history the estimate covers. */
  basisHours: number;
}

export interface SnapshotArrivalOptions {
  asOf: Date;
  calendar: WorkingCalendar;
  /** Items per working hour the team finished meanwhile (staff × items per staff-hour). */
  capacityPerHour?: number;
  windowHours?: number;
}

/**
 * Estimates the arrival rate from the open counts reported in the last `windowHours` before
 * `asOf`. A count only shows arrivals minus work done, so each pair of consecutive snapshots
 * is read as: arrivals = change in the open count + capacity × working hours between them
 * (the team works at capacity while something is open). Pairs in which the backlog was empty
 * at either end are skipped, unless no working time lies between them (then nothing was
 * worked off and the change is the arrivals alone). The rate is the sum of arrivals over the
 * sum of calendar hours of the pairs used, at least 0. `null` when no pair qualifies.
 */
export function estimateArrivalRate(
  snapshots: readonly BacklogSnapshot[],
  options: SnapshotArrivalOptions,
): ArrivalRateEstimate | null {
  const windowHours = options.windowHours ?? DEFAULT_ARRIVAL_WINDOW_HOURS;
  const capacityPerHour = options.capacityPerHour ?? 0;
  const asOfMs = options.asOf.getTime();
  const windowStartMs = asOfMs - windowHours * MS_PER_HOUR;
  const recent = snapshots
    .filter((snapshot) => snapshot.at.getTime() >= windowStartMs && snapshot.at.getTime() <= asOfMs)
    .sort((left, right) => left.at.getTime() - right.at.getTime());

  let arrivals = 0;
  let basisMs = 0;
  for (let index = 1; index < recent.length; index += 1) {
    const earlier = recent[index - 1] as BacklogSnapshot;
    const later = recent[index] as BacklogSnapshot;
    const elapsedMs = later.at.getTime() - earlier.at.getTime();
    if (elapsedMs <= 0) {
      continue;
    }
    const workedHours = workingHoursBetween(options.calendar, earlier.at, later.at);
    const teamMayHaveIdled = earlier.open === 0 || later.open === 0;
    if (teamMayHaveIdled && workedHours > 0) {
      continue;
    }
    arrivals += later.open - earlier.open + capacityPerHour * workedHours;
    basisMs += elapsedMs;
  }
  if (basisMs === 0) {
    return null;
  }
  const basisHours = basisMs / MS_PER_HOUR;
  return { ratePerHour: Math.max(0, arrivals / basisHours), method: 'SNAPSHOTS', basisHours };
}

/**
 * Estimates the arrival rate of an item-level backlog: items received in the last
 * `windowHours` before `asOf`, divided by `windowHours`. Items say exactly when they arrived,
 * so no correction for work done is needed. `null` when no item had arrived by `asOf`.
 */
export function estimateArrivalRateFromItems(
  items: readonly BacklogItem[],
  asOf: Date,
  windowHours: number = DEFAULT_ARRIVAL_WINDOW_HOURS,
): ArrivalRateEstimate | null {
  const asOfMs = asOf.getTime();
  const windowStartMs = asOfMs - windowHours * MS_PER_HOUR;
  let anyArrived = false;
  let arrivedInWindow = 0;
  for (const item of items) {
    const receivedMs = item.receivedAt.getTime();
    if (receivedMs <= asOfMs) {
      anyArrived = true;
      if (receivedMs > windowStartMs) {
        arrivedInWindow += 1;
      }
    }
  }
  if (!anyArrived || windowHours <= 0) {
    return null;
  }
  return { ratePerHour: arrivedInWindow / windowHours, method: 'ITEMS', basisHours: windowHours };
}
