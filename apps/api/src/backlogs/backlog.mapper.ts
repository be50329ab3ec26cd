import {
  type AggregatedBacklogForecast,
  type Backlog,
  type BacklogItem,
  type BacklogSnapshot,
  type IsoWeekday,
} from '@lagebild/domain';
import { type BacklogEntity } from './backlog.entity';
import { type BacklogItemEntity } from './backlog-item.entity';
import { type BacklogSnapshotEntity } from './backlog-snapshot.entity';
import {
  type BacklogForecastModel,
  type MissingPromiseSource,
} from './models/backlog-forecast.model';
import { type BacklogModel } from './models/backlog.model';
import { type BacklogSnapshotModel } from './models/backlog-snapshot.model';

/** Entity -> domain. The database holds only values the domain validated, hence the cast. */
export function toDomainBacklog(entity: BacklogEntity): Backlog {
  return {
    key: entity.key,
    name: entity.name,
    unit: entity.unit,
    incidentId: entity.incidentId,
    promiseHours: entity.promiseHours,
    capacity: { staff: entity.staff, itemsPerStaffHour: entity.itemsPerStaffHour },
    arrivalRatePerHour: entity.arrivalRatePerHour,
    calendar: {
      timeZone: entity.calendar.timeZone,
      workingHours: entity.calendar.workingHours.map((period) => ({
        weekday: period.weekday as IsoWeekday,
        start: period.start,
        end: period.end,
      })),
      holidays: [...entity.calendar.holidays],
    },
    accepted: entity.accepted,
  };
}

export function toBacklogModel(entity: BacklogEntity): BacklogModel {
  const backlog = toDomainBacklog(entity);
  return {
    id: entity.id,
    key: backlog.key,
    name: backlog.name,
    unit: backlog.unit,
    incidentId: backlog.incidentId,
    serviceKey: entity.serviceKey,
    promiseHours: backlog.promiseHours,
    capacity: {
      ...backlog.capacity,
      perHour: backlog.capacity.staff * backlog.capacity.itemsPerStaffHour,
    },
    arrivalRatePerHour: backlog.arrivalRatePerHour,
    calendar: {
      timeZone: backlog.calendar.timeZone,
      workingHours: backlog.calendar.workingHours.map((period) => ({ ...period })),
      holidays: [...backlog.calendar.holidays],
    },
    accepted: backlog.accepted,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

/** GraphQL model -> domain, for field resolvers that receive the parent model. */
export function fromBacklogModel(model: BacklogModel): Backlog {
  return {
    key: model.key,
    name: model.name,
    unit: model.unit,
    incidentId: model.incidentId,
    promiseHours: model.promiseHours,
    capacity: { staff: model.capacity.staff, itemsPerStaffHour: model.capacity.itemsPerStaffHour },
    arrivalRatePerHour: model.arrivalRatePerHour,
    calendar: {
      timeZone: model.calendar.timeZone,
      workingHours: model.calendar.workingHours.map((period) => ({
        weekday: period.weekday as IsoWeekday,
        start: period.start,
        end: period.end,
      })),
      holidays: [...model.calendar.holidays],
    },
    accepted: model.accepted,
  };
}

export function toDomainSnapshot(entity: BacklogSnapshotEntity): BacklogSnapshot {
  return { at: entity.at, open: entity.open };
}

export function toSnapshotModel(entity: BacklogSnapshotEntity): BacklogSnapshotModel {
  return { at: entity.at, open: entity.open, recordedAt: entity.recordedAt };
}

export function toDomainItem(entity: BacklogItemEntity): BacklogItem {
  return {
    externalRef: entity.externalRef,
    receivedAt: entity.receivedAt,
    dueAt: entity.dueAt,
    doneAt: entity.doneAt,
  };
}

export function toForecastModel(
  forecast: AggregatedBacklogForecast,
  staff: number,
  deadline: Date | null,
  missingPromiseSource: MissingPromiseSource,
  continuationPlanStaff = 0,
): BacklogForecastModel {
  return {
    asOf: forecast.asOf,
    deadline,
    open: forecast.open,
    staff,
    continuationPlanStaff,
    capacityPerHour: forecast.capacityPerHour,
    arrivalRatePerHour: forecast.arrivalRatePerHour,
    arrivalRateSource: forecast.arrivalRateSource,
    clearsAt: forecast.clearsAt,
    notClearingReason: forecast.notClearingReason,
    hoursToClear: forecast.hoursToClear,
    workingHoursToClear: forecast.workingHoursToClear,
    staffNeededByDeadline: forecast.staffNeededByDeadline?.staff ?? null,
    staffNeededByDeadlineUnreachableReason:
      forecast.staffNeededByDeadline?.unreachableReason ?? null,
    staffToClearWithinWeek: forecast.staffToClearWithinWeek.staff,
    staffToClearWithinWeekUnreachableReason: forecast.staffToClearWithinWeek.unreachableReason,
    itemsWillMissPromiseCount: forecast.itemsMissingPromiseCount,
    itemsMissingPromiseCount: forecast.itemsMissingPromiseCount ?? 0,
    missingPromiseSource,
    projection: forecast.projection.map((point) => ({ at: point.at, open: point.open })),
  };
}

/** What the audit log keeps of a backlog's settings. */
export function auditSnapshot(entity: BacklogEntity): Record<string, unknown> {
  return {
    ...toDomainBacklog(entity),
    serviceKey: entity.serviceKey,
    id: entity.id,
    version: entity.version,
  };
}
