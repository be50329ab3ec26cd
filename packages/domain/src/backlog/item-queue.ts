import { MS_PER_HOUR } from '../calendar/working-time';
import { DEFAULT_ARRIVAL_WINDOW_HOURS } from './arrival-rate';
import { type BacklogItem } from './backlog';
import {
  type BacklogHistoryAggregates,
  type HourCells,
  type HourlyItemCount,
  type OpenItemBucket,
  type PositionedItem,
  type UtcHour,
} from './forecast-from-aggregates';

/**
 * A backlog's items as columns of instants (milliseconds) in queue order: received first,
 * then by external reference. `NaN` stands for "no due time" and "not done". A million items
 * take 24 MB, a fraction of what a million item objects take, and a pass over them a few
 * milliseconds: the form in which a server can keep a large backlog at hand.
 */
export interface ItemQueue {
  readonly receivedMs: Float64Array;
  readonly dueMs: Float64Array;
  readonly doneMs: Float64Array;
}

/** The queue order of items: by arrival, then by external reference (code-point order). */
export function compareQueueOrder(
  left: Pick<BacklogItem, 'receivedAt' | 'externalRef'>,
  right: Pick<BacklogItem, 'receivedAt' | 'externalRef'>,
): number {
  return (
    left.receivedAt.getTime() - right.receivedAt.getTime() ||
    (left.externalRef < right.externalRef ? -1 : left.externalRef > right.externalRef ? 1 : 0)
  );
}

/** The queue of some items, whatever their order. */
export function itemQueueOf(items: readonly BacklogItem[]): ItemQueue {
  const sorted = [...items].sort(compareQueueOrder);
  const queue = {
    receivedMs: new Float64Array(sorted.length),
    dueMs: new Float64Array(sorted.length),
    doneMs: new Float64Array(sorted.length),
  };
  sorted.forEach((item, index) => {
    queue.receivedMs[index] = item.receivedAt.getTime();
    queue.dueMs[index] = item.dueAt?.getTime() ?? Number.NaN;
    queue.doneMs[index] = item.doneAt?.getTime() ?? Number.NaN;
  });
  return queue;
}

/** The UTC hour keys of hour numbers (hours since the epoch), made once per hour. */
class HourKeys {
  private readonly keys = new Map<number, UtcHour>();

  of(hourNumber: number): UtcHour {
    let key = this.keys.get(hourNumber);
    if (key === undefined) {
      key = new Date(hourNumber * MS_PER_HOUR).toISOString().slice(0, 13);
      this.keys.set(hourNumber, key);
    }
    return key;
  }
}

const hourNumberOf = (ms: number) => Math.floor(ms / MS_PER_HOUR);

/** The first index of an ascending column whose value is above `ms` (NaN counts as above). */
function firstAbove(sorted: Float64Array, ms: number): number {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((sorted[middle] as number) <= ms) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** Counts per UTC hour of the instants of an ascending column in `(afterMs, untilMs]`. */
function countsPerHour(
  sorted: Float64Array,
  afterMs: number,
  untilMs: number,
  keys: HourKeys,
): HourlyItemCount[] {
  const counts: HourlyItemCount[] = [];
  if (untilMs <= afterMs) return counts;
  // Instants are whole milliseconds: hour h holds (h·1h − 1 ms, (h+1)·1h − 1 ms].
  for (let hour = hourNumberOf(afterMs + 1); hour <= hourNumberOf(untilMs); hour += 1) {
    const from = Math.max(afterMs, hour * MS_PER_HOUR - 1);
    const until = Math.min(untilMs, (hour + 1) * MS_PER_HOUR - 1);
    const count = firstAbove(sorted, until) - firstAbove(sorted, from);
    if (count > 0) counts.push({ hour: keys.of(hour), count });
  }
  return counts;
}

/** The done instants of a queue in ascending order, not done last: what counting them searches. */
export function sortedDoneMs(queue: ItemQueue): Float64Array {
  // A typed array sorts numerically and puts NaN last.
  return Float64Array.from(queue.doneMs).sort();
}

/**
 * Arrivals and completions per hour of the arrival window before `asOf`, by binary search in
 * the arrival column and the ascending done instants: cheap enough for every forecast, where
 * the window's start moves past an item every fraction of a second in a busy backlog.
 */
export function windowCountsOfQueue(
  queue: ItemQueue,
  doneAscendingMs: Float64Array,
  asOf: Date,
  windowHours: number = DEFAULT_ARRIVAL_WINDOW_HOURS,
): Pick<BacklogHistoryAggregates, 'arrivalsPerHour' | 'completionsPerHour'> {
  const asOfMs = asOf.getTime();
  const windowStartMs = asOfMs - windowHours * MS_PER_HOUR;
  const keys = new HourKeys();
  return {
    arrivalsPerHour: countsPerHour(queue.receivedMs, windowStartMs, asOfMs, keys),
    completionsPerHour: countsPerHour(doneAscendingMs, windowStartMs, asOfMs, keys),
  };
}

/**
 * The items of a queue open at `asOf`, counted per arrival and due hour, in one pass: the
 * expensive part of the aggregates (some 150,000 buckets for a million items due over three
 * months), and the same at any moment until an item arrives or is done (`sameOpenItemsAt`).
 */
export function openItemsOfQueue(
  queue: ItemQueue,
  asOf: Date,
): Pick<BacklogHistoryAggregates, 'itemLevel' | 'firstReceivedAt' | 'openItems'> {
  const { receivedMs, dueMs, doneMs } = queue;
  const asOfMs = asOf.getTime();
  const keys = new HourKeys();
  const openItems: OpenItemBucket[] = [];
  // The queue is in arrival order: the open items of one arrival hour come together.
  let hour = Number.NaN;
  let perDueHour = new Map<number, number>();
  let withoutDue = 0;
  const closeHour = () => {
    if (Number.isNaN(hour)) return;
    const receivedHour = keys.of(hour);
    for (const [dueHour, count] of perDueHour) {
      openItems.push({ receivedHour, dueHour: keys.of(dueHour), count });
    }
    if (withoutDue > 0) openItems.push({ receivedHour, dueHour: null, count: withoutDue });
  };
  const end = firstAbove(receivedMs, asOfMs);
  for (let index = 0; index < end; index += 1) {
    // NaN compares false: an item not done is open.
    if ((doneMs[index] as number) <= asOfMs) continue;
    const receivedHour = hourNumberOf(receivedMs[index] as number);
    if (receivedHour !== hour) {
      closeHour();
      hour = receivedHour;
      perDueHour = new Map();
      withoutDue = 0;
    }
    const due = dueMs[index] as number;
    if (Number.isNaN(due)) withoutDue += 1;
    else {
      const dueHour = hourNumberOf(due);
      perDueHour.set(dueHour, (perDueHour.get(dueHour) ?? 0) + 1);
    }
  }
  closeHour();
  return {
    itemLevel: receivedMs.length > 0,
    firstReceivedAt: receivedMs.length > 0 ? new Date(receivedMs[0] as number) : null,
    openItems,
  };
}

/**
 * The aggregates of a queue at `asOf`: the same figures `aggregateItemHistory` defines for
 * items (arrivals and completions per hour of the window, open items per arrival and due
 * hour), which the forecast from aggregates then reads.
 */
export function aggregateItemQueue(
  queue: ItemQueue,
  asOf: Date,
  windowHours: number = DEFAULT_ARRIVAL_WINDOW_HOURS,
): Omit<BacklogHistoryAggregates, 'snapshots'> {
  return {
    ...openItemsOfQueue(queue, asOf),
    ...windowCountsOfQueue(queue, sortedDoneMs(queue), asOf, windowHours),
  };
}

/** The first index whose arrival is at or after `ms` (binary search; the queue is sorted). */
function firstReceivedFrom(receivedMs: Float64Array, ms: number): number {
  let low = 0;
  let high = receivedMs.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if ((receivedMs[middle] as number) < ms) low = middle + 1;
    else high = middle;
  }
  return low;
}

const hourStart = (hour: UtcHour) => Date.parse(`${hour}:00:00.000Z`);

/**
 * The open items at `asOf` of the cells `cellsNeedingItems` names, each with its place among
 * the open items of its arrival hour: what `positionedItemsOfCells` defines for items, read
 * by position instead of by sorting.
 */
export function positionedItemsOfQueue(
  queue: ItemQueue,
  asOf: Date,
  cells: readonly HourCells[],
): PositionedItem[] {
  const { receivedMs, dueMs, doneMs } = queue;
  const asOfMs = asOf.getTime();
  const positioned: PositionedItem[] = [];
  for (const cell of cells) {
    const startMs = hourStart(cell.receivedHour);
    const dueFromMs = cell.dueFrom === null ? Number.NaN : hourStart(cell.dueFrom);
    const dueUntilMs = cell.dueTo === null ? Number.NaN : hourStart(cell.dueTo) + MS_PER_HOUR;
    const end = firstReceivedFrom(receivedMs, startMs + MS_PER_HOUR);
    let place = 0;
    for (let index = firstReceivedFrom(receivedMs, startMs); index < end; index += 1) {
      const received = receivedMs[index] as number;
      const done = doneMs[index] as number;
      if (received > asOfMs || done <= asOfMs) continue;
      place += 1;
      const due = dueMs[index] as number;
      const inCell = Number.isNaN(due) ? cell.withoutDue : due >= dueFromMs && due < dueUntilMs;
      if (!inCell) continue;
      positioned.push({
        item: { receivedAt: new Date(received), dueAt: Number.isNaN(due) ? null : new Date(due) },
        positionInHour: place,
      });
    }
  }
  return positioned;
}

/**
 * Whether the open items of a queue are the same at two moments: no item arrived or was done
 * between them. Then a server may reuse the buckets of the first moment for the second.
 */
export function sameOpenItemsAt(
  queue: ItemQueue,
  doneAscendingMs: Float64Array,
  first: Date,
  second: Date,
): boolean {
  const afterMs = Math.min(first.getTime(), second.getTime());
  const untilMs = Math.max(first.getTime(), second.getTime());
  const between = (sorted: Float64Array) =>
    firstAbove(sorted, untilMs) - firstAbove(sorted, afterMs) > 0;
  return !between(queue.receivedMs) && !between(doneAscendingMs);
}
