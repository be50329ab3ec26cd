import { businessRecovery, type BusinessRecovery } from '../incident/business-recovery';
import { SEVERITIES, type Incident } from '../incident/incident';
import {
  communicationDebt,
  type CommunicationCadence,
  type CommunicationDebt,
  DEFAULT_COMMUNICATION_CADENCE,
  isCustomerFacing,
} from '../communication/communication-debt';
import { incidentMetrics, type IncidentMetrics } from '../metrics/incident-metrics';
import {
  backlogTotals,
  type BacklogTotals,
  countBySeverity,
  type OutageService,
  type RecoveryProgress,
  recoveryProgressAgainstRto,
  type ServiceOutage,
  serviceOutagesAt,
  wasIncidentActiveAt,
} from '../metrics/situation-overview';
import { recoveryPlan } from '../recovery/recovery-plan';
import type { RecoveryTask } from '../recovery/recovery-task';
import type { NotClearingReason } from '../backlog/backlog-forecast';
import type { Severity } from '../incident/incident';
import { type MessageFacts, promisedNextUpdateAt, publicWordsAt } from './public-words';
import {
  type ContinuityService,
  type SupplierGap,
  supplierGaps,
} from '../continuity/supplier-gaps';
import { type CostService, type OutageCost, outageCostSoFar } from '../continuity/outage-cost';

/**
 * The whole situation at a moment, from facts the API gathered. Every screen and endpoint that
 * shows debt, metrics, business recovery or the overview reads these functions, so they agree.
 */

/** A backlog as the situation needs it: its forecast at the moment and its recorded counts. */
export interface SituationBacklog {
  id: string;
  key: string;
  name: string;
  incidentId: string | null;
  accepted: boolean;
  /** Open at the moment. */
  open: number;
  clearsAt: Date | null;
  notClearingReason: NotClearingReason | null;
  /**
   * Open items that will miss (or already missed) their promise, per the forecast; `null` when
   * unknown (counts only, no items).
   */
  itemsMissingPromise: number | null;
  /** Counts recorded up to the moment. */
  snapshots: readonly { at: Date; open: number }[];
  /** Items whose due time passed before the moment without them being done by it. */
  promisesMissed: number;
}

/** What is known about one incident: the incident, its messages, its backlogs, its tasks. */
export interface IncidentFactSet {
  incident: Incident;
  messages: readonly MessageFacts[];
  backlogs: readonly SituationBacklog[];
  tasks: readonly RecoveryTask[];
}

/** A service of the catalogue as the picture needs it: status, objectives, supplier, cost. */
export type SituationService = OutageService & ContinuityService & CostService;

/** Everything the picture is computed from. */
export interface SituationFacts {
  /** The service catalogue with each service's stored status. */
  services: readonly SituationService[];
  /** The incidents that may matter at the moment (recent ones and older ones with open backlogs). */
  incidents: readonly IncidentFactSet[];
  /** Every backlog. */
  backlogs: readonly SituationBacklog[];
  cadence?: CommunicationCadence;
}

/** An incident's communication debt at `asOf`, from the words that stand then. */
export function incidentDebtAt(
  facts: Pick<IncidentFactSet, 'incident' | 'messages'>,
  asOf: Date,
  cadence: CommunicationCadence = DEFAULT_COMMUNICATION_CADENCE,
): CommunicationDebt {
  const { incident } = facts;
  const words = publicWordsAt(incident.updates, facts.messages, asOf);
  return communicationDebt(
    {
      severity: incident.severity,
      startedAt: incident.startedAt,
      resolvedAt: incident.resolvedAt,
      customerFacing: isCustomerFacing(
        incident.impacts.filter((impact) => impact.since.getTime() <= asOf.getTime()),
      ),
      publicUpdateTimes: words.map((word) => word.at),
      promisedNextUpdateAt: promisedNextUpdateAt(words),
    },
    asOf,
    cadence,
  );
}

/** An incident's metrics at `asOf`; `rtoOf` gives a service's RTO (`null`: none known). */
export function incidentMetricsAt(
  facts: Pick<IncidentFactSet, 'incident' | 'messages' | 'backlogs'>,
  rtoOf: (serviceKey: string) => number | null,
  asOf: Date,
): IncidentMetrics {
  const { incident } = facts;
  return incidentMetrics(
    {
      startedAt: incident.startedAt,
      detectedAt: incident.detectedAt,
      resolvedAt: incident.resolvedAt,
      customerFacing: isCustomerFacing(incident.impacts),
      publicUpdates: publicWordsAt(incident.updates, facts.messages, asOf),
      impacts: incident.impacts.map((impact) => ({
        serviceKey: impact.serviceKey,
        rtoMinutes: rtoOf(impact.serviceKey),
        since: impact.since,
        until: impact.until,
      })),
      backlogs: facts.backlogs.map((backlog) => ({
        key: backlog.key,
        // The open count at the moment is a recorded fact too (item-level backlogs keep no
        // snapshots of their own).
        snapshots: [...backlog.snapshots, { at: asOf, open: backlog.open }],
        forecastClearsAt: backlog.clearsAt,
        promisesMissed: backlog.promisesMissed,
      })),
    },
    asOf,
  );
}

/**
 * Two-phase closure at `asOf`: resolved by then, every backlog cleared or accepted, and a word to
 * customers standing then (a retracted message does not count).
 */
export function businessRecoveryAt(
  facts: Pick<IncidentFactSet, 'incident' | 'messages' | 'backlogs'>,
  asOf: Date,
): BusinessRecovery {
  const { incident } = facts;
  const resolvedThen =
    incident.resolvedAt !== null && incident.resolvedAt.getTime() <= asOf.getTime();
  return businessRecovery({
    incident: {
      status: resolvedThen
        ? 'RESOLVED'
        : incident.status === 'RESOLVED'
          ? 'MONITORING'
          : incident.status,
    },
    backlogs: facts.backlogs.map((backlog) => ({
      key: backlog.key,
      name: backlog.name,
      open: backlog.open,
      accepted: backlog.accepted,
    })),
    customersTold: publicWordsAt(incident.updates, facts.messages, asOf).length > 0,
  });
}

/** An active incident on the picture. */
export interface ActiveIncidentSituation {
  incidentId: string;
  debt: CommunicationDebt;
  recoveryProgress: RecoveryProgress;
  promisesMissed: number;
}

/** A resolved incident whose business is not back yet. */
export interface UnrecoveredIncidentSituation {
  incidentId: string;
  recovery: BusinessRecovery;
}

/** Management's picture at a moment, as data keyed by ids. */
export interface Situation {
  asOf: Date;
  /** Most severe first, then longest running. */
  activeIncidents: ActiveIncidentSituation[];
  activeIncidentsBySeverity: { severity: Severity; count: number }[];
  servicesNotOperational: ServiceOutage[];
  backlogTotals: BacklogTotals;
  /** Active incidents overdue for a public word, longest overdue first. */
  overdueCommunications: { incidentId: string; debt: CommunicationDebt }[];
  promisesMissed: { backlogItems: number; updates: number; total: number };
  notBusinessRecovered: UnrecoveredIncidentSituation[];
  /** Suppliers that promise slower recovery than a service that needs them. */
  supplierGaps: SupplierGap[];
  /**
   * The estimated cost of the outage so far: the impacts of the incidents active at the moment
   * and of those resolved but not business-recovered yet, up to the moment.
   */
  outageCost: OutageCost;
}

/**
 * The situation at `asOf`. Recovery plans judge tasks as they stand at `now` (tasks keep no
 * history), which is `asOf` unless a past moment is replayed.
 */
export function situationAt(facts: SituationFacts, asOf: Date, now: Date = asOf): Situation {
  const cadence = facts.cadence ?? DEFAULT_COMMUNICATION_CADENCE;
  const rto = new Map(facts.services.map((service) => [service.key, service.rtoMinutes]));
  const rtoOf = (key: string): number | null => rto.get(key) ?? null;

  const outages = serviceOutagesAt(
    facts.services,
    facts.incidents.flatMap(({ incident }) =>
      incident.impacts.map((impact) => ({ ...impact, incidentId: incident.id })),
    ),
    asOf,
  );
  const active = facts.incidents
    .filter((fact) => wasIncidentActiveAt(fact.incident, asOf))
    .sort(
      (a, b) =>
        SEVERITIES.indexOf(a.incident.severity) - SEVERITIES.indexOf(b.incident.severity) ||
        a.incident.startedAt.getTime() - b.incident.startedAt.getTime(),
    );
  const unrecovered = facts.incidents
    .filter((fact) => fact.incident.resolvedAt !== null && fact.incident.resolvedAt <= asOf)
    .map((fact) => ({ fact, recovery: businessRecoveryAt(fact, asOf) }))
    .filter(({ recovery }) => !recovery.recovered);

  const outageIncidents = [...active, ...unrecovered.map(({ fact }) => fact)];
  const outageCost = outageCostSoFar(
    outageIncidents.flatMap(({ incident }) => incident.impacts),
    facts.services,
    asOf,
  );

  const metricsOf = new Map(
    [...active, ...unrecovered.map(({ fact }) => fact)].map((fact) => [
      fact.incident.id,
      incidentMetricsAt(fact, rtoOf, asOf),
    ]),
  );
  const activeIncidents = active.map((fact): ActiveIncidentSituation => {
    const plan = recoveryPlan(fact.tasks, now);
    return {
      incidentId: fact.incident.id,
      debt: incidentDebtAt(fact, asOf, cadence),
      recoveryProgress: recoveryProgressAgainstRto(
        plan,
        outages.filter((outage) => outage.incidentIds.includes(fact.incident.id)),
      ),
      promisesMissed: metricsOf.get(fact.incident.id)?.promisesMissed ?? 0,
    };
  });
  const metrics = [...metricsOf.values()];
  const backlogItems = metrics.reduce((sum, m) => sum + m.backlogPromisesMissed, 0);
  const updates = metrics.reduce((sum, m) => sum + m.updatePromisesMissed, 0);
  return {
    asOf,
    activeIncidents,
    activeIncidentsBySeverity: countBySeverity(active.map((fact) => fact.incident)),
    servicesNotOperational: outages,
    backlogTotals: backlogTotals(facts.backlogs),
    overdueCommunications: activeIncidents
      .filter((line) => line.debt.status === 'OVERDUE')
      .sort((a, b) => b.debt.overdueMinutes - a.debt.overdueMinutes)
      .map((line) => ({ incidentId: line.incidentId, debt: line.debt })),
    promisesMissed: { backlogItems, updates, total: backlogItems + updates },
    notBusinessRecovered: unrecovered.map(({ fact, recovery }) => ({
      incidentId: fact.incident.id,
      recovery,
    })),
    supplierGaps: supplierGaps(facts.services),
    outageCost,
  };
}
