import { Injectable } from '@nestjs/common';
import {
  type AggregatedBacklogForecast,
  type Backlog,
  type BacklogHistoryAggregates,
  type BacklogItem,
  type BacklogSnapshot,
  type CaptureIssue,
  type CaptureReading,
  type FieldIssue,
  createWorkingCalendar,
  currentOpenCount,
  DEFAULT_ARRIVAL_WINDOW_HOURS,
  DomainError,
  forecastFromAggregates,
  isInstantInRange,
  type ItemMissingPromise,
  itemsMissingPromisePage,
  type MissingPromisePagePlan,
  missingPromisePagePlan,
  cellsNeedingItems,
  type HourCells,
  itemCountChange,
  itemGroupChanges,
  type PositionedItem,
  positionedItemsOfQueue,
  utcHourOf,
  validateBacklogCapacity,
  validateBacklogDetails,
  validateBacklogInput,
  validateBacklogItems,
  validateItemCustomer,
  itemCustomer,
  type ItemCustomer,
  type CohortItem,
  type CommunicationLocale,
  validateBacklogSnapshot,
} from '@lagebild/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor } from '../auth/actor';
import { BacklogItemQueues } from './backlog-item-queues';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { ContinuityPlansService } from '../continuity-plans/continuity-plans.service';
import { newLoadScope } from '../graphql/context';
import { newId } from '../common/ids';
import { inTransaction } from '../common/transaction';
import { versionedUpdate } from '../common/versioned-update';
import { notFound } from '../graphql/error-codes';
import { idempotencyClaim, IdempotencyService } from '../idempotency/idempotency.service';
import { LiveEventsService } from '../live/live-events.service';
import { ServicesService } from '../services/services.service';
import { BacklogEntity } from './backlog.entity';
import { BacklogItemEntity } from './backlog-item.entity';
import { BacklogSnapshotEntity } from './backlog-snapshot.entity';
import { auditSnapshot, toBacklogModel, toDomainBacklog, toDomainItem } from './backlog.mapper';
import { type BacklogSituationFacts, type BacklogSituationFilter } from './backlog-situation-facts';
import { BacklogsRepository } from './backlogs.repository';
import { type AcceptBacklogInput } from './dto/accept-backlog.input';
import { type CreateBacklogInput } from './dto/create-backlog.input';
import { type RecordBacklogSnapshotInput } from './dto/record-backlog-snapshot.input';
import { type SetBacklogCapacityInput } from './dto/set-backlog-capacity.input';
import { type UpdateBacklogInput } from './dto/update-backlog.input';
import { type UpsertBacklogItemsInput } from './dto/upsert-backlog-items.input';
import { type MissingPromiseSource } from './models/backlog-forecast.model';

/** How far back arrival estimates look; the history loader reads exactly this window. */
export const ARRIVAL_WINDOW_HOURS = DEFAULT_ARRIVAL_WINDOW_HOURS;

export interface SnapshotResult {
  backlog: BacklogEntity;
  snapshot: BacklogSnapshotEntity;
  replayed: boolean;
}

export interface ItemsUpsertCounts {
  received: number;
  inserted: number;
  updated: number;
  unchanged: number;
}

/** What an import of a capture file did (or, in a dry run, would do). */
export interface CaptureImportResult extends ItemsUpsertCounts {
  backlog: BacklogEntity;
  replayed: boolean;
}

/**
 * A capture problem as the API's error carries field problems: the field is the upload
 * (`csv`), the line and column travel in the parameters.
 */
export function captureIssueAsFieldIssue(issue: CaptureIssue): FieldIssue {
  return {
    field: 'csv',
    // The file's own codes (DATE_FORMAT, DUPLICATE_ROW, …) travel the same way; clients that
    // do not know them read the message.
    code: issue.code as FieldIssue['code'],
    params: {
      ...issue.params,
      line: issue.line,
      ...(issue.column === null ? {} : { column: issue.column }),
    },
    message: `line ${issue.line}${issue.column === null ? '' : `, ${issue.column}`}: ${issue.message}`,
  };
}

export interface ItemsResult extends ItemsUpsertCounts {
  backlog: BacklogEntity;
  replayed: boolean;
}

/** A backlog to forecast: its id (for reading) and its settings (for deciding). */
export interface ForecastSubject {
  id: string;
  backlog: Backlog;
}

/** The question behind a forecast; `asOf` already defaulted to now. */
export interface ForecastQuestion {
  asOf: Date;
  deadline: Date | null;
  staff: number | null;
}

function assertValidQuestion(question: ForecastQuestion): void {
  const issues: { field: string; message: string }[] = [];
  if (!isInstantInRange(question.asOf)) {
    issues.push({ field: 'asOf', message: 'must be an instant between 1970 and 2999' });
  }
  if (question.deadline && !isInstantInRange(question.deadline)) {
    issues.push({ field: 'deadline', message: 'must be an instant between 1970 and 2999' });
  }
  DomainError.assertNoIssues(issues, 'Invalid forecast question');
}

function emptyCounts() {
  return { itemCount: 0, openItemCount: 0, latestSnapshotOpen: null };
}

/** An item's customer in an idempotency claim; nothing for an item without one (older claims match). */
function customerPayload(customer: ItemCustomer): (string | null)[] {
  const values = [customer.customerEmail, customer.customerName, customer.locale];
  return values.every((value) => value === null) ? [] : values;
}

function sameInstant(left: Date | null, right: Date | null): boolean {
  return (left?.getTime() ?? null) === (right?.getTime() ?? null);
}

/**
 * Turns the row numbers the database gave (counted over the open items of all hours read of
 * one backlog, in queue order) into places within each arrival hour: the open items of the
 * hours read before it, which the aggregates count, come first.
 */
function positionsInHour(
  aggregates: BacklogHistoryAggregates,
  cells: readonly HourCells[],
  read: readonly { item: BacklogItemEntity; rowNumber: number }[],
): PositionedItem[] {
  const hoursRead = new Set(cells.map((entry) => entry.receivedHour));
  const openPerHour = new Map<string, number>();
  for (const bucket of aggregates.openItems) {
    if (!hoursRead.has(bucket.receivedHour)) continue;
    openPerHour.set(
      bucket.receivedHour,
      (openPerHour.get(bucket.receivedHour) ?? 0) + bucket.count,
    );
  }
  const before = new Map<string, number>();
  let total = 0;
  for (const hour of [...openPerHour.keys()].sort()) {
    before.set(hour, total);
    total += openPerHour.get(hour) as number;
  }
  return read.map(({ item, rowNumber }) => ({
    item: toDomainItem(item),
    positionInHour: rowNumber - (before.get(utcHourOf(item.receivedAt)) ?? 0),
  }));
}

/** Orchestrates backlogs: load, let the domain decide, save, audit, announce after commit. */
@Injectable()
export class BacklogsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: BacklogsRepository,
    private readonly services: ServicesService,
    private readonly audit: AuditService,
    private readonly live: LiveEventsService,
    private readonly idempotency: IdempotencyService,
    private readonly clock: Clock,
    private readonly queues: BacklogItemQueues,
    private readonly plans: ContinuityPlansService,
  ) {}

  list(): Promise<BacklogEntity[]> {
    return this.repository.findAll();
  }

  async get(key: string, manager?: EntityManager): Promise<BacklogEntity> {
    const entity = await this.repository.findByKey(key, manager);
    if (!entity) throw notFound('Backlog', key);
    return entity;
  }

  create(input: CreateBacklogInput, actor: Actor): Promise<BacklogEntity> {
    DomainError.assertNoIssues(validateBacklogInput(input), 'Invalid backlog');
    const calendar = createWorkingCalendar(input.calendar ?? {});
    return inTransaction(this.dataSource, async (manager, afterCommit) => {
      if (await this.repository.findByKey(input.key, manager)) {
        throw new DomainError('CONFLICT', `A backlog with key ${input.key} already exists`, [
          { field: 'key', code: 'TAKEN', message: 'is already taken' },
        ]);
      }
      const incidentId = input.incidentId ?? null;
      if (
        incidentId !== null &&
        (await this.repository.rowExists(manager, 'incidents', incidentId)) === false
      ) {
        throw new DomainError('BAD_USER_INPUT', `Incident ${incidentId} does not exist`, [
          { field: 'incidentId', message: 'is not a known incident' },
        ]);
      }
      const serviceKey = input.serviceKey ?? null;
      if (serviceKey !== null && !(await this.services.exists(serviceKey, manager))) {
        throw new DomainError('BAD_USER_INPUT', `Service ${serviceKey} does not exist`, [
          { field: 'serviceKey', message: 'is not a known service' },
        ]);
      }
      const now = this.clock.now();
      const entity = Object.assign(new BacklogEntity(), {
        id: newId(),
        key: input.key,
        name: input.name.trim(),
        unit: input.unit.trim(),
        incidentId,
        serviceKey,
        promiseHours: input.promiseHours ?? null,
        staff: input.staff ?? 0,
        itemsPerStaffHour: input.itemsPerStaffHour ?? 0,
        arrivalRatePerHour: input.arrivalRatePerHour ?? null,
        calendar: {
          timeZone: calendar.timeZone,
          workingHours: calendar.workingHours.map((period) => ({ ...period })),
          holidays: [...calendar.holidays],
        },
        accepted: false,
        version: 1,
        itemsRevision: 0,
        itemCount: 0,
        openItemCount: 0,
        createdAt: now,
        updatedAt: now,
      });
      await this.repository.insert(manager, entity);
      await this.audit.record(manager, {
        actor,
        action: 'createBacklog',
        entityType: 'Backlog',
        entityId: entity.key,
        after: auditSnapshot(entity),
      });
      afterCommit(() => this.announce(entity, 'backlog'));
      return entity;
    });
  }

  recordSnapshot(input: RecordBacklogSnapshotInput, actor: Actor): Promise<SnapshotResult> {
    DomainError.assertNoIssues(
      validateBacklogSnapshot({ open: input.open, at: input.at }, this.clock.now()),
      'Invalid snapshot',
    );
    const payload = { open: input.open, at: input.at.toISOString() };
    return this.idempotency.retryingDuplicateKey(() =>
      inTransaction(this.dataSource, async (manager, afterCommit) => {
        const backlog = await this.get(input.backlogKey, manager);
        const claim = idempotencyClaim(
          backlog.id,
          'recordBacklogSnapshot',
          input.idempotencyKey,
          payload,
        );
        const previous = await this.idempotency.previousResult<{ snapshotId: string }>(
          manager,
          claim,
        );
        if (previous) {
          const snapshot = await this.repository.findSnapshot(previous.snapshotId, manager);
          if (!snapshot) throw notFound('Backlog snapshot', previous.snapshotId);
          return { backlog, snapshot, replayed: true };
        }
        const snapshot = Object.assign(new BacklogSnapshotEntity(), {
          id: newId(),
          backlogId: backlog.id,
          at: input.at,
          open: input.open,
          recordedAt: this.clock.now(),
        });
        await this.repository.insertSnapshot(manager, snapshot);
        await this.idempotency.remember(manager, claim, { snapshotId: snapshot.id });
        await this.audit.record(manager, {
          actor,
          action: 'recordBacklogSnapshot',
          entityType: 'Backlog',
          entityId: backlog.key,
          after: { at: snapshot.at, open: snapshot.open, idempotencyKey: input.idempotencyKey },
        });
        afterCommit(() => this.announce(backlog, 'backlogSnapshot'));
        return { backlog, snapshot, replayed: false };
      }),
    );
  }

  upsertItems(input: UpsertBacklogItemsInput, actor: Actor): Promise<ItemsResult> {
    const items: BacklogItem[] = input.items.map((item) => ({
      externalRef: item.externalRef,
      receivedAt: item.receivedAt,
      dueAt: item.dueAt ?? null,
      doneAt: item.doneAt ?? null,
    }));
    DomainError.assertNoIssues(
      [
        ...validateBacklogItems(items, this.clock.now()),
        ...input.items.flatMap((item, index) => validateItemCustomer(`items[${index}]`, item)),
      ],
      'Invalid items',
    );
    const customers = input.items.map((item) => itemCustomer(item));
    const payload = items.map((item, index) => [
      item.externalRef,
      item.receivedAt.toISOString(),
      item.dueAt?.toISOString() ?? null,
      item.doneAt?.toISOString() ?? null,
      ...customerPayload(customers[index] as ItemCustomer),
    ]);
    return this.idempotency.retryingDuplicateKey(() =>
      inTransaction(this.dataSource, async (manager, afterCommit) => {
        const backlog = await this.get(input.backlogKey, manager);
        const claim = idempotencyClaim(
          backlog.id,
          'upsertBacklogItems',
          input.idempotencyKey,
          payload,
        );
        const previous = await this.idempotency.previousResult<ItemsUpsertCounts>(manager, claim);
        if (previous) return { backlog, ...previous, replayed: true };

        const counts = await this.writeItems(manager, backlog, items, false, customers);
        await this.idempotency.remember(manager, claim, counts);
        // One entry per call: the counts, not 10,000 row images.
        await this.audit.record(manager, {
          actor,
          action: 'upsertBacklogItems',
          entityType: 'Backlog',
          entityId: backlog.key,
          after: { ...counts, idempotencyKey: input.idempotencyKey },
        });
        afterCommit(() => this.announce(backlog, 'backlogItems'));
        return { backlog, ...counts, replayed: false };
      }),
    );
  }

  /**
   * Writes items (new refs inserted, known ones overwritten, identical ones left alone) with
   * their counts and groups, inside the caller's transaction; with `dryRun` only counts what
   * it would do. Takes the backlog's item lock first (ADR 0004, 0006).
   */
  private async writeItems(
    manager: EntityManager,
    backlog: BacklogEntity,
    items: readonly BacklogItem[],
    dryRun: boolean,
    /** The customer of each item (same order); left out, the stored customers stay. */
    customers?: readonly ItemCustomer[],
  ): Promise<ItemsUpsertCounts> {
    if (!dryRun) await this.repository.lockForItemWrites(manager, backlog.id);
    const stored = new Map(
      (
        await this.repository.findItemsByRefs(
          manager,
          backlog.id,
          items.map((item) => item.externalRef),
        )
      ).map((entity) => [entity.externalRef, entity]),
    );
    const now = this.clock.now();
    const writes: BacklogItemEntity[] = [];
    const changes: { before: BacklogItem | null; after: BacklogItem }[] = [];
    const counts: ItemsUpsertCounts = {
      received: items.length,
      inserted: 0,
      updated: 0,
      unchanged: 0,
    };
    for (const [index, item] of items.entries()) {
      const known = stored.get(item.externalRef);
      const customer: ItemCustomer = customers?.[index] ?? {
        customerEmail: known?.customerEmail ?? null,
        customerName: known?.customerName ?? null,
        locale: (known?.customerLocale ?? null) as ItemCustomer['locale'],
      };
      if (
        known &&
        sameInstant(known.receivedAt, item.receivedAt) &&
        sameInstant(known.dueAt, item.dueAt) &&
        sameInstant(known.doneAt, item.doneAt) &&
        known.customerEmail === customer.customerEmail &&
        known.customerName === customer.customerName &&
        known.customerLocale === customer.locale
      ) {
        counts.unchanged += 1;
        continue;
      }
      counts[known ? 'updated' : 'inserted'] += 1;
      changes.push({ before: known ? toDomainItem(known) : null, after: item });
      writes.push(
        Object.assign(new BacklogItemEntity(), {
          backlogId: backlog.id,
          ...item,
          customerEmail: customer.customerEmail,
          customerName: customer.customerName,
          customerLocale: customer.locale,
          updatedAt: now,
        }),
      );
    }
    if (dryRun) return counts;
    // Rows in one order (by ref) whatever order the caller sent: row locks are then taken
    // in the same order by every import, even where the backlog lock does not apply.
    writes.sort((left, right) => (left.externalRef < right.externalRef ? -1 : 1));
    await this.repository.upsertItems(manager, writes);
    if (writes.length > 0) {
      await this.repository.countItemWrites(manager, backlog.id, itemCountChange(changes));
    }
    // The forecasts' groups change in the same transaction, so they never disagree with
    // the items a reader sees.
    await this.repository.applyItemGroupChanges(manager, backlog.id, itemGroupChanges(changes));
    return counts;
  }

  /**
   * Writes reported counts keyed by their moment, inside the caller's transaction: a moment
   * without a count gets one, a moment whose standing count (the last recorded there) differs
   * gets the new one recorded after it (nothing is overwritten), the same count is left alone.
   */
  private async writeCounts(
    manager: EntityManager,
    backlog: BacklogEntity,
    counts: readonly BacklogSnapshot[],
    dryRun: boolean,
  ): Promise<ItemsUpsertCounts> {
    const standing = new Map<number, number>();
    const stored = await this.repository.snapshotsAt(
      manager,
      backlog.id,
      counts.map((count) => count.at),
    );
    for (const snapshot of stored) standing.set(snapshot.at.getTime(), snapshot.open);
    const result: ItemsUpsertCounts = {
      received: counts.length,
      inserted: 0,
      updated: 0,
      unchanged: 0,
    };
    const now = this.clock.now();
    const writes: BacklogSnapshotEntity[] = [];
    for (const count of counts) {
      const known = standing.get(count.at.getTime());
      if (known === count.open) {
        result.unchanged += 1;
        continue;
      }
      result[known === undefined ? 'inserted' : 'updated'] += 1;
      writes.push(
        Object.assign(new BacklogSnapshotEntity(), {
          id: newId(),
          backlogId: backlog.id,
          at: count.at,
          open: count.open,
          recordedAt: now,
        }),
      );
    }
    if (!dryRun) await this.repository.insertSnapshots(manager, writes);
    return result;
  }

  /**
   * Imports a capture file's rows (already read and checked by the domain) in one
   * transaction through the same writes as `upsertBacklogItems` and `recordBacklogSnapshot`:
   * all or nothing, one audit entry, one live event. A `dryRun` reads what an import would
   * do and writes nothing. With an idempotency key a repeated upload replays the first result.
   */
  importCapture(
    input: {
      backlogKey: string;
      reading: CaptureReading;
      dryRun: boolean;
      idempotencyKey: string | null;
    },
    actor: Actor,
  ): Promise<CaptureImportResult> {
    const { reading } = input;
    DomainError.assertNoIssues(
      reading.issues.map(captureIssueAsFieldIssue),
      `The file has ${reading.issueCount} problem(s)`,
    );
    const items: BacklogItem[] = reading.items.map((item) => ({
      externalRef: item.externalRef,
      receivedAt: item.receivedAt,
      dueAt: item.dueAt,
      doneAt: item.doneAt,
    }));
    const counts: BacklogSnapshot[] = reading.counts.map(({ at, open }) => ({ at, open }));
    const payload = [
      reading.kind,
      items.map((item) => [
        item.externalRef,
        item.receivedAt.toISOString(),
        item.dueAt?.toISOString() ?? null,
        item.doneAt?.toISOString() ?? null,
      ]),
      counts.map((count) => [count.at.toISOString(), count.open]),
    ];
    return this.idempotency.retryingDuplicateKey(() =>
      inTransaction(this.dataSource, async (manager, afterCommit) => {
        const backlog = await this.get(input.backlogKey, manager);
        const claim =
          input.idempotencyKey === null || input.dryRun
            ? null
            : idempotencyClaim(backlog.id, 'importBacklogCapture', input.idempotencyKey, payload);
        const previous = claim
          ? await this.idempotency.previousResult<ItemsUpsertCounts>(manager, claim)
          : null;
        if (previous) return { backlog, ...previous, replayed: true };

        const result =
          reading.kind === 'ITEMS'
            ? await this.writeItems(manager, backlog, items, input.dryRun)
            : await this.writeCounts(manager, backlog, counts, input.dryRun);
        if (input.dryRun) return { backlog, ...result, replayed: false };
        if (claim) await this.idempotency.remember(manager, claim, result);
        await this.audit.record(manager, {
          actor,
          action: 'importBacklogCapture',
          entityType: 'Backlog',
          entityId: backlog.key,
          after: { kind: reading.kind, ...result, idempotencyKey: input.idempotencyKey },
        });
        afterCommit(() =>
          this.announce(backlog, reading.kind === 'ITEMS' ? 'backlogItems' : 'backlogSnapshot'),
        );
        return { backlog, ...result, replayed: false };
      }),
    );
  }

  setCapacity(input: SetBacklogCapacityInput, actor: Actor): Promise<BacklogEntity> {
    DomainError.assertNoIssues(
      validateBacklogCapacity({ staff: input.staff, itemsPerStaffHour: input.itemsPerStaffHour }),
      'Invalid capacity',
    );
    return this.changeSettings(
      input.backlogKey,
      input.version,
      actor,
      'setBacklogCapacity',
      (next) => {
        next.staff = input.staff;
        next.itemsPerStaffHour = input.itemsPerStaffHour;
        if (input.arrivalRatePerHour !== undefined)
          next.arrivalRatePerHour = input.arrivalRatePerHour;
      },
    );
  }

  /** New name, unit or promise, against the version the form was opened with. */
  updateDetails(input: UpdateBacklogInput, actor: Actor): Promise<BacklogEntity> {
    return this.changeSettings(input.backlogKey, input.version, actor, 'updateBacklog', (next) => {
      const details = {
        name: input.name ?? next.name,
        unit: input.unit ?? next.unit,
        promiseHours: input.promiseHours === undefined ? next.promiseHours : input.promiseHours,
      };
      DomainError.assertNoIssues(validateBacklogDetails(details), 'Invalid backlog');
      next.name = details.name.trim();
      next.unit = details.unit.trim();
      next.promiseHours = details.promiseHours;
    });
  }

  accept(input: AcceptBacklogInput, actor: Actor): Promise<BacklogEntity> {
    return this.changeSettings(input.backlogKey, input.version, actor, 'acceptBacklog', (next) => {
      next.accepted = input.accepted ?? true;
    });
  }

  /**
   * The customers named on the items of these backlogs (cohort notices), with the backlog's
   * key, and the keys among those asked for that exist. Reads only the items that name a
   * customer, in chunks of rows, inside the caller's transaction when one is given.
   */
  async cohortItems(
    backlogKeys: readonly string[],
    manager?: EntityManager,
    options: { itemsToo: boolean } = { itemsToo: true },
  ): Promise<{ known: Set<string>; items: CohortItem[]; backlogIds: Map<string, string> }> {
    const backlogs = await this.repository.findByKeys(backlogKeys, manager);
    const keyById = new Map(backlogs.map((backlog) => [backlog.id, backlog.key]));
    const rows = options.itemsToo
      ? await this.repository.customerItems([...keyById.keys()], manager)
      : [];
    return {
      known: new Set(backlogs.map((backlog) => backlog.key)),
      backlogIds: new Map(backlogs.map((backlog) => [backlog.key, backlog.id])),
      items: rows.map((row) => ({
        backlogKey: keyById.get(row.backlogId) as string,
        externalRef: row.externalRef,
        customerEmail: row.customerEmail,
        customerName: row.customerName,
        locale: (row.customerLocale as CommunicationLocale | null) ?? null,
        doneAt: row.doneAt,
      })),
    };
  }

  /**
   * The situation facts of every backlog (or those the filter names) at `asOf`: open count,
   * forecast clear time, items missing their promise, snapshots and promises missed. A fixed
   * number of statements whatever the number of backlogs; this is the interface other features
   * use instead of the backlogs' entities, repository and loaders.
   */
  async situationFacts(
    asOf: Date,
    filter: BacklogSituationFilter = {},
  ): Promise<BacklogSituationFacts[]> {
    const entities = await this.repository.findMatching(filter);
    const ids = entities.map((entity) => entity.id);
    const scope = newLoadScope();
    const subjects = await Promise.all(
      entities.map(async (entity) => {
        const backlog = toDomainBacklog(entity);
        // The people of running continuation plans add to the backlog's own.
        const capacity = await this.plans.capacityOf(scope, backlog, asOf, null);
        return {
          id: entity.id,
          backlog: {
            ...backlog,
            capacity: { staff: capacity.staff, itemsPerStaffHour: capacity.itemsPerStaffHour },
          },
        };
      }),
    );
    const [aggregates, snapshots, missed] = await Promise.all([
      this.forecastAggregates(subjects, asOf, null),
      this.repository.snapshotsUpTo(ids, asOf),
      this.repository.promisesMissed(ids, asOf),
    ]);
    const snapshotsById = new Map<string, { at: Date; open: number }[]>(ids.map((id) => [id, []]));
    for (const snapshot of snapshots) {
      snapshotsById.get(snapshot.backlogId)?.push({ at: snapshot.at, open: snapshot.open });
    }
    return entities.map((entity, index) => {
      const forecast = this.forecastFromAggregates(
        (subjects[index] as ForecastSubject).backlog,
        aggregates[index] as BacklogHistoryAggregates,
        { asOf, deadline: null, staff: null },
      );
      return {
        id: entity.id,
        key: entity.key,
        name: entity.name,
        unit: entity.unit,
        incidentId: entity.incidentId,
        serviceKey: entity.serviceKey,
        accepted: entity.accepted,
        model: toBacklogModel(entity),
        open: forecast.open,
        clearsAt: forecast.clearsAt,
        notClearingReason: forecast.notClearingReason,
        itemsMissingPromise: forecast.itemsMissingPromiseCount,
        snapshots: snapshotsById.get(entity.id) ?? [],
        promisesMissed: missed.get(entity.id) ?? 0,
      };
    });
  }

  /**
   * What forecasts of these backlogs at `asOf` read. Item-level backlogs whose queue is kept in
   * memory (`BacklogItemQueues`, one statement to check that it is current) are aggregated from
   * it, and the items of the cells the counts cannot settle are placed from it. The others read
   * the aggregates in SQL, in at most seven statements for any number of backlogs and items:
   * the aggregates, then the open items of the few cells (arrival hour, due hours) the
   * aggregates cannot settle (see `cellsNeedingItems`).
   */
  async forecastAggregates(
    subjects: readonly ForecastSubject[],
    asOf: Date,
    staff: number | null,
  ): Promise<BacklogHistoryAggregates[]> {
    const queues = await this.queues.queuesOf(subjects.map((subject) => subject.id));
    const fromSql = await this.forecastAggregatesInSql(
      subjects.filter((subject) => !queues.has(subject.id)),
      asOf,
      staff,
    );
    return subjects.map((subject) => {
      const queue = queues.get(subject.id);
      if (!queue) return fromSql.get(subject.id) as BacklogHistoryAggregates;
      // Item-level: the items give the open count, snapshots are not read.
      const aggregates = { ...queue.aggregatesAt(asOf, ARRIVAL_WINDOW_HOURS), snapshots: [] };
      const cells = cellsNeedingItems(subject.backlog, aggregates, { asOf, staff });
      return {
        ...aggregates,
        openItemsOfCells: { cells, items: positionedItemsOfQueue(queue.queue, asOf, cells) },
      };
    });
  }

  private async forecastAggregatesInSql(
    subjects: readonly ForecastSubject[],
    asOf: Date,
    staff: number | null,
  ): Promise<Map<string, BacklogHistoryAggregates>> {
    if (subjects.length === 0) return new Map();
    const rows = await this.repository.forecastAggregates(
      subjects.map((subject) => subject.id),
      asOf,
      ARRIVAL_WINDOW_HOURS,
    );
    const cellsByBacklog = new Map<string, HourCells[]>();
    for (const subject of subjects) {
      const aggregates = rows.get(subject.id);
      if (!aggregates) continue;
      const cells = cellsNeedingItems(subject.backlog, aggregates, { asOf, staff });
      if (cells.length > 0) cellsByBacklog.set(subject.id, cells);
    }
    const read = await this.repository.openItemsOfCells(cellsByBacklog, asOf);
    const readByBacklog = new Map<string, typeof read>();
    for (const entry of read) {
      const list = readByBacklog.get(entry.item.backlogId);
      if (list) list.push(entry);
      else readByBacklog.set(entry.item.backlogId, [entry]);
    }
    return new Map(
      subjects.map((subject) => {
        const aggregates = rows.get(subject.id) as BacklogHistoryAggregates;
        const cells = cellsByBacklog.get(subject.id) ?? [];
        return [
          subject.id,
          {
            ...aggregates,
            openItemsOfCells: {
              cells,
              items: positionsInHour(aggregates, cells, readByBacklog.get(subject.id) ?? []),
            },
          },
        ];
      }),
    );
  }

  /** The forecast of one backlog from the aggregates `forecastAggregates` read. */
  forecastFromAggregates(
    backlog: Backlog,
    aggregates: BacklogHistoryAggregates,
    question: ForecastQuestion,
  ): AggregatedBacklogForecast {
    assertValidQuestion(question);
    return forecastFromAggregates(
      backlog,
      aggregates,
      { asOf: question.asOf, deadline: question.deadline, staff: question.staff },
      ARRIVAL_WINDOW_HOURS,
    );
  }

  /**
   * For each request, the first `first` items that will miss their promise, oldest first, in
   * one statement. Reads only the open rows it lists (plus whole arrival hours where some
   * items are late and some are not).
   */
  async itemsMissingPromise(
    requests: readonly { source: MissingPromiseSource; first: number }[],
  ): Promise<ItemMissingPromise[][]> {
    const plans = requests.map(({ source, first }) =>
      missingPromisePagePlan(source.forecast, first),
    );
    const rows = await this.repository.firstOpenItemsOfHours(
      requests.map(({ source }, index) => ({
        backlogId: source.backlogId,
        hours: (plans[index] as MissingPromisePagePlan).hours,
        asOf: source.request.asOf,
        limit: (plans[index] as MissingPromisePagePlan).limit,
      })),
    );
    return requests.map(({ source, first }, index) =>
      itemsMissingPromisePage(
        source.backlog,
        source.forecast,
        source.request,
        (rows[index] ?? []).map(toDomainItem),
        first,
      ),
    );
  }

  /** Open count now per backlog (items not done, else the latest snapshot); two statements. */
  async openCounts(backlogIds: readonly string[]): Promise<Map<string, number>> {
    const counts = await this.repository.counts(backlogIds);
    return new Map(backlogIds.map((id) => [id, currentOpenCount(counts.get(id) ?? emptyCounts())]));
  }

  private changeSettings(
    key: string,
    version: number,
    actor: Actor,
    action: string,
    change: (next: BacklogEntity) => void,
  ): Promise<BacklogEntity> {
    const dependencies = { dataSource: this.dataSource, audit: this.audit, clock: this.clock };
    return versionedUpdate(dependencies, {
      describe: () => `Backlog ${key}`,
      load: (manager) => this.repository.findByKey(key, manager),
      missing: () => notFound('Backlog', key),
      expectedVersion: version,
      decide: (current) => {
        const next = Object.assign(new BacklogEntity(), current);
        change(next);
        DomainError.assertNoIssues(
          validateBacklogInput({
            key: next.key,
            name: next.name,
            unit: next.unit,
            promiseHours: next.promiseHours,
            staff: next.staff,
            itemsPerStaffHour: next.itemsPerStaffHour,
            arrivalRatePerHour: next.arrivalRatePerHour,
          }),
          'Invalid backlog',
        );
        return { next };
      },
      save: (manager, next, expected) => this.repository.updateIfVersion(manager, next, expected),
      audit: (current, { next }) => ({
        actor,
        action,
        entityType: 'Backlog',
        entityId: key,
        before: auditSnapshot(current),
        after: auditSnapshot(next),
      }),
      announce: ({ next }) => this.announce(next, 'backlog'),
    });
  }

  private announce(backlog: BacklogEntity, change: string): void {
    if (backlog.incidentId) this.live.incidentChanged(backlog.incidentId, change);
    else this.live.overviewChanged(change);
  }
}
