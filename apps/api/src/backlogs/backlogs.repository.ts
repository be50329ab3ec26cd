import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, type EntityManager, In, QueryFailedError } from 'typeorm';
import { BacklogEntity } from './backlog.entity';
import { BacklogIdempotencyKeyEntity } from './backlog-idempotency-key.entity';
import { BacklogItemEntity } from './backlog-item.entity';
import { BacklogSnapshotEntity } from './backlog-snapshot.entity';
import {
  type BacklogHistoryAggregates,
  type BacklogSnapshot,
  type HourlyItemCount,
  type OpenItemBucket,
} from '@lagebild/domain';

/** Open-count ingredients of one backlog, aggregated in SQL. */
export interface BacklogCounts {
  itemCount: number;
  openItemCount: number;
  latestSnapshotOpen: number | null;
}

/** What the database aggregates of a backlog's history for a forecast at a moment. */
export interface ForecastAggregateRows extends Omit<BacklogHistoryAggregates, 'openItemsOfHours'> {
  snapshots: BacklogSnapshot[];
  arrivalsPerHour: HourlyItemCount[];
  completionsPerHour: HourlyItemCount[];
  openItems: OpenItemBucket[];
}

/** The UTC hour of a stored instant (`2026-11-23T07`), the same on SQLite and PostgreSQL. */
function hourOf(column: string): string {
  return `substr(${column}, 1, 13)`;
}

/**
 * Rows per statement for bulk item writes: 500 × 6 parameters stays far below the limits of
 * SQLite (32,766) and PostgreSQL (65,535) while keeping round trips few.
 */
const WRITE_CHUNK = 500;
/** Refs per `IN (...)` lookup. */
const READ_CHUNK = 900;

function chunks<T>(values: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let index = 0; index < values.length; index += size) {
    result.push(values.slice(index, index + size));
  }
  return result;
}

/** True when the database refused a duplicate key (both drivers, wrapped by TypeORM). */
export function isUniqueViolation(error: unknown): boolean {
  if (!(error instanceof QueryFailedError)) return false;
  const driverError = error.driverError as { code?: string } | undefined;
  return (
    driverError?.code === '23505' ||
    driverError?.code === 'SQLITE_CONSTRAINT_PRIMARYKEY' ||
    driverError?.code === 'SQLITE_CONSTRAINT_UNIQUE'
  );
}

/** The only place of the backlogs feature that talks to TypeORM. */
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

  /** Compare-and-set on `version`; false when someone saved in between. */
  async updateIfVersion(
    manager: EntityManager,
    entity: BacklogEntity,
    expectedVersion: number,
  ): Promise<boolean> {
    const { id, ...changes } = entity;
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
    const itemRows = await manager
      .createQueryBuilder(BacklogItemEntity, 'item')
      .select('item.backlogId', 'backlogId')
      .addSelect('COUNT(*)', 'itemCount')
      .addSelect('SUM(CASE WHEN item.doneAt IS NULL THEN 1 ELSE 0 END)', 'openItemCount')
      .where('item.backlogId IN (:...ids)', { ids: [...backlogIds] })
      .groupBy('item.backlogId')
      .getRawMany<{
        backlogId: string;
        itemCount: string | number;
        openItemCount: string | number;
      }>();
    for (const row of itemRows) {
      const counts = result.get(row.backlogId);
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
   * or done later). Counted in SQL: ISO strings compare like the instants they encode.
   */
  async promisesMissed(backlogIds: readonly string[], asOf: Date): Promise<Map<string, number>> {
    const result = new Map<string, number>(backlogIds.map((id) => [id, 0]));
    if (backlogIds.length === 0) return result;
    const rows = await this.dataSource.manager
      .createQueryBuilder(BacklogItemEntity, 'item')
      .select('item.backlogId', 'backlogId')
      .addSelect('COUNT(*)', 'missed')
      .where('item.backlogId IN (:...ids)', { ids: [...backlogIds] })
      .andWhere('item.dueAt IS NOT NULL AND item.dueAt < :asOf', { asOf: asOf.toISOString() })
      .andWhere('(item.doneAt IS NULL OR item.doneAt > item.dueAt)')
      .groupBy('item.backlogId')
      .getRawMany<{ backlogId: string; missed: string | number }>();
    for (const row of rows) result.set(row.backlogId, Number(row.missed));
    return result;
  }

  findSnapshot(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(BacklogSnapshotEntity, { where: { id } });
  }

  /**
   * The aggregates a forecast at `asOf` reads, for many backlogs in six statements and no
   * item rows: window and latest snapshots; per backlog when its first item arrived;
   * arrivals and completions per hour of the window; open items per arrival and due hour.
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
    const windowStart = new Date(asOf.getTime() - windowHours * 3_600_000).toISOString();
    const manager = this.dataSource.manager;
    const items = () =>
      manager
        .createQueryBuilder(BacklogItemEntity, 'item')
        .select('item.backlogId', 'backlogId')
        .where('item.backlogId IN (:...ids)', { ids });

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
      items()
        .addSelect(hourOf('item.receivedAt'), 'hour')
        .addSelect('COUNT(*)', 'count')
        .andWhere('item.receivedAt > :windowStart AND item.receivedAt <= :asOf', {
          windowStart,
          asOf: asOfIso,
        })
        .groupBy('item.backlogId')
        .addGroupBy(hourOf('item.receivedAt'))
        .getRawMany<{ backlogId: string; hour: string; count: string | number }>(),
      items()
        .addSelect(hourOf('item.doneAt'), 'hour')
        .addSelect('COUNT(*)', 'count')
        .andWhere('item.doneAt > :windowStart AND item.doneAt <= :asOf', {
          windowStart,
          asOf: asOfIso,
        })
        .groupBy('item.backlogId')
        .addGroupBy(hourOf('item.doneAt'))
        .getRawMany<{ backlogId: string; hour: string; count: string | number }>(),
      items()
        .addSelect(hourOf('item.receivedAt'), 'receivedHour')
        .addSelect(hourOf('item.dueAt'), 'dueHour')
        .addSelect('COUNT(*)', 'count')
        .andWhere('item.receivedAt <= :asOf', { asOf: asOfIso })
        .andWhere('(item.doneAt IS NULL OR item.doneAt > :asOf)')
        .groupBy('item.backlogId')
        .addGroupBy(hourOf('item.receivedAt'))
        .addGroupBy(hourOf('item.dueAt'))
        .getRawMany<{
          backlogId: string;
          receivedHour: string;
          dueHour: string | null;
          count: string | number;
        }>(),
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
        result.get(row.backlogId)?.[field].push({ hour: row.hour, count: Number(row.count) });
      }
    }
    for (const row of open) {
      result.get(row.backlogId)?.openItems.push({
        receivedHour: row.receivedHour,
        dueHour: row.dueHour,
        count: Number(row.count),
      });
    }
    return result;
  }

  /**
   * Open items at `asOf` of some arrival hours per backlog, in queue order: one statement
   * for all backlogs; each hour is a range of `received_at`, so the queue index serves it.
   */
  async openItemsOfHours(
    hoursByBacklog: ReadonlyMap<string, readonly string[]>,
    asOf: Date,
  ): Promise<BacklogItemEntity[]> {
    const ranges: Brackets[] = [];
    const parameters: Record<string, string> = { asOf: asOf.toISOString() };
    let index = 0;
    for (const [backlogId, hours] of hoursByBacklog) {
      for (const hour of hours) {
        const start = `${hour}:00:00.000Z`;
        const end = new Date(Date.parse(start) + 3_600_000).toISOString();
        parameters[`b${index}`] = backlogId;
        parameters[`s${index}`] = start;
        parameters[`e${index}`] = end;
        const at = index;
        ranges.push(
          new Brackets((range) =>
            range
              .where(`item.backlogId = :b${at}`)
              .andWhere(`item.receivedAt >= :s${at}`)
              .andWhere(`item.receivedAt < :e${at}`),
          ),
        );
        index += 1;
      }
    }
    if (ranges.length === 0) return [];
    return this.dataSource.manager
      .createQueryBuilder(BacklogItemEntity, 'item')
      .where(
        new Brackets((any) => {
          for (const range of ranges) any.orWhere(range);
        }),
      )
      .andWhere('item.receivedAt <= :asOf')
      .andWhere('(item.doneAt IS NULL OR item.doneAt > :asOf)')
      .setParameters(parameters)
      .orderBy('item.backlogId', 'ASC')
      .addOrderBy('item.receivedAt', 'ASC')
      .addOrderBy(this.refOrder(), 'ASC')
      .getMany();
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

  findIdempotencyKey(
    manager: EntityManager,
    backlogId: string,
    operation: string,
    idempotencyKey: string,
  ) {
    return manager.findOne(BacklogIdempotencyKeyEntity, {
      where: { backlogId, operation, idempotencyKey },
    });
  }

  async insertIdempotencyKey(
    manager: EntityManager,
    entity: BacklogIdempotencyKeyEntity,
  ): Promise<void> {
    await manager.insert(BacklogIdempotencyKeyEntity, entity);
  }

  /** The stored items of a backlog among `refs`, read in chunks. */
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
    }
    return found;
  }

  /**
   * Inserts new items and overwrites known ones by `(backlogId, externalRef)` with one
   * `INSERT … ON CONFLICT DO UPDATE` per chunk (the same syntax on SQLite and PostgreSQL).
   */
  async upsertItems(manager: EntityManager, items: readonly BacklogItemEntity[]): Promise<void> {
    for (const chunk of chunks(items, WRITE_CHUNK)) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(BacklogItemEntity)
        .values(chunk)
        .orUpdate(
          ['received_at', 'due_at', 'done_at', 'updated_at'],
          ['backlog_id', 'external_ref'],
        )
        .updateEntity(false)
        .execute();
    }
  }
}
