import { SEVERITIES, type Severity } from '../incident/incident';
import {
  isServiceImpaired,
  type ServiceStatus,
  worstServiceStatus,
} from '../service-graph/service';

/*
 * The building blocks of management's situation picture (the overview): what was active at a
 * moment, which services were down against their RTO, how far recovery has come against those
 * RTOs, and the backlog totals. Every function takes the moment as a parameter, so a past
 * outage can be replayed.
 */

const MINUTE_MS = 60_000;

/** An incident as far as "was it active then?" cares. */
export interface IncidentSpan {
  startedAt: Date;
  resolvedAt: Date | null;
}

/** True when the incident had started by `at` and was not resolved by then. */
export function wasIncidentActiveAt(incident: IncidentSpan, at: Date): boolean {
  return (
    incident.startedAt.getTime() <= at.getTime() &&
    (incident.resolvedAt === null || incident.resolvedAt.getTime() > at.getTime())
  );
}

/** How many incidents of each severity, every severity listed (SEV1 first), zeros included. */
export function countBySeverity(
  incidents: readonly { severity: Severity }[],
): { severity: Severity; count: number }[] {
  return SEVERITIES.map((severity) => ({
    severity,
    count: incidents.filter((incident) => incident.severity === severity).length,
  }));
}

/** A service of the catalogue with the status it has been given and since when. */
export interface OutageService {
  key: string;
  tier: number;
  rtoMinutes: number;
  /** The stored status (set by incidents or by hand). */
  status: ServiceStatus;
  /** When that status was last set; a hand-set status counts from then. */
  statusSetAt: Date;
}

/** An incident's impact on a service, with the incident it belongs to. */
export interface OutageImpact {
  incidentId: string;
  serviceKey: string;
  status: ServiceStatus;
  since: Date;
  until: Date | null;
}

/** A service that was not operational at a moment, against its recovery-time objective. */
export interface ServiceOutage {
  serviceKey: string;
  /** The worst status of its impacts open then (or its hand-set status). */
  status: ServiceStatus;
  /** Since when it has been impaired: the earliest start of its open impacts. */
  since: Date;
  rtoMinutes: number;
  /** `since` plus the RTO: when it should have been back. */
  rtoDueAt: Date;
  rtoPassed: boolean;
  /** Whole minutes until the RTO passes; 0 once it has. */
  minutesLeft: number;
  /** Whole minutes past the RTO; 0 while within it. */
  minutesOverRto: number;
  /** The incidents whose open impacts keep it down, in the order given. */
  incidentIds: string[];
}

/**
 * The services not operational at `asOf`, most critical first (tier, then longest down).
 *
 * A service is down when an incident's impact on it was open at `asOf` (started by then, not
 * ended by then); its status is the worst of those impacts. A service whose stored status is
 * impaired without any open impact (set by hand) counts from when that status was set, as
 * long as that was by `asOf`.
 */
export function serviceOutagesAt(
  services: readonly OutageService[],
  impacts: readonly OutageImpact[],
  asOf: Date,
): ServiceOutage[] {
  const at = asOf.getTime();
  const openThen = impacts.filter(
    (impact) =>
      impact.since.getTime() <= at && (impact.until === null || impact.until.getTime() > at),
  );
  const outages: (ServiceOutage & { tier: number })[] = [];
  for (const service of services) {
    const open = openThen.filter((impact) => impact.serviceKey === service.key);
    let status: ServiceStatus;
    let since: Date;
    if (open.length > 0) {
      status = worstServiceStatus(open.map((impact) => impact.status));
      since = new Date(Math.min(...open.map((impact) => impact.since.getTime())));
    } else if (isServiceImpaired(service.status) && service.statusSetAt.getTime() <= at) {
      status = service.status;
      since = service.statusSetAt;
    } else {
      continue;
    }
    const rtoDueAt = new Date(since.getTime() + service.rtoMinutes * MINUTE_MS);
    const left = rtoDueAt.getTime() - at;
    outages.push({
      serviceKey: service.key,
      status,
      since,
      rtoMinutes: service.rtoMinutes,
      rtoDueAt,
      rtoPassed: left < 0,
      minutesLeft: Math.max(0, Math.floor(left / MINUTE_MS)),
      minutesOverRto: Math.max(0, Math.floor(-left / MINUTE_MS)),
      incidentIds: [...new Set(open.map((impact) => impact.incidentId))],
      tier: service.tier,
    });
  }
  return outages
    .sort((a, b) => a.tier - b.tier || a.since.getTime() - b.since.getTime())
    .map(({ tier: _tier, ...outage }) => outage);
}

/** The recovery plan's numbers the overview needs (see `recoveryPlan`). */
export interface PlanProgressFacts {
  openTaskCount: number;
  doneTaskCount: number;
  expectedCompletionAt: Date | null;
}

/** How far an incident's recovery has come, against the RTOs of the services it keeps down. */
export interface RecoveryProgress {
  taskCount: number;
  doneTaskCount: number;
  /** Done tasks as a whole percentage of all tasks; 0 without tasks. */
  percentDone: number;
  /** When the plan should be complete; `null` when nothing is open. */
  expectedCompletionAt: Date | null;
  /** The latest RTO due time among the services it keeps down: when all should be back. */
  rtoDueAt: Date | null;
  /** Services it keeps down whose RTO has passed. */
  servicesPastRto: number;
  /** Services it keeps down. */
  servicesDown: number;
  /**
   * True when the plan completes by `rtoDueAt` (and no RTO has passed yet); false when an RTO
   * already passed or the plan ends later; `null` when there is nothing to compare.
   */
  withinRto: boolean | null;
}

/** An incident's recovery progress against the RTOs of its down services at `asOf`. */
export function recoveryProgressAgainstRto(
  plan: PlanProgressFacts,
  outages: readonly Pick<ServiceOutage, 'rtoDueAt' | 'rtoPassed'>[],
): RecoveryProgress {
  const taskCount = plan.openTaskCount + plan.doneTaskCount;
  const rtoDueAt =
    outages.length === 0
      ? null
      : new Date(Math.max(...outages.map((outage) => outage.rtoDueAt.getTime())));
  const servicesPastRto = outages.filter((outage) => outage.rtoPassed).length;
  let withinRto: boolean | null = null;
  if (servicesPastRto > 0) {
    withinRto = false;
  } else if (rtoDueAt !== null && plan.expectedCompletionAt !== null) {
    withinRto = plan.expectedCompletionAt.getTime() <= rtoDueAt.getTime();
  }
  return {
    taskCount,
    doneTaskCount: plan.doneTaskCount,
    percentDone: taskCount === 0 ? 0 : Math.floor((plan.doneTaskCount * 100) / taskCount),
    expectedCompletionAt: plan.expectedCompletionAt,
    rtoDueAt,
    servicesPastRto,
    servicesDown: outages.length,
    withinRto,
  };
}

/** One backlog's forecast numbers, as the totals need them. */
export interface BacklogTotalsFacts {
  open: number;
  /** The business accepted what is left: it no longer counts. */
  accepted: boolean;
  /** The forecast's clear time; `null` when it does not clear at current capacity. */
  clearsAt: Date | null;
  /**
   * Open items that will be done after their due time (see `itemsMissingPromise`); `null` when
   * unknown (a backlog with counts only).
   */
  itemsMissingPromise: number | null;
}

export interface BacklogTotals {
  /** Items open over all backlogs not accepted. */
  totalOpen: number;
  /** Backlogs not accepted with items open. */
  openBacklogCount: number;
  /** When the last of them clears; `null` when none is open or one never clears. */
  clearsAt: Date | null;
  /** True when an open backlog does not clear at its current capacity. */
  someNeverClear: boolean;
  /** Open items that will miss their promise, over those backlogs whose number is known. */
  itemsMissingPromise: number;
  /** Of those backlogs, how many cannot know (counts only, no items): the total is a floor. */
  itemsMissingPromiseUnknownBacklogs: number;
}

/** Totals over backlogs: how much is open, when the last clears, how many promises will fail. */
export function backlogTotals(backlogs: readonly BacklogTotalsFacts[]): BacklogTotals {
  const open = backlogs.filter((backlog) => !backlog.accepted && backlog.open > 0);
  const someNeverClear = open.some((backlog) => backlog.clearsAt === null);
  const clearTimes = open.map((backlog) => backlog.clearsAt?.getTime() ?? Infinity);
  return {
    totalOpen: open.reduce((sum, backlog) => sum + backlog.open, 0),
    openBacklogCount: open.length,
    clearsAt: someNeverClear || open.length === 0 ? null : new Date(Math.max(...clearTimes)),
    someNeverClear,
    itemsMissingPromise: open.reduce((sum, backlog) => sum + (backlog.itemsMissingPromise ?? 0), 0),
    itemsMissingPromiseUnknownBacklogs: open.filter(
      (backlog) => backlog.itemsMissingPromise === null,
    ).length,
  };
}
