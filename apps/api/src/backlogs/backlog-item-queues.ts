import { Inject, Injectable, Logger } from '@nestjs/common';
import {
  type BacklogHistoryAggregates,
  type ItemQueue,
  openItemsOfQueue,
  sameOpenItemsAt,
  sortedDoneMs,
  windowCountsOfQueue,
} from '@lagebild/domain';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { BacklogsRepository, type QueueRow } from './backlogs.repository';

/** Rows read per statement while a queue is built; the event loop runs between reads. */
const READ_CHUNK = 50_000;

type QueueAggregates = Omit<BacklogHistoryAggregates, 'snapshots'>;

/**
 * One backlog's queue as of one item revision, with the open buckets of its last use: a
 * forecast at a later moment reuses them when no item arrived or was done in between (the
 * usual case between two requests) instead of another pass over a million items. Arrivals and
 * completions of the window are counted anew each time, by binary search.
 */
export class KeptItemQueue {
  private readonly doneAscendingMs: Float64Array;
  private last: { asOf: Date; open: ReturnType<typeof openItemsOfQueue> } | undefined;

  constructor(
    readonly itemsRevision: number,
    readonly queue: ItemQueue,
  ) {
    this.doneAscendingMs = sortedDoneMs(queue);
  }

  get size(): number {
    return this.queue.receivedMs.length;
  }

  aggregatesAt(asOf: Date, windowHours: number): QueueAggregates {
    const last = this.last;
    const open =
      last && sameOpenItemsAt(this.queue, this.doneAscendingMs, last.asOf, asOf)
        ? last.open
        : openItemsOfQueue(this.queue, asOf);
    this.last = { asOf, open };
    return { ...open, ...windowCountsOfQueue(this.queue, this.doneAscendingMs, asOf, windowHours) };
  }
}

const compareRows = (left: QueueRow, right: QueueRow) =>
  left.received_at < right.received_at
    ? -1
    : left.received_at > right.received_at
      ? 1
      : left.external_ref < right.external_ref
        ? -1
        : left.external_ref > right.external_ref
          ? 1
          : 0;

interface ItemStamp {
  itemsRevision: number;
  itemCount: number;
}

interface Columns {
  receivedMs: Float64Array;
  dueMs: Float64Array;
  doneMs: Float64Array;
}

const emptyColumns = (capacity: number): Columns => ({
  receivedMs: new Float64Array(capacity),
  dueMs: new Float64Array(capacity),
  doneMs: new Float64Array(capacity),
});

function grown(columns: Columns, used: number, capacity: number): Columns {
  const next = emptyColumns(capacity);
  next.receivedMs.set(columns.receivedMs.subarray(0, used));
  next.dueMs.set(columns.dueMs.subarray(0, used));
  next.doneMs.set(columns.doneMs.subarray(0, used));
  return next;
}

const instantMs = (value: string | null) => (value === null ? Number.NaN : Date.parse(value));

/**
 * The queues of item-level backlogs kept in memory (see docs/adr/0004): a forecast over a
 * million items reads the positions of the items it cannot settle from counts, which SQL can
 * only give by numbering every open item (seconds), and a pass over the columns in memory
 * takes milliseconds. A queue is built on first use from the queue index, and used only while
 * the backlog's item revision in the database is the one it was built at: every item write
 * counts it up in its transaction, so a queue is never used after a write, on this instance
 * or another. Least recently used queues are dropped beyond `LAGEBILD_KEPT_QUEUE_ITEMS` items
 * (24 bytes each; 4,000,000 by default, about 96 MB); a larger backlog is forecast from the
 * SQL aggregates alone.
 */
@Injectable()
export class BacklogItemQueues {
  private readonly logger = new Logger(BacklogItemQueues.name);
  private readonly kept = new Map<string, KeptItemQueue>();
  private readonly building = new Map<string, Promise<KeptItemQueue | null>>();

  /** How many items the kept queues may hold together (`LAGEBILD_KEPT_QUEUE_ITEMS`). */
  private readonly maxItems: number;

  constructor(
    private readonly repository: BacklogsRepository,
    @Inject(APP_CONFIG) config: AppConfig,
  ) {
    this.maxItems = config.keptQueueItems;
  }

  /**
   * The current queues of those backlogs that have items and fit in memory, built where
   * needed. Backlogs left out are forecast from the aggregates in SQL.
   */
  async queuesOf(backlogIds: readonly string[]): Promise<Map<string, KeptItemQueue>> {
    const stamps = await this.repository.itemStamps(backlogIds);
    const queues = new Map<string, KeptItemQueue>();
    await Promise.all(
      [...stamps].map(async ([backlogId, stamp]) => {
        if (stamp.itemCount === 0 || stamp.itemCount > this.maxItems) return;
        const kept = this.kept.get(backlogId);
        if (kept && kept.itemsRevision === stamp.itemsRevision) {
          // Most recently used last.
          this.kept.delete(backlogId);
          this.kept.set(backlogId, kept);
          queues.set(backlogId, kept);
          return;
        }
        const built = await this.build(backlogId, stamp);
        if (built) queues.set(backlogId, built);
      }),
    );
    return queues;
  }

  /** Drops every kept queue (tests, and a backlog's deletion). */
  forget(backlogId?: string): void {
    if (backlogId === undefined) this.kept.clear();
    else this.kept.delete(backlogId);
  }

  /** How many items the kept queues hold (tests and metrics). */
  get keptItems(): number {
    let items = 0;
    for (const kept of this.kept.values()) items += kept.size;
    return items;
  }

  private build(backlogId: string, stamp: ItemStamp): Promise<KeptItemQueue | null> {
    const key = `${backlogId}@${stamp.itemsRevision}`;
    let building = this.building.get(key);
    if (!building) {
      building = this.read(backlogId, stamp).finally(() => this.building.delete(key));
      this.building.set(key, building);
    }
    return building;
  }

  private async read(backlogId: string, stamp: ItemStamp): Promise<KeptItemQueue | null> {
    // Straight into columns, a chunk at a time: a million row objects would take 250 MB.
    let columns = emptyColumns(stamp.itemCount);
    let size = 0;
    let after: string | null = null;
    for (;;) {
      const chunk = await this.repository.itemsInArrivalOrder(backlogId, after, READ_CHUNK);
      // Ties in arrival time are within one chunk; the ref orders them (code-point order).
      chunk.rows.sort(compareRows);
      if (size + chunk.rows.length > columns.receivedMs.length) {
        columns = grown(columns, size, Math.max(size + chunk.rows.length, size * 2));
      }
      for (const row of chunk.rows) {
        columns.receivedMs[size] = instantMs(row.received_at);
        columns.dueMs[size] = instantMs(row.due_at);
        columns.doneMs[size] = instantMs(row.done_at);
        size += 1;
      }
      if (chunk.last === null) break;
      after = chunk.last;
      await new Promise((resolve) => setImmediate(resolve));
    }
    // Read in several statements: a write in between would mix two states. Keep the queue only
    // when the revision did not move; otherwise this forecast takes the SQL path.
    const now = (await this.repository.itemStamps([backlogId])).get(backlogId);
    if (now?.itemsRevision !== stamp.itemsRevision) return null;
    const queue: ItemQueue = {
      receivedMs: columns.receivedMs.subarray(0, size),
      dueMs: columns.dueMs.subarray(0, size),
      doneMs: columns.doneMs.subarray(0, size),
    };
    const kept = new KeptItemQueue(stamp.itemsRevision, queue);
    this.kept.delete(backlogId);
    this.kept.set(backlogId, kept);
    this.evictBeyondLimit();
    return kept;
  }

  private evictBeyondLimit(): void {
    let items = this.keptItems;
    for (const [backlogId, kept] of this.kept) {
      if (items <= this.maxItems) return;
      this.kept.delete(backlogId);
      items -= kept.size;
      this.logger.debug(`Dropped the kept queue of backlog ${backlogId} (${kept.size} items)`);
    }
  }
}
