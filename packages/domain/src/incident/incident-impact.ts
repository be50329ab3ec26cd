import { DomainError, type FieldIssue } from '../shared/domain-error';
import { type ServiceStatus, worstServiceStatus } from '../service-graph/service';
import { dependentsOf, type ServiceNode } from '../service-graph/service-graph';
import { type Incident, type ServiceImpact, validatePastTime } from './incident';

/** A change of one service's condition within an incident. */
export interface ServiceImpactChange {
  serviceKey: string;
  /** `OPERATIONAL` ends the open impact; any other status opens or updates it. */
  status: ServiceStatus;
  /** When the change happened. */
  at: Date;
}

/**
 * Records that a service's condition changed during the incident. An impaired status opens an
 * impact (or updates the open one, keeping its start, which the RTO is counted from);
 * `OPERATIONAL` closes the open impact and is a no-op when there is none. A resolved incident
 * must be reopened before a service can be impaired in it. Throws `BAD_USER_INPUT` on problems.
 */
export function setServiceImpact(
  incident: Incident,
  change: ServiceImpactChange,
  now: Date,
): Incident {
  const open = openImpactOf(incident, change.serviceKey);
  const issues: FieldIssue[] = validatePastTime('at', change.at, now);
  if (issues.length === 0 && change.at.getTime() < incident.startedAt.getTime()) {
    issues.push({
      field: 'at',
      code: 'BEFORE_INCIDENT_START',
      message: 'must not be before the incident started',
    });
  }
  if (issues.length === 0 && open !== undefined && change.at.getTime() < open.since.getTime()) {
    issues.push({ field: 'at', message: 'must not be before the open impact began' });
  }
  if (incident.status === 'RESOLVED' && change.status !== 'OPERATIONAL') {
    issues.push({
      field: 'status',
      message: 'the incident is resolved: reopen it before recording a new impact',
    });
  }
  DomainError.assertNoIssues(issues, 'Invalid impact');

  if (change.status === 'OPERATIONAL') {
    return open === undefined
      ? incident
      : { ...incident, impacts: replace(incident.impacts, open, { ...open, until: change.at }) };
  }
  if (open !== undefined) {
    return {
      ...incident,
      impacts: replace(incident.impacts, open, { ...open, status: change.status }),
    };
  }
  const opened: ServiceImpact = {
    serviceKey: change.serviceKey,
    status: change.status,
    since: change.at,
    until: null,
  };
  return { ...incident, impacts: [...incident.impacts, opened] };
}

/** The impact of `serviceKey` that is still open in this incident, if any. */
export function openImpactOf(
  incident: Pick<Incident, 'impacts'>,
  serviceKey: string,
): ServiceImpact | undefined {
  return incident.impacts.find(
    (impact) => impact.serviceKey === serviceKey && impact.until === null,
  );
}

/** The impacts still open, in the order they were recorded. */
export function openImpacts(incident: Pick<Incident, 'impacts'>): ServiceImpact[] {
  return incident.impacts.filter((impact) => impact.until === null);
}

/**
 * A service's status as its open impacts (across all active incidents) say: the worst of them,
 * or `OPERATIONAL` when none is open.
 */
export function serviceStatusFromImpacts(
  serviceKey: string,
  impacts: readonly ServiceImpact[],
): ServiceStatus {
  return worstServiceStatus(
    impacts
      .filter((impact) => impact.serviceKey === serviceKey && impact.until === null)
      .map((impact) => impact.status),
  );
}

/** A service touched by an outage, and whether directly or through what it depends on. */
export interface AffectedService {
  key: string;
  /** True when the service itself is down; false when it suffers through a dependency. */
  direct: boolean;
  /** The down services it depends on (directly or transitively); empty for direct ones. */
  causedBy: string[];
}

/**
 * Impact propagation: the services that are down plus everything that depends on them,
 * transitively. Down services come first in the given order, then the dependents of each in
 * turn, nearest first. A down service is reported as direct even if it also depends on another.
 */
export function impactPropagation(
  downKeys: readonly string[],
  services: readonly ServiceNode[],
): AffectedService[] {
  const down = [...new Set(downKeys)];
  const byKey = new Map<string, AffectedService>();
  for (const key of down) {
    byKey.set(key, { key, direct: true, causedBy: [] });
  }
  for (const key of down) {
    for (const dependent of dependentsOf(key, services)) {
      const known = byKey.get(dependent);
      if (known === undefined) {
        byKey.set(dependent, { key: dependent, direct: false, causedBy: [key] });
      } else if (!known.direct) {
        known.causedBy.push(key);
      }
    }
  }
  return [...byKey.values()];
}

/** The keys of every affected service (see `impactPropagation`). */
export function affectedServices(
  downKeys: readonly string[],
  services: readonly ServiceNode[],
): string[] {
  return impactPropagation(downKeys, services).map((affected) => affected.key);
}

function replace<T>(list: readonly T[], old: T, replacement: T): T[] {
  return list.map((item) => (item === old ? replacement : item));
}
