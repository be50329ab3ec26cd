import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { BacklogEntity } from './backlog.entity';
import { BacklogItemEntity } from './backlog-item.entity';
import { BacklogItemGroupEntity } from './backlog-item-group.entity';
import { BacklogSnapshotEntity } from './backlog-snapshot.entity';
import {
  type BacklogHistoryAggregates,
  type BacklogItemGroup,
  type BacklogSnapshot,
  type HourCells,
  type HourlyItemCount,
  type ItemCountChange,
  type OpenItemBucket,
} from '@lagebild/domain';

/** Open-count ingredients of one backlog, aggregated in SQL. */
export interface BacklogCounts {
  itemCount: number;
  openItemCount: number;
  latestSnapshotOpen: number | null;
}

/** What the database aggregates of a backlog's history for a forecast at a moment. */
export interface ForecastAggregateRows extends Omit<BacklogHistoryAggregates, 'openItemsOfCells'> {
  snapshots: BacklogSnapshot[];
  arrivalsPerHour: HourlyItemCount[];
  completionsPerHour: HourlyItemCount[];
  openItems: OpenItemBucket[];
}

/** The UTC hour of a stored instant (`2026-11-23T07`), the same on SQLite and PostgreSQL. */
function hourOf(column: string): string {
  return `substr(${column}, 1, 13)`;
}

const HOUR_MS = 3_600_000;

/** The first instant of a UTC hour, as stored. */
function startOf(hour: string): string {
  return `${hour}:00:00.000Z`;
}

/** The first instant after a UTC hour, as stored. */
function endOf(hour: string): string {
  return new Date(Date.parse(startOf(hour)) + HOUR_MS).toISOString();
}

/** Groups store "no due time" and "not done" as '' (primary-key columns cannot be NULL). */
function storedHour(hour: string | null): string {
  return hour ?? '';
}

function hourOrNull(stored: string): string | null {
  return stored === '' ? null : stored;
}

/**
 * Where a forecast at `asOf` reads item rows rather than groups: the parts of the hours of
 * `asOf` and of the window's start that lie inside the window. At most two ranges of one
 * hour each, read through an index.
 */
function boundaryRanges(windowStart: string, asOf: string): { after: string; until: string }[] {
  const windowHour = windowStart.slice(0, 13);
  const asOfHour = asOf.slice(0, 13);
  // `after` is exclusive, `until` inclusive, like the window (windowStart, asOf].
  if (windowHour === asOfHour) return [{ after: windowStart, until: asOf }];
  const lastOfWindowHour = new Date(Date.parse(endOf(windowHour)) - 1).toISOString();
  const beforeAsOfHour = new Date(Date.parse(startOf(asOfHour)) - 1).toISOString();
  return [
    { after: windowStart, until: lastOfWindowHour },
    { after: beforeAsOfHour, until: asOf },
  ];
}
/**
 * Rows per statement for bulk item writes: 500 × 6 parameters stays far below the limits of
 * SQLite (32,766) and PostgreSQL (65,535) while keeping round trips few.
 */
const WRITE_CHUNK = 500;
/** Refs per `IN (...)` lookup. */
const READ_CHUNK = 900;

/** Lets the event loop run (other requests, timers) between two chunks of a long write. */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

function chunks<T>(values: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < values.length; index += size) {
    result.push(values.slice(index, index + size));
  }
  return result;
}

/** The only place of the backlogs feature that talks to TypeORM. */
/** An item as the in-memory queue reads it: instants as stored (ISO strings). */
export interface QueueRow {
  received_at: string;
  external_ref: string;
  due_at: string | null;
  done_at: string | null;
}

@Injectable()
export class BacklogsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findAll(manager: EntityManager = this.dataSource.manager): Promise<BacklogEntity[]> {
    return manager.find(BacklogEntity, { order: { key: 'ASC' } });
  }

  findByKey(key: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(BacklogEntity, { where: { key } });
  }

  findByIncidentIds(
    incidentIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<BacklogEntity[]> {
    return manager.find(BacklogEntity, {
      where: { incidentId: In([...incidentIds]) },
      order: { key: 'ASC' },
    });
  }

  /**
   * Backlogs by key; each given list narrows the result (an empty list matches none), no
   * filter returns every backlog. One statement.
   */
  findMatching(
    filter: { backlogIds?: readonly string[]; incidentIds?: readonly string[] },
    manager: EntityManager = this.dataSource.manager,
  ): Promise<BacklogEntity[]> {
    if (filter.backlogIds?.length === 0 || filter.incidentIds?.length === 0) {
      return Promise.resolve([]);
    }
    const query = manager.createQueryBuilder(BacklogEntity, 'backlog');
    if (filter.backlogIds) {
      query.andWhere('backlog.id IN (:...backlogIds)', { backlogIds: [...filter.backlogIds] });
    }
    if (filter.incidentIds) {
      query.andWhere('backlog.incidentId IN (:...incidentIds)', {
        incidentIds: [...filter.incidentIds],
      });
    }
    return query.orderBy('backlog.key', 'ASC').getMany();
  }

  /** Whether a row with this id exists in a table another feature owns (loose reference). */
  async rowExists(manager: EntityManager, table: string, id: string): Promise<boolean | null> {
    const metadata = manager.connection.entityMetadatas.find((meta) => meta.tableName === table);
    if (!metadata) return null;
    return (await manager.count(metadata.target, { where: { id } })) > 0;
  }

  async insert(manager: EntityManager, entity: BacklogEntity): Promise<void> {
    await manager.insert(BacklogEntity, entity);
  }

  /**
   * Compare-and-set on `version`; false when someone saved in between. The item revision and
   * count are left alone: only item writes change them (`countItemWrites`), and a settings
   * change must not put back the values it loaded.
   */
  async updateIfVersion(
    manager: EntityManager,
    entity: BacklogEntity,
    expectedVersion: number,
  ): Promise<boolean> {
    const {
      id,
      itemsRevision: _revision,
      itemCount: _count,
      openItemCount: _open,
      ...changes
    } = entity;
    const result = await manager
      .createQueryBuilder()
      .update(BacklogEntity)
      .set(changes)
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Item totals and the latest snapshot per backlog: two statements for any number. */
  async counts(
    backlogIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<Map<string, BacklogCounts>> {
    const result = new Map<string, BacklogCounts>(
      backlogIds.map((id) => [id, { itemCount: 0, openItemCount: 0, latestSnapshotOpen: null }]),
    );
    if (backlogIds.length === 0) return result;
    // The totals kept on the backlog's row answer without touching items or groups.
    const itemRows = await manager
      .createQueryBuilder(BacklogEntity, 'backlog')
      .select(['backlog.id', 'backlog.itemCount', 'backlog.openItemCount'])
      .where('backlog.id IN (:...ids)', { ids: [...backlogIds] })
      .getMany();
    for (const row of itemRows) {
      const counts = result.get(row.id);
      if (counts) {
        counts.itemCount = Number(row.itemCount);
        counts.openItemCount = Number(row.openItemCount);
      }
    }
    for (const snapshot of await this.latestSnapshots(backlogIds, null, manager)) {
      const counts = result.get(snapshot.backlogId);
      if (counts) counts.latestSnapshotOpen = snapshot.open;
    }
    return result;
  }

  /**
   * The latest snapshot (at or before `asOf`, if given) of each backlog; among snapshots at
   * the same instant, the one recorded last.
   */
  async latestSnapshots(
    backlogIds: readonly string[],
    asOf: Date | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<BacklogSnapshotEntity[]> {
    if (backlogIds.length === 0) return [];
    const latestAt = manager
      .createQueryBuilder(BacklogSnapshotEntity, 'later')
      .select('MAX(later.at)')
      .where('later.backlogId = snapshot.backlogId');
    if (asOf) latestAt.andWhere('later.at <= :asOf');
    const rows = await manager
      .createQueryBuilder(BacklogSnapshotEntity, 'snapshot')
      .where('snapshot.backlogId IN (:...ids)', { ids: [...backlogIds] })
      .andWhere(`snapshot.at = (${latestAt.getQuery()})`)
      .setParameters(asOf ? { asOf: asOf.toISOString() } : {})
      .orderBy('snapshot.recordedAt', 'ASC')
      .getMany();
    const latest = new Map<string, BacklogSnapshotEntity>();
    for (const row of rows) latest.set(row.backlogId, row);
    return [...latest.values()];
  }

  snapshotsSince(backlogIds: readonly string[], since: Date | null) {
    if (backlogIds.length === 0) return Promise.resolve([]);
    const query = this.dataSource.manager
      .createQueryBuilder(BacklogSnapshotEntity, 'snapshot')
      .where('snapshot.backlogId IN (:...ids)', { ids: [...backlogIds] });
    if (since) query.andWhere('snapshot.at >= :since', { since: since.toISOString() });
    return query.orderBy('snapshot.at', 'ASC').addOrderBy('snapshot.recordedAt', 'ASC').getMany();
  }

  /** Snapshots taken at or before `asOf`, oldest first (ties in the order they were recorded). */
  snapshotsUpTo(backlogIds: readonly string[], asOf: Date): Promise<BacklogSnapshotEntity[]> {
    if (backlogIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager
      .createQueryBuilder(BacklogSnapshotEntity, 'snapshot')
      .where('snapshot.backlogId IN (:...ids)', { ids: [...backlogIds] })
      .andWhere('snapshot.at <= :asOf', { asOf: asOf.toISOString() })
      .orderBy('snapshot.at', 'ASC')
      .addOrderBy('snapshot.recordedAt', 'ASC')
      .getMany();
  }

  /**
   * Per backlog, the items due before `asOf` that were not done by their due time (still open,
   * or done later). Groups due in hours before that of `asOf` carry the answer (`missed`);
   * items due earlier in the hour of `asOf` are counted through the due-time index. One
   * statement. ISO strings compare like the instants they encode.
   */
  async promisesMissed(backlogIds: readonly string[], asOf: Date): Promise<Map<string, number>> {
    const result = new Map<string, number>(backlogIds.map((id) => [id, 0]));
    if (backlogIds.length === 0) return result;
    const asOfIso = asOf.toISOString();
    const asOfHour = asOfIso.slice(0, 13);
    const rows = await this.raw<{ backlog_id: string; missed: string | number }>(
      `SELECT backlog_id, SUM("count") AS missed FROM backlog_item_groups
        WHERE backlog_id IN (:...ids) AND missed = 1 AND due_hour <> '' AND due_hour < :asOfHour
        GROUP BY backlog_id
       UNION ALL
       SELECT backlog_id, COUNT(*) AS missed FROM backlog_items
        WHERE backlog_id IN (:...ids) AND due_at >= :asOfHourStart AND due_at < :asOf
          AND (done_at IS NULL OR done_at > due_at)
        GROUP BY backlog_id`,
      { ids: [...backlogIds], asOf: asOfIso, asOfHour, asOfHourStart: startOf(asOfHour) },
    );
    for (const row of rows) {
      result.set(row.backlog_id, (result.get(row.backlog_id) ?? 0) + Number(row.missed));
    }
    return result;
  }

  findSnapshot(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(BacklogSnapshotEntity, { where: { id } });
  }

  /**
   * The aggregates a forecast at `asOf` reads, for many backlogs in six statements: window
   * and latest snapshots; per backlog when its first item arrived (one index lookup);
   * arrivals and completions per hour of the window; open items per arrival and due hour.
   * The last three read the maintained groups, plus the item rows of the hour of `asOf` and
   * of the window's first hour through an index: the groups cannot tell which of an hour's
   * items lie before or after an instant inside it. No statement scans every item.
   */
  async forecastAggregates(
    backlogIds: readonly string[],
    asOf: Date,
    windowHours: number,
  ): Promise<Map<string, ForecastAggregateRows>> {
    const result = new Map<string, ForecastAggregateRows>(
      backlogIds.map((id) => [
        id,
        {
          itemLevel: false,
          firstReceivedAt: null,
          snapshots: [],
          arrivalsPerHour: [],
          completionsPerHour: [],
          openItems: [],
        },
      ]),
    );
    if (backlogIds.length === 0) return result;
    const ids = [...backlogIds];
    const asOfIso = asOf.toISOString();
    const asOfHour = asOfIso.slice(0, 13);
    const windowStart = new Date(asOf.getTime() - windowHours * HOUR_MS).toISOString();
    const windowHour = windowStart.slice(0, 13);
    const manager = this.dataSource.manager;
    const ranges = boundaryRanges(windowStart, asOfIso);
    const parameters: Record<string, unknown> = {
      ids,
      asOf: asOfIso,
      asOfHour,
      asOfHourStart: startOf(asOfHour),
      asOfHourEnd: endOf(asOfHour),
      windowHour,
    };
    ranges.forEach((range, index) => {
      parameters[`after${index}`] = range.after;
      parameters[`until${index}`] = range.until;
    });
    /** Item rows of the boundary ranges of `column`, counted per hour of `column`. */
    const boundaryCounts = (column: string) =>
      ranges.map(
        (_, index) => `SELECT backlog_id, ${hourOf(column)} AS hour, COUNT(*) AS count
          FROM backlog_items
          WHERE backlog_id IN (:...ids) AND ${column} > :after${index} AND ${column} <= :until${index}
          GROUP BY backlog_id, ${hourOf(column)}`,
      );
    type HourRow = { backlog_id: string; hour: string; count: string | number };
    /** Arrivals or completions per hour in the window: whole hours from the groups, the cut
     * hours at the window's ends from the items. */
    const hourCounts = (event: 'received' | 'done') =>
      this.raw<HourRow>(
        [
          `SELECT backlog_id, ${event}_hour AS hour, SUM("count") AS count
            FROM backlog_item_groups
            WHERE backlog_id IN (:...ids) AND ${event}_hour > :windowHour AND ${event}_hour < :asOfHour
            GROUP BY backlog_id, ${event}_hour`,
          ...boundaryCounts(`${event}_at`),
        ].join('\nUNION ALL\n'),
        parameters,
      );

    const [windowSnapshots, latest, firsts, arrivals, completions, open] = await Promise.all([
      manager
        .createQueryBuilder(BacklogSnapshotEntity, 'snapshot')
        .where('snapshot.backlogId IN (:...ids)', { ids })
        .andWhere('snapshot.at >= :windowStart AND snapshot.at <= :asOf', {
          windowStart,
          asOf: asOfIso,
        })
        .getMany(),
      this.latestSnapshots(ids, asOf),
      // A subquery per backlog, so each is one lookup in the queue index, not a scan.
      manager
        .createQueryBuilder(BacklogEntity, 'backlog')
        .select('backlog.id', 'backlogId')
        .addSelect(
          (first) =>
            first
              .select('MIN(item.receivedAt)')
              .from(BacklogItemEntity, 'item')
              .where('item.backlogId = backlog.id'),
          'firstReceivedAt',
        )
        .where('backlog.id IN (:...ids)', { ids })
        .getRawMany<{ backlogId: string; firstReceivedAt: string | null }>(),
      hourCounts('received'),
      hourCounts('done'),
      // Open at asOf: groups that arrived before its hour and were not done by its end, plus
      // the item rows of its hour: those that arrived in it by asOf, and those that arrived
      // earlier and were done in it after asOf.
      this.raw<{
        backlog_id: string;
        received_hour: string;
        due_hour: string;
        count: string | number;
      }>(
        `SELECT backlog_id, received_hour, due_hour, SUM("count") AS count
          FROM backlog_item_groups
          WHERE backlog_id IN (:...ids) AND received_hour < :asOfHour
            AND (done_hour = '' OR done_hour > :asOfHour)
          GROUP BY backlog_id, received_hour, due_hour
        UNION ALL
        SELECT backlog_id, ${hourOf('received_at')}, COALESCE(${hourOf('due_at')}, ''), COUNT(*)
          FROM backlog_items
          WHERE backlog_id IN (:...ids) AND received_at >= :asOfHourStart AND received_at <= :asOf
            AND (done_at IS NULL OR done_at > :asOf)
          GROUP BY backlog_id, ${hourOf('received_at')}, COALESCE(${hourOf('due_at')}, '')
        UNION ALL
        SELECT backlog_id, ${hourOf('received_at')}, COALESCE(${hourOf('due_at')}, ''), COUNT(*)
          FROM backlog_items
          WHERE backlog_id IN (:...ids) AND done_at > :asOf AND done_at < :asOfHourEnd
            AND received_at < :asOfHourStart
          GROUP BY backlog_id, ${hourOf('received_at')}, COALESCE(${hourOf('due_at')}, '')`,
        parameters,
      ),
    ]);

    const seen = new Set<string>();
    for (const snapshot of [...windowSnapshots, ...latest]) {
      if (seen.has(snapshot.id)) continue;
      seen.add(snapshot.id);
      result.get(snapshot.backlogId)?.snapshots.push({ at: snapshot.at, open: snapshot.open });
    }
    for (const row of firsts) {
      const aggregates = result.get(row.backlogId);
      if (!aggregates || row.firstReceivedAt === null) continue;
      aggregates.itemLevel = true;
      aggregates.firstReceivedAt = new Date(row.firstReceivedAt);
    }
    for (const [rows, field] of [
      [arrivals, 'arrivalsPerHour'],
      [completions, 'completionsPerHour'],
    ] as const) {
      for (const row of rows) {
        result.get(row.backlog_id)?.[field].push({ hour: row.hour, count: Number(row.count) });
      }
    }
    for (const row of open) {
      result.get(row.backlog_id)?.openItems.push({
        receivedHour: row.received_hour,
        dueHour: hourOrNull(row.due_hour),
        count: Number(row.count),
      });
    }
    return result;
  }

  /**
   * The open items at `asOf` of the cells forecasts cannot settle from counts, with their
   * place in the queue: one statement for all backlogs. Only the rows of those cells are
   * returned; the database numbers the open items of their arrival hours in queue order
   * (reading the queue index, not the table) to give each its place. `rowNumber` counts
   * over all hours read of one backlog.
   */
  async openItemsOfCells(
    cellsByBacklog: ReadonlyMap<string, readonly HourCells[]>,
    asOf: Date,
  ): Promise<{ item: BacklogItemEntity; rowNumber: number }[]> {
    const scanned: string[] = [];
    const wanted: string[] = [];
    const parameters: Record<string, unknown> = { asOf: asOf.toISOString() };
    let index = 0;
    for (const [backlogId, cells] of cellsByBacklog) {
      // Consecutive hours as one range, so the index delivers them in queue order.
      const hours = cells.map((entry) => entry.receivedHour).sort();
      const spans: { from: string; until: string }[] = [];
      for (const hour of hours) {
        const last = spans[spans.length - 1];
        if (last && last.until === startOf(hour)) last.until = endOf(hour);
        else spans.push({ from: startOf(hour), until: endOf(hour) });
      }
      for (const span of spans) {
        Object.assign(parameters, {
          [`sb${index}`]: backlogId,
          [`sf${index}`]: span.from,
          [`su${index}`]: span.until,
        });
        scanned.push(
          `(backlog_id = :sb${index} AND received_at >= :sf${index} AND received_at < :su${index})`,
        );
        index += 1;
      }
      for (const entry of cells) {
        const due: string[] = [];
        Object.assign(parameters, {
          [`wb${index}`]: backlogId,
          [`wf${index}`]: startOf(entry.receivedHour),
          [`wu${index}`]: endOf(entry.receivedHour),
        });
        if (entry.dueFrom !== null && entry.dueTo !== null) {
          parameters[`df${index}`] = startOf(entry.dueFrom);
          parameters[`du${index}`] = endOf(entry.dueTo);
          due.push(`(due_at >= :df${index} AND due_at < :du${index})`);
        }
        if (entry.withoutDue) due.push('due_at IS NULL');
        wanted.push(
          `(backlog_id = :wb${index} AND received_at >= :wf${index} AND received_at < :wu${index}
            AND (${due.join(' OR ')}))`,
        );
        index += 1;
      }
    }
    if (wanted.length === 0) return [];
    const rows = await this.raw<{
      backlog_id: string;
      external_ref: string;
      received_at: string;
      due_at: string | null;
      row_number: string | number;
    }>(
      `SELECT backlog_id, external_ref, received_at, due_at, row_number FROM (
        SELECT backlog_id, external_ref, received_at, due_at,
          ROW_NUMBER() OVER (
            PARTITION BY backlog_id ORDER BY received_at, ${this.refOrder('external_ref')}
          ) AS row_number
        FROM backlog_items
        WHERE (${scanned.join(' OR ')})
          AND received_at <= :asOf AND (done_at IS NULL OR done_at > :asOf)
      ) numbered
      WHERE ${wanted.join(' OR ')}`,
      parameters,
    );
    return rows.map((row) => ({
      item: Object.assign(new BacklogItemEntity(), {
        backlogId: row.backlog_id,
        externalRef: row.external_ref,
        receivedAt: new Date(row.received_at),
        dueAt: row.due_at === null ? null : new Date(row.due_at),
        doneAt: null,
      }),
      rowNumber: Number(row.row_number),
    }));
  }

  /**
   * For each request, the first `limit` open items at `asOf` of some arrival hours of one
   * backlog, in queue order: the lists of items missing their promise read these rows and no
   * others. One statement for all requests: a limited subquery each, joined by UNION ALL.
   */
  async firstOpenItemsOfHours(
    requests: readonly { backlogId: string; hours: readonly string[]; asOf: Date; limit: number }[],
  ): Promise<BacklogItemEntity[][]> {
    const parts: string[] = [];
    const parameters: Record<string, unknown> = {};
    requests.forEach((request, index) => {
      if (request.hours.length === 0 || request.limit <= 0) return;
      const sorted = [...request.hours].sort();
      const from = `${sorted[0] as string}:00:00.000Z`;
      const until = new Date(
        Date.parse(`${sorted[sorted.length - 1] as string}:00:00.000Z`) + 3_600_000,
      ).toISOString();
      Object.assign(parameters, {
        [`backlog${index}`]: request.backlogId,
        [`from${index}`]: from,
        [`until${index}`]: until,
        [`asOf${index}`]: request.asOf.toISOString(),
        [`hours${index}`]: sorted,
      });
      parts.push(
        `SELECT * FROM (SELECT ${index} AS request, backlog_id, external_ref, received_at, due_at, done_at
          FROM backlog_items
          WHERE backlog_id = :backlog${index}
            AND received_at >= :from${index} AND received_at < :until${index}
            AND received_at <= :asOf${index}
            AND (done_at IS NULL OR done_at > :asOf${index})
            AND ${hourOf('received_at')} IN (:...hours${index})
          ORDER BY received_at, ${this.refOrder('external_ref')}
          LIMIT ${Math.floor(request.limit)}) page${index}`,
      );
    });
    const result = requests.map((): BacklogItemEntity[] => []);
    if (parts.length === 0) return result;
    const [sql, values] = this.dataSource.driver.escapeQueryWithParameters(
      parts.join('\nUNION ALL\n'),
      parameters,
      {},
    );
    const rows = (await this.dataSource.query(sql, values)) as {
      request: string | number;
      backlog_id: string;
      external_ref: string;
      received_at: string;
      due_at: string | null;
      done_at: string | null;
    }[];
    for (const row of rows) {
      result[Number(row.request)]?.push(
        Object.assign(new BacklogItemEntity(), {
          backlogId: row.backlog_id,
          externalRef: row.external_ref,
          receivedAt: new Date(row.received_at),
          dueAt: row.due_at === null ? null : new Date(row.due_at),
          doneAt: row.done_at === null ? null : new Date(row.done_at),
        }),
      );
    }
    // Each page is in queue order within its subquery; UNION ALL keeps no order across them.
    for (const page of result) {
      page.sort(
        (left, right) =>
          left.receivedAt.getTime() - right.receivedAt.getTime() ||
          (left.externalRef < right.externalRef
            ? -1
            : left.externalRef > right.externalRef
              ? 1
              : 0),
      );
    }
    return result;
  }

  /** Raw SQL with named parameters (`:name`, `:...list`), on either database. */
  private async raw<T>(
    sql: string,
    parameters: Record<string, unknown>,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<T[]> {
    const [query, values] = this.dataSource.driver.escapeQueryWithParameters(sql, parameters, {});
    return (await manager.query(query, values)) as T[];
  }

  /** Counts a write of items: the revision up by one, the totals by their change. */
  async countItemWrites(manager: EntityManager, backlogId: string, change: ItemCountChange) {
    await manager
      .createQueryBuilder()
      .update(BacklogEntity)
      .set({
        itemsRevision: () => 'items_revision + 1',
        itemCount: () => `item_count + ${Math.trunc(change.items)}`,
        openItemCount: () => `open_item_count + ${Math.trunc(change.open)}`,
      })
      .where('id = :backlogId', { backlogId })
      .execute();
  }

  /** The item revision and count of each backlog, one statement. */
  async itemStamps(
    backlogIds: readonly string[],
  ): Promise<Map<string, { itemsRevision: number; itemCount: number }>> {
    if (backlogIds.length === 0) return new Map();
    const rows = await this.dataSource.manager
      .createQueryBuilder(BacklogEntity, 'backlog')
      .select(['backlog.id', 'backlog.itemsRevision', 'backlog.itemCount'])
      .where('backlog.id IN (:...ids)', { ids: [...backlogIds] })
      .getMany();
    return new Map(
      rows.map((row) => [
        row.id,
        { itemsRevision: Number(row.itemsRevision), itemCount: Number(row.itemCount) },
      ]),
    );
  }

  /**
   * Items of a backlog received after `after` (or all from the first), in arrival order, about
   * `limit` at a time: the rows of the last arrival instant read are completed, so no instant
   * is split between two reads (the caller orders ties by ref). Reads the queue index only.
   */
  async itemsInArrivalOrder(
    backlogId: string,
    after: string | null,
    limit: number,
  ): Promise<{ rows: QueueRow[]; last: string | null }> {
    const columns = 'received_at, external_ref, due_at, done_at';
    const [placeholder, second] =
      this.dataSource.options.type === 'postgres' ? ['$1', '$2'] : ['?', '?'];
    const rows: QueueRow[] = await this.dataSource.query(
      `SELECT ${columns} FROM backlog_items
        WHERE backlog_id = ${placeholder}${after === null ? '' : ` AND received_at > ${second}`}
        ORDER BY received_at LIMIT ${Math.floor(limit)}`,
      after === null ? [backlogId] : [backlogId, after],
    );
    if (rows.length < limit) return { rows, last: null };
    const last = (rows[rows.length - 1] as QueueRow).received_at;
    const complete = rows.filter((row) => row.received_at !== last);
    const ties: QueueRow[] = await this.dataSource.query(
      `SELECT ${columns} FROM backlog_items
        WHERE backlog_id = ${placeholder} AND received_at = ${second}`,
      [backlogId, last],
    );
    return { rows: [...complete, ...ties], last };
  }

  /**
   * Makes concurrent item writes of one backlog wait for each other: each computes its group
   * changes from the rows it read, which must not change underneath it. PostgreSQL locks the
   * backlog's row until commit; SQLite runs one write transaction at a time anyway.
   */
  async lockForItemWrites(manager: EntityManager, backlogId: string): Promise<void> {
    if (this.dataSource.options.type !== 'postgres') return;
    await manager.query('SELECT id FROM backlogs WHERE id = $1 FOR UPDATE', [backlogId]);
  }

  /**
   * Adds changes to the maintained groups of a backlog (one `INSERT … ON CONFLICT DO UPDATE`
   * per chunk, the same syntax on both databases), then drops the groups that fell to zero.
   */
  async applyItemGroupChanges(
    manager: EntityManager,
    backlogId: string,
    changes: readonly BacklogItemGroup[],
  ): Promise<void> {
    for (const chunk of chunks(changes, WRITE_CHUNK)) {
      const parameters: Record<string, unknown> = { backlogId };
      const values = chunk.map((change, index) => {
        Object.assign(parameters, {
          [`r${index}`]: change.receivedHour,
          [`d${index}`]: storedHour(change.dueHour),
          [`f${index}`]: storedHour(change.doneHour),
          [`m${index}`]: change.missed ? 1 : 0,
          [`c${index}`]: change.count,
        });
        return `(:backlogId, :r${index}, :d${index}, :f${index}, :m${index}, :c${index})`;
      });
      await this.raw(
        `INSERT INTO backlog_item_groups (backlog_id, received_hour, due_hour, done_hour, missed, "count")
         VALUES ${values.join(', ')}
         ON CONFLICT (backlog_id, received_hour, due_hour, done_hour, missed)
         DO UPDATE SET "count" = backlog_item_groups."count" + EXCLUDED."count"`,
        parameters,
        manager,
      );
      await nextTurn();
    }
    if (changes.some((change) => change.count < 0)) {
      await manager.delete(BacklogItemGroupEntity, { backlogId, count: 0 });
    }
  }

  /** The maintained groups of a backlog, as the domain names them. */
  async itemGroups(
    backlogId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<BacklogItemGroup[]> {
    const rows = await manager.find(BacklogItemGroupEntity, { where: { backlogId } });
    return rows.map((row) => ({
      receivedHour: row.receivedHour,
      dueHour: hourOrNull(row.dueHour),
      doneHour: hourOrNull(row.doneHour),
      missed: row.missed === 1,
      count: row.count,
    }));
  }

  /**
   * Queue order breaks ties by the ref as the domain compares strings (code units). The
   * default collation of a PostgreSQL database may sort by language rules; "C" compares bytes
   * like SQLite does.
   */
  private refOrder(column = 'item.externalRef'): string {
    return this.dataSource.options.type === 'postgres' ? `${column} COLLATE "C"` : column;
  }

  async insertSnapshot(manager: EntityManager, snapshot: BacklogSnapshotEntity): Promise<void> {
    await manager.insert(BacklogSnapshotEntity, snapshot);
  }

  /** Several snapshots at once, in chunks (a capture file's counts). */
  async insertSnapshots(
    manager: EntityManager,
    snapshots: readonly BacklogSnapshotEntity[],
  ): Promise<void> {
    for (const chunk of chunks(snapshots, WRITE_CHUNK)) {
      await manager.insert(BacklogSnapshotEntity, [...chunk]);
    }
  }

  /**
   * The stored snapshots of a backlog at any of `instants`, read in chunks, in the order they
   * were recorded (the last one recorded at an instant is the count that stands).
   */
  async snapshotsAt(
    manager: EntityManager,
    backlogId: string,
    instants: readonly Date[],
  ): Promise<BacklogSnapshotEntity[]> {
    const found: BacklogSnapshotEntity[] = [];
    for (const chunk of chunks(instants, READ_CHUNK)) {
      found.push(
        ...(await manager
          .createQueryBuilder(BacklogSnapshotEntity, 'snapshot')
          .where('snapshot.backlogId = :backlogId', { backlogId })
          .andWhere('snapshot.at IN (:...ats)', { ats: chunk.map((at) => at.toISOString()) })
          .orderBy('snapshot.recordedAt', 'ASC')
          .getMany()),
      );
    }
    return found;
  }

  /** The stored items of a backlog among `refs`, read in chunks. */
  findByKeys(keys: readonly string[], manager: EntityManager = this.dataSource.manager) {
    if (keys.length === 0) return Promise.resolve([] as BacklogEntity[]);
    return manager.find(BacklogEntity, { where: { key: In([...keys]) }, order: { key: 'ASC' } });
  }

  /** The items of these backlogs that name a customer, as plain values (no entity objects). */
  async customerItems(
    backlogIds: readonly string[],
    manager: EntityManager = this.dataSource.manager,
  ): Promise<
    {
      backlogId: string;
      externalRef: string;
      customerEmail: string;
      customerName: string | null;
      customerLocale: string | null;
      doneAt: Date | null;
    }[]
  > {
    if (backlogIds.length === 0) return [];
    const rows = await manager
      .createQueryBuilder(BacklogItemEntity, 'item')
      .select('item.backlogId', 'backlogId')
      .addSelect('item.externalRef', 'externalRef')
      .addSelect('item.customerEmail', 'customerEmail')
      .addSelect('item.customerName', 'customerName')
      .addSelect('item.customerLocale', 'customerLocale')
      .addSelect('item.doneAt', 'doneAt')
      .where('item.backlogId IN (:...backlogIds)', { backlogIds: [...backlogIds] })
      .andWhere('item.customerEmail IS NOT NULL')
      .orderBy('item.backlogId', 'ASC')
      .addOrderBy('item.externalRef', 'ASC')
      .getRawMany<{
        backlogId: string;
        externalRef: string;
        customerEmail: string;
        customerName: string | null;
        customerLocale: string | null;
        doneAt: string | null;
      }>();
    return rows.map((row) => ({
      ...row,
      doneAt: row.doneAt === null ? null : new Date(row.doneAt),
    }));
  }

  async findItemsByRefs(
    manager: EntityManager,
    backlogId: string,
    refs: readonly string[],
  ): Promise<BacklogItemEntity[]> {
    const found: BacklogItemEntity[] = [];
    for (const chunk of chunks(refs, READ_CHUNK)) {
      found.push(
        ...(await manager.find(BacklogItemEntity, {
          where: { backlogId, externalRef: In(chunk) },
        })),
      );
      // SQLite answers synchronously: without this, 56 lookups would run as one long block.
      await nextTurn();
    }
    return found;
  }

  /**
   * Inserts new items and overwrites known ones by `(backlogId, externalRef)` with one
   * `INSERT … ON CONFLICT DO UPDATE` per chunk (the same syntax on SQLite and PostgreSQL),
   * written as plain SQL: the query builder's parameter bookkeeping took most of a 50,000-item
   * import's time. Between chunks the event loop runs, so the server keeps answering.
   */
  async upsertItems(manager: EntityManager, items: readonly BacklogItemEntity[]): Promise<void> {
    const postgres = this.dataSource.options.type === 'postgres';
    const iso = (at: Date | null) => (at === null ? null : at.toISOString());
    for (const chunk of chunks(items, WRITE_CHUNK)) {
      const values: unknown[] = [];
      const rows = chunk.map((item) => {
        const first = values.length;
        values.push(
          item.backlogId,
          item.externalRef,
          iso(item.receivedAt),
          iso(item.dueAt),
          iso(item.doneAt),
          iso(item.updatedAt),
          item.customerEmail,
          item.customerName,
          item.customerLocale,
        );
        const marks = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((offset) =>
          postgres ? `$${first + offset}` : '?',
        );
        return `(${marks.join(', ')})`;
      });
      await manager.query(
        `INSERT INTO backlog_items (backlog_id, external_ref, received_at, due_at, done_at, updated_at,
            customer_email, customer_name, customer_locale)
          VALUES ${rows.join(', ')}
          ON CONFLICT (backlog_id, external_ref) DO UPDATE SET
            received_at = excluded.received_at, due_at = excluded.due_at,
            done_at = excluded.done_at, updated_at = excluded.updated_at,
            customer_email = excluded.customer_email, customer_name = excluded.customer_name,
            customer_locale = excluded.customer_locale`,
        values,
      );
      await nextTurn();
    }
  }
}
