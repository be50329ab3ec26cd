import { DateTime } from 'luxon';
import { type WorkingCalendar } from '../calendar/working-calendar';
import { MS_PER_HOUR, workingIntervalsMs } from '../calendar/working-time';
import { DEFAULT_ARRIVAL_WINDOW_HOURS, estimateArrivalRate } from './arrival-rate';
import { latestSnapshotAt, type Backlog, type BacklogItem, type BacklogSnapshot } from './backlog';
import {
  DEFAULT_FORECAST_HORIZON_DAYS,
  forecastBacklog,
  type BacklogForecast,
  type ItemMissingPromise,
} from './backlog-forecast';
import { type ArrivalRateSource, type BacklogForecastRequest } from './forecast-for-backlog';
import {
  aggregateItemQueue,
  compareQueueOrder,
  itemQueueOf,
  positionedItemsOfQueue,
} from './item-queue';

/**
 * A UTC hour as the first 13 characters of an ISO-8601 instant (`2026-11-23T07`): the key SQL
 * computes with `substr(col, 1, 13)` on the stored fixed-width strings.
 */
export type UtcHour = string;

/** A count of items in one UTC hour. */
export interface HourlyItemCount {
  hour: UtcHour;
  count: number;
}

/** Items open at `asOf` that arrived in one UTC hour and are due in one UTC hour. */
export interface OpenItemBucket {
  receivedHour: UtcHour;
  /** The hour of `dueAt`; `null` for items without one (due `promiseHours` after arrival). */
  dueHour: UtcHour | null;
  count: number;
}

/**
 * What a forecast needs of a backlog's history, as aggregates a database computes without
 * returning item rows. Item-level backlogs fill the item parts; snapshot-only ones the snapshots.
 */
export interface BacklogHistoryAggregates {
  /** The backlog has items (then items, not snapshots, give the open count). */
  itemLevel: boolean;
  /**
   * When its first item arrived (`null` without items). Arrivals are estimated from items
   * only once one had arrived by `asOf`; one index lookup answers it, where a count would
   * scan every item.
   */
  firstReceivedAt: Date | null;
  /** Snapshots of the arrival window before `asOf` plus the latest one at or before it. */
  snapshots: readonly BacklogSnapshot[];
  /** Items received in `(asOf − window, asOf]`, per hour of arrival. */
  arrivalsPerHour: readonly HourlyItemCount[];
  /** Items done in `(asOf − window, asOf]`, per hour: the throughput the team achieved. */
  completionsPerHour: readonly HourlyItemCount[];
  /** Every item open at `asOf`, counted per (arrival hour, due hour). */
  openItems: readonly OpenItemBucket[];
  /**
   * The open items of the cells the buckets cannot settle (see `cellsNeedingItems`), each
   * with its place in its arrival hour: their order within the hour decides who is late.
   */
  openItemsOfCells?: { cells: readonly HourCells[]; items: readonly PositionedItem[] };
}

/**
 * The buckets of one arrival hour whose items must be read one by one: the due hours
 * `dueFrom` to `dueTo` (inclusive; `null` when none with a due time) and, if `withoutDue`,
 * the items without a due time. Lateness only shrinks as the due time grows, so the due hours
 * the buckets cannot settle always form one range.
 */
export interface HourCells {
  receivedHour: UtcHour;
  dueFrom: UtcHour | null;
  dueTo: UtcHour | null;
  withoutDue: boolean;
}

/** An open item with its 1-based place in the queue among the open items of its arrival hour. */
export interface PositionedItem {
  /** What decides its lateness: when it arrived and when it is due. */
  item: Pick<BacklogItem, 'receivedAt' | 'dueAt'>;
  positionInHour: number;
}

/** How the items of one arrival hour fare: they queue together, after the earlier hours. */
export interface ReceivedHourMisses {
  receivedHour: UtcHour;
  /** Open items that arrived in earlier hours, i.e. ahead of this hour in the queue. */
  queuedBefore: number;
  open: number;
  /** Of `open`, how many will miss their promise. */
  missing: number;
}

/** A forecast from aggregates: the item-level forecast, with the late items as a count. */
export interface AggregatedBacklogForecast extends Omit<BacklogForecast, 'itemsMissingPromise'> {
  arrivalRateSource: ArrivalRateSource;
  /**
   * Open items that will be done after their due time (already overdue ones included);
   * `null` for a backlog with counts only: without items nothing is known about due times.
   */
  itemsMissingPromiseCount: number | null;
  /** Arrival hours holding open items, in queue order: where the late items are. */
  queue: ReceivedHourMisses[];
}

/** What to read, in queue order, to list the first late items. */
export interface MissingPromisePagePlan {
  /** Arrival hours to read open items of (queue order); empty when nothing needs reading. */
  hours: UtcHour[];
  /** Rows to read at most, in queue order, from those hours. */
  limit: number;
}

const HOUR_KEY_LENGTH = 13;

/** The UTC hour of an instant, as SQL's `substr(col, 1, 13)` gives it. */
export function utcHourOf(at: Date): UtcHour {
  return at.toISOString().slice(0, HOUR_KEY_LENGTH);
}

/** Hour starts parsed once: a forecast over a million items compares some 150,000 buckets. */
const hourStarts = new Map<UtcHour, number>();
const MAX_KEPT_HOUR_STARTS = 100_000;

function hourStartMs(hour: UtcHour): number {
  let startMs = hourStarts.get(hour);
  if (startMs === undefined) {
    startMs = Date.parse(`${hour}:00:00.000Z`);
    if (hourStarts.size >= MAX_KEPT_HOUR_STARTS) hourStarts.clear();
    hourStarts.set(hour, startMs);
  }
  return startMs;
}

/**
 * The aggregates of an item history, computed in memory: the rule SQL follows, and the input
 * of tests that compare the aggregated forecast with the item-level one. It is the queue's
 * rule (`aggregateItemQueue`) applied to the items in queue order.
 */
export function aggregateItemHistory(
  items: readonly BacklogItem[],
  asOf: Date,
  windowHours: number = DEFAULT_ARRIVAL_WINDOW_HOURS,
): Omit<BacklogHistoryAggregates, 'snapshots'> {
  return aggregateItemQueue(itemQueueOf(items), asOf, windowHours);
}

/**
 * When the n-th queued item is done: the same walk as the item-level forecast (capacity
 * spent only in working intervals, first in first out), kept as cumulative counts per
 * interval so any position is answered by a binary search instead of one entry per item.
 */
class CompletionSchedule {
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly finishedBefore: number[] = [];
  private readonly finishedByEnd: number[] = [];

  constructor(
    private readonly capacity: number,
    calendar: WorkingCalendar,
    asOfMs: number,
    untilMs: number,
    positions: number,
  ) {
    if (capacity === 0 || positions === 0) return;
    let before = 0;
    for (const [startMs, endMs] of workingIntervalsMs(calendar, asOfMs, untilMs)) {
      const byEnd = before + (capacity * (endMs - startMs)) / MS_PER_HOUR;
      this.starts.push(startMs);
      this.ends.push(endMs);
      this.finishedBefore.push(before);
      this.finishedByEnd.push(byEnd);
      if (positions <= byEnd + 1e-9) break;
      before = byEnd;
    }
  }

  /** When the item at 1-based queue `position` is done; `null` when not within the horizon. */
  doneAtMs(position: number): number | null {
    let low = 0;
    let high = this.finishedByEnd.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (position <= (this.finishedByEnd[middle] as number) + 1e-9) high = middle;
      else low = middle + 1;
    }
    if (low === this.finishedByEnd.length) return null;
    const hoursIn = (position - (this.finishedBefore[low] as number)) / this.capacity;
    return Math.min(
      this.ends[low] as number,
      Math.round((this.starts[low] as number) + hoursIn * MS_PER_HOUR),
    );
  }
}

/** The lateness rule of the item-level forecast, for a done time and a due time. */
function isLate(doneAtMs: number | null, dueMs: number, horizonMs: number): boolean {
  return doneAtMs === null ? dueMs <= horizonMs : doneAtMs > dueMs;
}

interface ForecastFrame {
  asOf: Date;
  capacity: number;
  promiseHours: number | null;
  horizonMs: number;
  schedule: CompletionSchedule;
}

function frameOf(backlog: Backlog, request: BacklogForecastRequest, positions: number) {
  const asOfMs = request.asOf.getTime();
  const capacity = (request.staff ?? backlog.capacity.staff) * backlog.capacity.itemsPerStaffHour;
  const horizonMs = DateTime.fromMillis(asOfMs, { zone: backlog.calendar.timeZone })
    .plus({ days: DEFAULT_FORECAST_HORIZON_DAYS })
    .toMillis();
  return {
    asOf: request.asOf,
    capacity,
    promiseHours: backlog.promiseHours,
    horizonMs,
    schedule: new CompletionSchedule(capacity, backlog.calendar, asOfMs, horizonMs, positions),
  } satisfies ForecastFrame;
}

function dueMsOf(
  item: Pick<BacklogItem, 'receivedAt' | 'dueAt'>,
  promiseHours: number | null,
): number | null {
  if (item.dueAt !== null) return item.dueAt.getTime();
  return promiseHours === null ? null : item.receivedAt.getTime() + promiseHours * MS_PER_HOUR;
}

/** Open buckets grouped by arrival hour, in queue order, with the items queued before each. */
function queueHours(openItems: readonly OpenItemBucket[]) {
  const byHour = new Map<UtcHour, OpenItemBucket[]>();
  for (const bucket of openItems) {
    if (bucket.count <= 0) continue;
    const buckets = byHour.get(bucket.receivedHour);
    if (buckets) buckets.push(bucket);
    else byHour.set(bucket.receivedHour, [bucket]);
  }
  let queuedBefore = 0;
  return [...byHour.keys()].sort().map((receivedHour) => {
    const buckets = byHour.get(receivedHour) as OpenItemBucket[];
    const open = buckets.reduce((sum, bucket) => sum + bucket.count, 0);
    const hour = { receivedHour, queuedBefore, open, buckets };
    queuedBefore += open;
    return hour;
  });
}

type QueueHour = ReturnType<typeof queueHours>[number];

/**
 * Late items of one bucket when the bucket alone decides: every item of it sits somewhere in
 * its hour's queue positions and is due somewhere in its due range. Lateness grows with the
 * position and shrinks with the due time, so the extremes settle it — or `null` when the
 * order inside the hour matters.
 */
function settledMisses(frame: ForecastFrame, hour: QueueHour, bucket: OpenItemBucket) {
  let dueMinMs: number;
  let dueMaxMs: number;
  if (bucket.dueHour !== null) {
    dueMinMs = hourStartMs(bucket.dueHour);
    dueMaxMs = dueMinMs + MS_PER_HOUR - 1; // instants are stored to the millisecond
  } else if (frame.promiseHours !== null) {
    const receivedMinMs = hourStartMs(hour.receivedHour);
    dueMinMs = receivedMinMs + frame.promiseHours * MS_PER_HOUR;
    dueMaxMs = receivedMinMs + MS_PER_HOUR - 1 + frame.promiseHours * MS_PER_HOUR;
  } else {
    return 0; // no promise, nothing to miss
  }
  const firstDoneMs = frame.schedule.doneAtMs(hour.queuedBefore + 1);
  const lastDoneMs = frame.schedule.doneAtMs(hour.queuedBefore + hour.open);
  if (isLate(firstDoneMs, dueMaxMs, frame.horizonMs)) return bucket.count;
  if (!isLate(lastDoneMs, dueMinMs, frame.horizonMs)) return 0;
  return null;
}

/**
 * The cells (arrival hour, due hours) whose open items a forecast from these aggregates must
 * read one by one: those where some items may and some may not be late depending on their
 * order in the hour. Other buckets of the same hour are settled from their counts, so only
 * the items due around the time their hour's turn comes are read, not the whole hour.
 */
export function cellsNeedingItems(
  backlog: Backlog,
  aggregates: Pick<BacklogHistoryAggregates, 'openItems'>,
  request: BacklogForecastRequest,
): HourCells[] {
  const hours = queueHours(aggregates.openItems);
  const frame = frameOf(
    backlog,
    request,
    hours.reduce((sum, hour) => sum + hour.open, 0),
  );
  const cells: HourCells[] = [];
  for (const hour of hours) {
    let dueFrom: UtcHour | null = null;
    let dueTo: UtcHour | null = null;
    let withoutDue = false;
    for (const bucket of hour.buckets) {
      if (settledMisses(frame, hour, bucket) !== null) continue;
      if (bucket.dueHour === null) {
        withoutDue = true;
        continue;
      }
      if (dueFrom === null || bucket.dueHour < dueFrom) dueFrom = bucket.dueHour;
      if (dueTo === null || bucket.dueHour > dueTo) dueTo = bucket.dueHour;
    }
    if (dueFrom !== null || withoutDue) {
      cells.push({ receivedHour: hour.receivedHour, dueFrom, dueTo, withoutDue });
    }
  }
  return cells;
}

/**
 * The open items at `asOf` of some cells with their place in their arrival hour, computed in
 * memory: the rule the database query follows, and the input of tests (the queue's rule,
 * `positionedItemsOfQueue`, applied to the items in queue order).
 */
export function positionedItemsOfCells(
  items: readonly BacklogItem[],
  asOf: Date,
  cells: readonly HourCells[],
): PositionedItem[] {
  return positionedItemsOfQueue(itemQueueOf(items), asOf, cells);
}

/** Whether a bucket lies in the cells read item by item. */
function isInCells(cells: HourCells, bucket: OpenItemBucket): boolean {
  if (bucket.dueHour === null) return cells.withoutDue;
  return (
    cells.dueFrom !== null &&
    cells.dueTo !== null &&
    bucket.dueHour >= cells.dueFrom &&
    bucket.dueHour <= cells.dueTo
  );
}

/** Late items among open items of one arrival hour, read whole or as a queue-order prefix. */
function missesAmong(
  frame: ForecastFrame,
  queuedBefore: number,
  items: readonly BacklogItem[],
): ItemMissingPromise[] {
  const asOfMs = frame.asOf.getTime();
  const missing: ItemMissingPromise[] = [];
  [...items].sort(compareQueueOrder).forEach((item, index) => {
    const dueMs = dueMsOf(item, frame.promiseHours);
    if (dueMs === null) return;
    const doneMs = frame.schedule.doneAtMs(queuedBefore + index + 1);
    if (!isLate(doneMs, dueMs, frame.horizonMs)) return;
    missing.push({
      externalRef: item.externalRef,
      receivedAt: item.receivedAt,
      dueAt: new Date(dueMs),
      expectedDoneAt: doneMs === null ? null : new Date(doneMs),
      overdue: dueMs <= asOfMs,
    });
  });
  return missing;
}

/**
 * Forecasts a stored backlog from aggregates of its history, never from every item: the same
 * rules and the same result as `forecastForBacklog` on the items (a property test holds them
 * equal), with the items that will miss their promise as a count per arrival hour. The open
 * count is the sum of the open buckets; the arrival rate the arrivals of the window / window.
 * Cells the buckets cannot settle are decided from `openItemsOfCells`, which must then hold
 * every open item of those cells with its place in its hour (`cellsNeedingItems` names them).
 */
export function forecastFromAggregates(
  backlog: Backlog,
  aggregates: BacklogHistoryAggregates,
  request: BacklogForecastRequest,
  windowHours: number = DEFAULT_ARRIVAL_WINDOW_HOURS,
): AggregatedBacklogForecast {
  const staff = request.staff ?? backlog.capacity.staff;
  const capacityPerHour = staff * backlog.capacity.itemsPerStaffHour;
  const hours = aggregates.itemLevel ? queueHours(aggregates.openItems) : [];
  const open = aggregates.itemLevel
    ? hours.reduce((sum, hour) => sum + hour.open, 0)
    : (latestSnapshotAt(aggregates.snapshots, request.asOf)?.open ?? 0);

  let arrivalRateSource: ArrivalRateSource = 'NONE';
  let arrivalRatePerHour = 0;
  if (backlog.arrivalRatePerHour !== null) {
    arrivalRateSource = 'SETTING';
    arrivalRatePerHour = backlog.arrivalRatePerHour;
  } else if (aggregates.itemLevel) {
    const firstMs = aggregates.firstReceivedAt?.getTime() ?? Number.POSITIVE_INFINITY;
    if (firstMs <= request.asOf.getTime() && windowHours > 0) {
      arrivalRateSource = 'ITEMS';
      const arrived = aggregates.arrivalsPerHour.reduce((sum, hour) => sum + hour.count, 0);
      arrivalRatePerHour = arrived / windowHours;
    }
  } else {
    const estimate = estimateArrivalRate(aggregates.snapshots, {
      asOf: request.asOf,
      calendar: backlog.calendar,
      capacityPerHour,
      windowHours,
    });
    if (estimate !== null) {
      arrivalRateSource = estimate.method;
      arrivalRatePerHour = estimate.ratePerHour;
    }
  }

  const { itemsMissingPromise: _none, ...forecast } = forecastBacklog(
    {
      asOf: request.asOf,
      open,
      staff,
      itemsPerStaffHour: backlog.capacity.itemsPerStaffHour,
      arrivalRatePerHour,
      calendar: backlog.calendar,
    },
    {
      deadline: request.deadline ?? null,
      ...(request.projectionUntil === undefined
        ? {}
        : { projectionUntil: request.projectionUntil }),
    },
  );

  const frame = frameOf(backlog, request, open);
  const cellsByHour = new Map<UtcHour, HourCells>();
  for (const cells of aggregates.openItemsOfCells?.cells ?? []) {
    cellsByHour.set(cells.receivedHour, cells);
  }
  const readByHour = new Map<UtcHour, PositionedItem[]>();
  for (const positioned of aggregates.openItemsOfCells?.items ?? []) {
    const hour = utcHourOf(positioned.item.receivedAt);
    const read = readByHour.get(hour);
    if (read) read.push(positioned);
    else readByHour.set(hour, [positioned]);
  }
  const queue = hours.map((hour): ReceivedHourMisses => {
    const cells = cellsByHour.get(hour.receivedHour);
    let missing = 0;
    for (const bucket of hour.buckets) {
      if (cells && isInCells(cells, bucket)) continue;
      const settled = settledMisses(frame, hour, bucket);
      if (settled === null) {
        throw new Error(`Arrival hour ${hour.receivedHour} needs its items to be read`);
      }
      missing += settled;
    }
    for (const { item, positionInHour } of cells ? (readByHour.get(hour.receivedHour) ?? []) : []) {
      const dueMs = dueMsOf(item, frame.promiseHours);
      if (dueMs === null) continue;
      const doneMs = frame.schedule.doneAtMs(hour.queuedBefore + positionInHour);
      if (isLate(doneMs, dueMs, frame.horizonMs)) missing += 1;
    }
    return {
      receivedHour: hour.receivedHour,
      queuedBefore: hour.queuedBefore,
      open: hour.open,
      missing,
    };
  });
  return {
    ...forecast,
    arrivalRateSource,
    itemsMissingPromiseCount: aggregates.itemLevel
      ? queue.reduce((sum, hour) => sum + hour.missing, 0)
      : null,
    queue,
  };
}

/**
 * What to read to list the first `first` late items: the arrival hours, in queue order, up to
 * the one where the count is reached. Hours where every open item is late cost only the rows
 * listed; hours where some are late are read whole, as an item's place in its hour decides
 * when it is done.
 */
export function missingPromisePagePlan(
  forecast: Pick<AggregatedBacklogForecast, 'queue'>,
  first: number,
): MissingPromisePagePlan {
  const hours: UtcHour[] = [];
  let listed = 0;
  let limit = 0;
  for (const hour of forecast.queue) {
    if (listed >= first) break;
    if (hour.missing === 0) continue;
    const take = Math.min(hour.missing, first - listed);
    listed += take;
    hours.push(hour.receivedHour);
    limit += hour.missing === hour.open ? take : hour.open;
  }
  return { hours, limit };
}

/**
 * The first `first` late items, oldest first, from the open items read by
 * `missingPromisePagePlan` (in queue order, each hour from its start).
 */
export function itemsMissingPromisePage(
  backlog: Backlog,
  forecast: AggregatedBacklogForecast,
  request: BacklogForecastRequest,
  rows: readonly BacklogItem[],
  first: number,
): ItemMissingPromise[] {
  const frame = frameOf(
    backlog,
    request,
    forecast.queue.reduce((sum, hour) => sum + hour.open, 0),
  );
  const rowsByHour = new Map<UtcHour, BacklogItem[]>();
  for (const row of rows) {
    const hour = utcHourOf(row.receivedAt);
    const read = rowsByHour.get(hour);
    if (read) read.push(row);
    else rowsByHour.set(hour, [row]);
  }
  const page: ItemMissingPromise[] = [];
  for (const hour of forecast.queue) {
    if (page.length >= first) break;
    if (hour.missing === 0) continue;
    const late = missesAmong(frame, hour.queuedBefore, rowsByHour.get(hour.receivedHour) ?? []);
    page.push(...late.slice(0, first - page.length));
  }
  return page;
}
