import type { Severity } from '../incident/incident';
import { DomainError } from '../shared/domain-error';
import { type ImpactFacts, serviceRecoveries, wholeMinutesBetween } from './incident-metrics';

/** The facts of one incident the period review needs. */
export interface PeriodIncidentFacts {
  severity: Severity;
  startedAt: Date;
  resolvedAt: Date | null;
  impacts: readonly ImpactFacts[];
}

/** The review of a period: how many incidents, how fast they were fixed, RTOs kept. */
export interface PeriodMetrics {
  from: Date;
  to: Date;
  /** Incidents that started in the period. */
  incidentCount: number;
  /** Those incidents per severity (every severity present, 0 when none). */
  countBySeverity: Record<Severity, number>;
  /** How many of them are resolved (at or before `now`). */
  resolvedCount: number;
  /** Mean time to resolve, whole minutes, over the resolved ones; `null` when none is. */
  meanTimeToResolveMinutes: number | null;
  /** Service outages whose RTO can already be judged: recovered, or open past their RTO. */
  rtoJudgedCount: number;
  /** Of those, recovered within their RTO. */
  rtoMetCount: number;
  /** `rtoMetCount / rtoJudgedCount` between 0 and 1; `null` when nothing can be judged yet. */
  rtoComplianceShare: number | null;
}

/**
 * Metrics over the incidents that started in [`from`, `to`), judged at `now`.
 *
 * - MTTR is the mean of (resolvedAt - startedAt) over the incidents resolved by `now`.
 * - RTO compliance: for every service outage with an RTO (per incident, per service, see
 *   {@link serviceRecoveries}), met when it recovered within the RTO; missed when it recovered
 *   late or is still open past the RTO; outages still open within their RTO are not judged yet.
 */
export function periodMetrics(
  incidents: readonly PeriodIncidentFacts[],
  period: { from: Date; to: Date },
  now: Date,
): PeriodMetrics {
  if (period.to.getTime() <= period.from.getTime()) {
    throw new DomainError('BAD_USER_INPUT', 'The period must end after it starts', [
      { field: 'to', message: 'must be after from' },
    ]);
  }
  const inPeriod = incidents.filter(
    (incident) =>
      incident.startedAt.getTime() >= period.from.getTime() &&
      incident.startedAt.getTime() < period.to.getTime() &&
      incident.startedAt.getTime() <= now.getTime(),
  );
  const countBySeverity: Record<Severity, number> = { SEV1: 0, SEV2: 0, SEV3: 0, SEV4: 0 };
  for (const incident of inPeriod) {
    countBySeverity[incident.severity] += 1;
  }
  const resolutionMinutes = inPeriod
    .filter((incident) => incident.resolvedAt && incident.resolvedAt.getTime() <= now.getTime())
    .map((incident) => wholeMinutesBetween(incident.startedAt, incident.resolvedAt as Date));
  const outcomes = inPeriod.flatMap((incident) =>
    serviceRecoveries(incident.impacts, now).map((recovery) => recovery.outcome),
  );
  const rtoMetCount = outcomes.filter((outcome) => outcome === 'RECOVERED_WITHIN_RTO').length;
  const rtoJudgedCount =
    rtoMetCount +
    outcomes.filter((outcome) => outcome === 'RECOVERED_LATE' || outcome === 'OPEN_RTO_BREACHED')
      .length;
  return {
    from: period.from,
    to: period.to,
    incidentCount: inPeriod.length,
    countBySeverity,
    resolvedCount: resolutionMinutes.length,
    meanTimeToResolveMinutes:
      resolutionMinutes.length === 0
        ? null
        : Math.round(
            resolutionMinutes.reduce((total, minutes) => total + minutes, 0) /
              resolutionMinutes.length,
          ),
    rtoJudgedCount,
    rtoMetCount,
    rtoComplianceShare: rtoJudgedCount === 0 ? null : rtoMetCount / rtoJudgedCount,
  };
}
