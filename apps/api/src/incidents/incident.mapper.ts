import {
  type Incident,
  type IncidentStatus,
  type ServiceImpact,
  type ServiceStatus,
  type Severity,
  type TimelineUpdate,
  type UpdateVisibility,
} from '@lagebild/domain';
import { type IncidentImpactEntity } from './incident-impact.entity';
import { type IncidentUpdateEntity } from './incident-update.entity';
import { type IncidentEntity } from './incident.entity';
import { type IncidentUpdateModel } from './models/incident-update.model';
import { type IncidentModel } from './models/incident.model';
import { type ServiceImpactModel } from './models/service-impact.model';

/*
 * Entity -> domain -> model. The database only holds values the domain validated, hence the
 * casts from plain strings to the domain's unions.
 */

export function toDomainImpact(entity: IncidentImpactEntity): ServiceImpact {
  return {
    serviceKey: entity.serviceKey,
    status: entity.status as ServiceStatus,
    since: entity.since,
    until: entity.until,
  };
}

export function toDomainUpdate(entity: IncidentUpdateEntity): TimelineUpdate {
  return {
    id: entity.id,
    body: entity.body,
    author: entity.author,
    visibility: entity.visibility as UpdateVisibility,
    statusChange: entity.statusChange as IncidentStatus | null,
    createdAt: entity.createdAt,
    displayAt: entity.displayAt,
    nextUpdateAt: entity.nextUpdateAt,
  };
}

/** The domain incident; impacts and updates must be in their stored `position` order. */
export function toDomainIncident(
  entity: IncidentEntity,
  impacts: readonly IncidentImpactEntity[],
  updates: readonly IncidentUpdateEntity[],
): Incident {
  return {
    id: entity.id,
    ref: entity.ref,
    title: entity.title,
    publicTitle: entity.publicTitle,
    summary: entity.summary,
    severity: entity.severity as Severity,
    status: entity.status as IncidentStatus,
    startedAt: entity.startedAt,
    detectedAt: entity.detectedAt,
    resolvedAt: entity.resolvedAt,
    commander: entity.commander,
    impacts: impacts.map(toDomainImpact),
    updates: updates.map(toDomainUpdate),
  };
}

export function toIncidentModel(entity: IncidentEntity): IncidentModel {
  return {
    id: entity.id,
    ref: entity.ref,
    title: entity.title,
    publicTitle: entity.publicTitle,
    summary: entity.summary,
    severity: entity.severity as Severity,
    status: entity.status as IncidentStatus,
    startedAt: entity.startedAt,
    detectedAt: entity.detectedAt,
    resolvedAt: entity.resolvedAt,
    commander: entity.commander,
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

export function toServiceImpactModel(impact: ServiceImpact): ServiceImpactModel {
  return { ...impact };
}

export function toIncidentUpdateModel(update: TimelineUpdate): IncidentUpdateModel {
  return { ...update };
}

/** Copies the domain's incident fields onto the stored row. */
export function applyIncidentFields(entity: IncidentEntity, incident: Incident): void {
  entity.title = incident.title;
  entity.publicTitle = incident.publicTitle;
  entity.summary = incident.summary;
  entity.severity = incident.severity;
  entity.status = incident.status;
  entity.startedAt = incident.startedAt;
  entity.detectedAt = incident.detectedAt;
  entity.resolvedAt = incident.resolvedAt;
  entity.commander = incident.commander;
}

/** What the audit log keeps of an incident (the timeline is logged entry by entry). */
export function auditSnapshot(incident: Incident, version: number): Record<string, unknown> {
  const { updates: _updates, ...fields } = incident;
  return { ...fields, version };
}
