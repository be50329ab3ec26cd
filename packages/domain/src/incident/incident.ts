import { DomainError, type FieldIssue } from '../shared/domain-error';
import type { ServiceStatus } from '../service-graph/service';
import { assertIncidentTransition, type IncidentStatus } from './incident-status';
import { INCIDENT_PUBLIC_TITLE_MAX_LENGTH } from './public-title';

/** How bad an incident is: SEV1 = the business cannot work, SEV4 = a minor nuisance. */
export const SEVERITIES = ['SEV1', 'SEV2', 'SEV3', 'SEV4'] as const;

export type Severity = (typeof SEVERITIES)[number];

/** True when the value is a severity. */
export function isSeverity(value: string): value is Severity {
  return (SEVERITIES as readonly string[]).includes(value);
}

/**
 * One period in which one service was impaired during an incident. While `until` is `null` the
 * impact is open and `status` is the service's current condition; once closed, `status` is the
 * last impaired condition it had.
 */
export interface ServiceImpact {
  serviceKey: string;
  status: ServiceStatus;
  since: Date;
  until: Date | null;
}

/** Who may read a timeline update: the team only, or everyone (status page, feed). */
export const UPDATE_VISIBILITIES = ['INTERNAL', 'PUBLIC'] as const;

export type UpdateVisibility = (typeof UPDATE_VISIBILITIES)[number];

/** One entry of the incident's timeline. */
export interface TimelineUpdate {
  id: string;
  body: string;
  author: string;
  visibility: UpdateVisibility;
  /** The status the incident moved to with this update, if it moved. */
  statusChange: IncidentStatus | null;
  /** When it was written down. */
  createdAt: Date;
  /** When it happened; earlier than `createdAt` for entries written after the fact. */
  displayAt: Date;
  /** When readers were promised the next update, if a promise was made. */
  nextUpdateAt: Date | null;
}

/** An outage or disruption, from declaration to (technical) resolution. */
export interface Incident {
  id: string;
  /** Human reference, e.g. `INC-0001`. */
  ref: string;
  /** The team's name for it; never shown to the public. */
  title: string;
  /** What the public reads instead, once someone wrote it; `null` until then. */
  publicTitle: string | null;
  summary: string;
  severity: Severity;
  status: IncidentStatus;
  /** When the disruption began (may be before anyone noticed). */
  startedAt: Date;
  /** When someone noticed. */
  detectedAt: Date;
  /** When the technology worked again; `null` while active. */
  resolvedAt: Date | null;
  /** The person leading the response. */
  commander: string | null;
  impacts: ServiceImpact[];
  updates: TimelineUpdate[];
}

export const INCIDENT_TITLE_MAX_LENGTH = 200;
export const INCIDENT_SUMMARY_MAX_LENGTH = 10_000;
export const PERSON_NAME_MAX_LENGTH = 200;
/** Times before this are typing mistakes, not incidents. */
export const EARLIEST_INCIDENT_TIME = new Date('2000-01-01T00:00:00Z');

const REF_PREFIX = 'INC-';

/** The reference of the n-th incident: `INC-0001`, ..., `INC-9999`, `INC-10000`. */
export function formatIncidentRef(sequence: number): string {
  if (!Number.isInteger(sequence) || sequence < 1) {
    throw new DomainError('BAD_USER_INPUT', `An incident number must be a positive whole number`);
  }
  return `${REF_PREFIX}${String(sequence).padStart(4, '0')}`;
}

/** The number inside a reference (`'INC-0042'` -> 42), or `null` if it is not one. */
export function parseIncidentRef(ref: string): number | null {
  const match = /^INC-(\d{4,})$/.exec(ref.trim().toUpperCase());
  const sequence = match ? Number(match[1]) : 0;
  return sequence >= 1 && Number.isSafeInteger(sequence) ? sequence : null;
}

/** What a responder supplies to declare an incident. Times default to `now`. */
export interface DeclareIncidentInput {
  title: string;
  publicTitle?: string | null;
  summary?: string;
  severity: Severity;
  startedAt?: Date;
  detectedAt?: Date;
  commander?: string | null;
}

/** The changeable descriptive fields of an incident (status moves by transition only). */
export interface ReviseIncidentInput {
  title?: string;
  /** `null` or blank removes it (the public reads the neutral wording again). */
  publicTitle?: string | null;
  summary?: string;
  severity?: Severity;
  startedAt?: Date;
  detectedAt?: Date;
  commander?: string | null;
}

/** Identity assigned by the store when an incident is declared. */
export interface NewIncidentIdentity {
  id: string;
  /** The incident's number, used for its `ref`. */
  sequence: number;
}

/**
 * Declares a new incident in `INVESTIGATING`. Throws `BAD_USER_INPUT` listing every problem.
 */
export function declareIncident(
  input: DeclareIncidentInput,
  identity: NewIncidentIdentity,
  now: Date,
): Incident {
  const startedAt = input.startedAt ?? now;
  const detectedAt = input.detectedAt ?? (input.startedAt !== undefined ? now : startedAt);
  const incident: Incident = {
    id: identity.id,
    ref: formatIncidentRef(identity.sequence),
    title: input.title.trim(),
    publicTitle: normaliseOptionalName(input.publicTitle),
    summary: (input.summary ?? '').trim(),
    severity: input.severity,
    status: 'INVESTIGATING',
    startedAt,
    detectedAt,
    resolvedAt: null,
    commander: normaliseOptionalName(input.commander),
    impacts: [],
    updates: [],
  };
  DomainError.assertNoIssues(validateIncidentFields(incident, now), 'Invalid incident');
  return incident;
}

/** Changes title, public title, summary, severity, times or commander. Throws `BAD_USER_INPUT` on problems. */
export function reviseIncident(
  incident: Incident,
  changes: ReviseIncidentInput,
  now: Date,
): Incident {
  const revised: Incident = {
    ...incident,
    title: changes.title !== undefined ? changes.title.trim() : incident.title,
    publicTitle:
      changes.publicTitle !== undefined
        ? normaliseOptionalName(changes.publicTitle)
        : incident.publicTitle,
    summary: changes.summary !== undefined ? changes.summary.trim() : incident.summary,
    severity: changes.severity ?? incident.severity,
    startedAt: changes.startedAt ?? incident.startedAt,
    detectedAt: changes.detectedAt ?? incident.detectedAt,
    commander:
      changes.commander !== undefined
        ? normaliseOptionalName(changes.commander)
        : incident.commander,
  };
  const issues = validateIncidentFields(revised, now);
  const firstImpact = Math.min(...revised.impacts.map((impact) => impact.since.getTime()));
  if (revised.startedAt.getTime() > firstImpact) {
    issues.push({
      field: 'startedAt',
      message: 'must not be after the first recorded service impact',
    });
  }
  DomainError.assertNoIssues(issues, 'Invalid incident');
  return revised;
}

/**
 * Moves the incident to `to` at time `at` through the transition table, or throws
 * `BAD_USER_INPUT` with the reason. Resolving records `resolvedAt` and closes every open
 * impact (the technology works again); reopening clears `resolvedAt`.
 */
export function transitionIncident(incident: Incident, to: IncidentStatus, at: Date): Incident {
  assertIncidentTransition(incident.status, to);
  if (to === 'RESOLVED') {
    return {
      ...incident,
      status: to,
      resolvedAt: at,
      impacts: incident.impacts.map((impact) =>
        impact.until === null
          ? { ...impact, until: new Date(Math.max(at.getTime(), impact.since.getTime())) }
          : impact,
      ),
    };
  }
  return { ...incident, status: to, resolvedAt: null };
}

/** Shorthand for `transitionIncident(incident, 'RESOLVED', at)`. */
export function resolveIncident(incident: Incident, at: Date): Incident {
  return transitionIncident(incident, 'RESOLVED', at);
}

/** True while the incident is not resolved. */
export function isIncidentActive(incident: Pick<Incident, 'status'>): boolean {
  return incident.status !== 'RESOLVED';
}

function validateIncidentFields(incident: Incident, now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (incident.title.length === 0) {
    issues.push({ field: 'title', code: 'REQUIRED', message: 'is required' });
  } else if (incident.title.length > INCIDENT_TITLE_MAX_LENGTH) {
    issues.push({
      field: 'title',
      code: 'TOO_LONG',
      params: { max: INCIDENT_TITLE_MAX_LENGTH },
      message: `must be at most ${INCIDENT_TITLE_MAX_LENGTH} characters`,
    });
  }
  if ((incident.publicTitle ?? '').length > INCIDENT_PUBLIC_TITLE_MAX_LENGTH) {
    issues.push({
      field: 'publicTitle',
      code: 'TOO_LONG',
      params: { max: INCIDENT_PUBLIC_TITLE_MAX_LENGTH },
      message: `must be at most ${INCIDENT_PUBLIC_TITLE_MAX_LENGTH} characters`,
    });
  }
  if (incident.summary.length > INCIDENT_SUMMARY_MAX_LENGTH) {
    issues.push({
      field: 'summary',
      code: 'TOO_LONG',
      params: { max: INCIDENT_SUMMARY_MAX_LENGTH },
      message: `must be at most ${INCIDENT_SUMMARY_MAX_LENGTH} characters`,
    });
  }
  if (!isSeverity(incident.severity)) {
    issues.push({
      field: 'severity',
      code: 'ONE_OF',
      params: { values: ['SEV1', 'SEV2', 'SEV3', 'SEV4'] },
      message: 'must be one of SEV1, SEV2, SEV3, SEV4',
    });
  }
  if ((incident.commander ?? '').length > PERSON_NAME_MAX_LENGTH) {
    issues.push({
      field: 'commander',
      code: 'TOO_LONG',
      params: { max: PERSON_NAME_MAX_LENGTH },
      message: `must be at most ${PERSON_NAME_MAX_LENGTH} characters`,
    });
  }
  issues.push(...validatePastTime('startedAt', incident.startedAt, now));
  issues.push(...validatePastTime('detectedAt', incident.detectedAt, now));
  if (incident.detectedAt.getTime() < incident.startedAt.getTime()) {
    issues.push({
      field: 'detectedAt',
      code: 'BEFORE_STARTED_AT',
      message: 'must not be before startedAt',
    });
  }
  return issues;
}

/** A time that must have happened already: valid, not before 2000, not after `now`. */
export function validatePastTime(field: string, time: Date, now: Date): FieldIssue[] {
  if (Number.isNaN(time.getTime())) {
    return [{ field, message: 'must be a valid time' }];
  }
  if (time.getTime() < EARLIEST_INCIDENT_TIME.getTime()) {
    return [{ field, message: 'must not be before the year 2000' }];
  }
  if (time.getTime() > now.getTime()) {
    return [{ field, code: 'IN_THE_FUTURE', message: 'must not be in the future' }];
  }
  return [];
}

function normaliseOptionalName(name: string | null | undefined): string | null {
  const trimmed = (name ?? '').trim();
  return trimmed.length === 0 ? null : trimmed;
}
