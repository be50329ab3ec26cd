import type { IncidentStatus } from '../incident/incident-status';
import type { Severity } from '../incident/incident';
import type { ServiceStatus } from '../service-graph/service';

/** The overall indicator of the common status-page format, from calm to alarming. */
export type StatusIndicator = 'none' | 'minor' | 'major' | 'critical';

/** A component's status in the common status-page format (the service status in lower case). */
export type StatusPageComponentStatus =
  'operational' | 'degraded_performance' | 'partial_outage' | 'major_outage' | 'under_maintenance';

/** An incident's status in the common status-page format. */
export type StatusPageIncidentStatus = 'investigating' | 'identified' | 'monitoring' | 'resolved';

/** The overall status line of a status page. */
export interface StatusPageOverall {
  indicator: StatusIndicator;
  description: string;
}

const INDICATOR_RANK: Readonly<Record<StatusIndicator, number>> = {
  none: 0,
  minor: 1,
  major: 2,
  critical: 3,
};

/** The wording status-page readers and widgets know for each indicator. */
export const STATUS_INDICATOR_DESCRIPTIONS: Readonly<Record<StatusIndicator, string>> = {
  none: 'All Systems Operational',
  minor: 'Minor Service Outage',
  major: 'Partial System Outage',
  critical: 'Major System Outage',
};

const SERVICE_INDICATOR: Readonly<Record<ServiceStatus, StatusIndicator>> = {
  OPERATIONAL: 'none',
  UNDER_MAINTENANCE: 'none',
  DEGRADED_PERFORMANCE: 'minor',
  PARTIAL_OUTAGE: 'minor',
  MAJOR_OUTAGE: 'major',
};

/** How an incident of each severity weighs on the page (its `impact` in the common format). */
export const SEVERITY_IMPACT: Readonly<Record<Severity, StatusIndicator>> = {
  SEV1: 'critical',
  SEV2: 'major',
  SEV3: 'minor',
  SEV4: 'none',
};

/**
 * The page's overall status: the worst of what the services show (a major outage is `major`,
 * degraded or partial is `minor`, maintenance is announced and stays `none`) and what the
 * active incidents weigh ({@link SEVERITY_IMPACT}: SEV1 `critical` … SEV4 `none`). With only
 * maintenance going on the description says so.
 */
export function statusPageOverall(
  serviceStatuses: readonly ServiceStatus[],
  activeIncidentSeverities: readonly Severity[],
): StatusPageOverall {
  const candidates = [
    ...serviceStatuses.map((status) => SERVICE_INDICATOR[status]),
    ...activeIncidentSeverities.map((severity) => SEVERITY_IMPACT[severity]),
  ];
  const indicator = candidates.reduce<StatusIndicator>(
    (worst, next) => (INDICATOR_RANK[next] > INDICATOR_RANK[worst] ? next : worst),
    'none',
  );
  if (indicator === 'none' && serviceStatuses.includes('UNDER_MAINTENANCE')) {
    return { indicator, description: 'Service Under Maintenance' };
  }
  return { indicator, description: STATUS_INDICATOR_DESCRIPTIONS[indicator] };
}

/** A service status as the common format writes it. */
export function statusPageComponentStatus(status: ServiceStatus): StatusPageComponentStatus {
  return status.toLowerCase() as StatusPageComponentStatus;
}

/**
 * An incident status as the common format knows it; it has no "recovering", which is closest
 * to `identified` (the cause is known and being fixed).
 */
export function statusPageIncidentStatus(status: IncidentStatus): StatusPageIncidentStatus {
  switch (status) {
    case 'INVESTIGATING':
      return 'investigating';
    case 'IDENTIFIED':
    case 'RECOVERING':
      return 'identified';
    case 'MONITORING':
      return 'monitoring';
    case 'RESOLVED':
      return 'resolved';
  }
}

/** How long resolved incidents stay in the public history. */
export const STATUS_PAGE_HISTORY_DAYS = 90;

/**
 * Whether the public may see an incident at all: customers could feel it (it impaired a
 * service) or somebody told them about it (a public update). An incident the team tracks only
 * internally stays off the public page, title included.
 */
export function isPubliclyVisible(incident: {
  impactCount: number;
  publicUpdateCount: number;
}): boolean {
  return incident.impactCount > 0 || incident.publicUpdateCount > 0;
}

/**
 * Whether a resolved incident still belongs in the public history at `now`: resolved within
 * the last {@link STATUS_PAGE_HISTORY_DAYS} days.
 */
export function isInPublicHistory(resolvedAt: Date, now: Date): boolean {
  const cutoff = now.getTime() - STATUS_PAGE_HISTORY_DAYS * 24 * 60 * 60 * 1000;
  return resolvedAt.getTime() >= cutoff;
}
