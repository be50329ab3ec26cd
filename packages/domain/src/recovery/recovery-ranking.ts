import type { CommunicationDebt } from '../communication/communication-debt';
import type { ServiceImpact } from '../incident/incident';
import type { ServiceStatus } from '../service-graph/service';
import { dependentsOf } from '../service-graph/service-graph';
import { formatDurationMinutes, joinAsList } from './duration-text';
import { assertNoTaskCycle, isOpenRecoveryTask, type RecoveryTask } from './recovery-task';

/** The part of a service the ranking needs. Any `Service` fits. */
export interface RankingService {
  key: string;
  name: string;
  tier: number;
  rtoMinutes: number;
  dependsOn: readonly string[];
}

/** A backlog and the services it waits for (it cannot shrink while they are down). */
export interface RankingBacklog {
  key: string;
  name: string;
  open: number;
  serviceKeys: readonly string[];
}

export interface RankRecoveryInput {
  tasks: readonly RecoveryTask[];
  /** The service catalogue (for tiers, RTOs, names and dependents). */
  services: readonly RankingService[];
  /** The incident's impacts: the RTO clock of a service starts when its impact began. */
  impacts: readonly ServiceImpact[];
  backlogs?: readonly RankingBacklog[];
  /**
   * The incident's communication debt at `now` (`communicationDebt`): while a public word is
   * overdue, tasks that tell customers earn points. Absent: nothing is owed.
   */
  communicationDebt?: Pick<CommunicationDebt, 'status' | 'overdueMinutes'> | null;
}

/** The points a task earned, by criterion (see `docs/domain.md`, "Recovery priorities"). */
export interface ScoreBreakdown {
  tier: number;
  rto: number;
  dependents: number;
  backlogs: number;
  customers: number;
  /** A task that tells customers, while a public word is overdue. */
  communication: number;
  total: number;
}

export type RankReasonCode =
  | 'MANUAL_OVERRIDE'
  | 'OVERRIDE_MOVED'
  | 'NEEDED_BY_OVERRIDE'
  | 'NEEDED_BY_TASKS'
  | 'ENDS_SILENCE'
  | 'RTO_PASSED'
  | 'RTO_RUNNING'
  | 'SERVICE_RESTORED'
  | 'BLOCKS_SERVICES'
  | 'HOLDS_UP_BACKLOGS'
  | 'TIER'
  | 'OUTAGE'
  | 'WAITS_FOR'
  | 'MARKED_BLOCKED'
  | 'DONE';

/** One reason, as a sentence and as data (for translation or other wording). */
export interface RankReason {
  code: RankReasonCode;
  text: string;
  /** Everything the sentence says, so a reader's language can say it too (names included). */
  params: Readonly<Record<string, string | number | readonly string[] | readonly number[]>>;
}

export interface RankedRecoveryTask extends RecoveryTask {
  /** Position in the recommended order, 1 = first; `null` for done tasks. */
  rank: number | null;
  /**
   * The number the order is decided by: the task's own points, or more when a task that needs
   * it earned more (a prerequisite is as urgent as the most urgent task waiting for it).
   */
  score: number;
  /** The task's own points by criterion. */
  breakdown: ScoreBreakdown;
  /** The task whose points were inherited, when `score` exceeds the own total. */
  scoreInheritedFrom: string | null;
  /** Why it ranks where it does, in plain sentences, most decisive first. */
  reasons: string[];
  reasonDetails: RankReason[];
}

/** Points per criterion. Documented in docs/domain.md; change both together. */
export const RANKING_POINTS = {
  /** (5 - tier) x 10: tier 1 = 40 ... tier 4 = 10. */
  tierStep: 10,
  /** RTO already passed. */
  rtoPassed: 40,
  /** RTO runs out within 1 h / 4 h / 24 h. */
  rtoWithinHour: 30,
  rtoWithinFourHours: 20,
  rtoWithinDay: 10,
  /** Per service that depends on the task's service, up to the cap. */
  perDependentService: 8,
  dependentsCap: 40,
  /** Per backlog held up, up to the cap. */
  perBacklog: 5,
  backlogsCap: 15,
  /** 5 x log10(1 + items waiting in held-up backlogs), up to the cap. */
  waitingItemsFactor: 5,
  waitingItemsCap: 20,
  /**
   * A task that tells customers while a public word is overdue: 60, plus 10 per whole hour
   * overdue, up to 100 — enough to pass every task of a lower tier, not the work the whole
   * business waits for.
   */
  silenceOverdue: 60,
  silencePerOverdueHour: 10,
  silenceOverdueCap: 100,
} as const;

/** Customer-facing weight of the service's own current condition. */
export const OUTAGE_POINTS: Readonly<Record<ServiceStatus, number>> = {
  MAJOR_OUTAGE: 10,
  PARTIAL_OUTAGE: 6,
  DEGRADED_PERFORMANCE: 3,
  UNDER_MAINTENANCE: 0,
  OPERATIONAL: 0,
};

const OUTAGE_WORDS: Readonly<Record<ServiceStatus, string>> = {
  MAJOR_OUTAGE: 'has a major outage',
  PARTIAL_OUTAGE: 'has a partial outage',
  DEGRADED_PERFORMANCE: 'is degraded',
  UNDER_MAINTENANCE: 'is under maintenance',
  OPERATIONAL: 'is operational',
};

const countFormat = new Intl.NumberFormat('en-US');
const MINUTE = 60_000;

/**
 * Ranks the open tasks of an incident into a recommended order; done tasks follow unranked.
 *
 * 1. Dependencies first: a task never ranks above a task it depends on (a dependency cycle is
 *    rejected with `BAD_USER_INPUT` naming it).
 * 2. A manual override wins: the task takes its requested rank as soon as the tasks it depends on
 *    allow (they are pulled forward with it); the reasons say so.
 * 3. Otherwise the highest `score` among the tasks whose dependencies are ranked goes next; ties
 *    keep the given order.
 */
export function rankRecoveryTasks(input: RankRecoveryInput, now: Date): RankedRecoveryTask[] {
  assertNoTaskCycle(input.tasks);
  const open = input.tasks.filter(isOpenRecoveryTask);
  const openIds = new Set(open.map((task) => task.id));
  const openDependencies = new Map(
    open.map((task) => [task.id, task.dependsOn.filter((id) => openIds.has(id))]),
  );
  const waitingOn = openDependents(open, openDependencies);
  const facts = new Map(input.tasks.map((task) => [task.id, taskFacts(task, input, now)]));
  const ownScore = (id: string): number => facts.get(id)?.breakdown.total ?? 0;

  // A prerequisite is as urgent as the most urgent task (transitively) waiting for it.
  const inherited = new Map<string, { score: number; from: string | null; override: number }>();
  for (const task of open) {
    let best = { score: ownScore(task.id), from: null as string | null };
    let override = task.override?.rank ?? Number.POSITIVE_INFINITY;
    for (const dependentId of transitive(task.id, waitingOn)) {
      if (ownScore(dependentId) > best.score) {
        best = { score: ownScore(dependentId), from: dependentId };
      }
      const dependent = open.find((candidate) => candidate.id === dependentId);
      override = Math.min(override, dependent?.override?.rank ?? Number.POSITIVE_INFINITY);
    }
    inherited.set(task.id, { ...best, override });
  }
  const priority = (task: RecoveryTask) =>
    inherited.get(task.id) ?? { score: 0, from: null, override: Infinity };
  const byScore = (a: RecoveryTask, b: RecoveryTask): number =>
    priority(b).score - priority(a).score || ownScore(b.id) - ownScore(a.id);
  const byOverride = (a: RecoveryTask, b: RecoveryTask): number =>
    priority(a).override - priority(b).override || byScore(a, b);

  const order: RecoveryTask[] = [];
  const placed = new Set<string>();
  while (order.length < open.length) {
    const position = order.length + 1;
    const available = open.filter(
      (task) =>
        !placed.has(task.id) &&
        (openDependencies.get(task.id) ?? []).every((dependency) => placed.has(dependency)),
    );
    const due = available.filter((task) => priority(task).override <= position);
    const free = available.filter((task) => priority(task).override === Infinity);
    // Array.prototype.sort is stable, so ties keep the given order.
    const next =
      due.length > 0
        ? [...due].sort(byOverride)[0]
        : free.length > 0
          ? [...free].sort(byScore)[0]
          : [...available].sort(byOverride)[0];
    /* istanbul ignore next -- unreachable: the graph was checked for cycles above */
    if (next === undefined) {
      break;
    }
    order.push(next);
    placed.add(next.id);
  }

  const titles = new Map(input.tasks.map((task) => [task.id, task.title]));
  const ranked = order.map((task, index): RankedRecoveryTask => {
    const own = facts.get(task.id) as TaskFacts;
    const { score, from, override } = priority(task);
    const reasons: RankReason[] = [];
    const rank = index + 1;
    if (task.override !== null) {
      reasons.push(...overrideReasons(task, rank, openDependencies.get(task.id) ?? []));
    } else if (override !== Infinity) {
      const overridden = transitive(task.id, waitingOn).find(
        (id) => open.find((candidate) => candidate.id === id)?.override?.rank === override,
      ) as string;
      reasons.push({
        code: 'NEEDED_BY_OVERRIDE',
        text: `Needed first by "${titles.get(overridden)}", which was placed manually at rank ${override}`,
        params: { taskId: overridden, rank: override, title: titles.get(overridden) as string },
      });
    }
    const neededBy = (waitingOn.get(task.id) ?? []).map((id) => titles.get(id) as string);
    if (from !== null && neededBy.length > 0) {
      reasons.push(neededByReason(neededBy));
    }
    reasons.push(...own.reasons);
    if (from === null && neededBy.length > 0) {
      reasons.push(neededByReason(neededBy));
    }
    const waitsFor = (openDependencies.get(task.id) ?? []).map((id) => titles.get(id) as string);
    if (waitsFor.length > 0) {
      reasons.push({
        code: 'WAITS_FOR',
        text: `Waits for ${joinAsList(quoted(waitsFor), 3, 'tasks')}`,
        params: { count: waitsFor.length, titles: waitsFor },
      });
    }
    if (task.status === 'BLOCKED') {
      reasons.push({ code: 'MARKED_BLOCKED', text: 'Marked as blocked', params: {} });
    }
    return rankedTask(task, rank, score, own.breakdown, from, reasons);
  });

  const done = input.tasks
    .filter((task) => !isOpenRecoveryTask(task))
    .map((task) =>
      rankedTask(task, null, ownScore(task.id), (facts.get(task.id) as TaskFacts).breakdown, null, [
        { code: 'DONE', text: 'Done', params: {} },
      ]),
    );
  return [...ranked, ...done];
}

interface TaskFacts {
  breakdown: ScoreBreakdown;
  reasons: RankReason[];
}

/** The task's own points and the reasons behind them, from its service's situation. */
function taskFacts(task: RecoveryTask, input: RankRecoveryInput, now: Date): TaskFacts {
  const silence = silenceFacts(task, input.communicationDebt);
  const service = input.services.find((candidate) => candidate.key === task.serviceKey);
  if (service === undefined) {
    return {
      breakdown: {
        tier: 0,
        rto: 0,
        dependents: 0,
        backlogs: 0,
        customers: 0,
        communication: silence.points,
        total: silence.points,
      },
      reasons: silence.reasons,
    };
  }
  const names = new Map(input.services.map((candidate) => [candidate.key, candidate.name]));
  const dependents = dependentsOf(service.key, input.services);
  const reasons: RankReason[] = [...silence.reasons];

  const tierPoints = Math.max(0, 5 - service.tier) * RANKING_POINTS.tierStep;

  const rto = rtoSituation(service, dependents, input.impacts, now);
  let rtoPoints = 0;
  if (rto.kind === 'running') {
    const left = rto.minutesLeft;
    rtoPoints =
      left <= 0
        ? RANKING_POINTS.rtoPassed
        : left <= 60
          ? RANKING_POINTS.rtoWithinHour
          : left <= 240
            ? RANKING_POINTS.rtoWithinFourHours
            : left <= 1440
              ? RANKING_POINTS.rtoWithinDay
              : 0;
    const params = { rtoMinutes: service.rtoMinutes, minutesLeft: Math.round(left) };
    reasons.push(
      left <= 0
        ? {
            code: 'RTO_PASSED',
            text: `RTO of ${formatDurationMinutes(service.rtoMinutes)} passed ${formatDurationMinutes(-left)} ago`,
            params,
          }
        : {
            code: 'RTO_RUNNING',
            text: `RTO of ${formatDurationMinutes(service.rtoMinutes)} runs out in ${formatDurationMinutes(left)}`,
            params,
          },
    );
  } else if (rto.kind === 'restored') {
    reasons.push({
      code: 'SERVICE_RESTORED',
      text: `${service.name} is running again`,
      params: { serviceKey: service.key, serviceName: service.name },
    });
  }

  const dependentPoints = Math.min(
    RANKING_POINTS.dependentsCap,
    dependents.length * RANKING_POINTS.perDependentService,
  );
  if (dependents.length > 0) {
    reasons.push({
      code: 'BLOCKS_SERVICES',
      text: `Blocks ${joinAsList(
        dependents.map((key) => names.get(key) as string),
        5,
        'services',
      )}`,
      params: {
        count: dependents.length,
        serviceNames: dependents.map((key) => names.get(key) as string),
      },
    });
  }

  const reach = new Set([service.key, ...dependents]);
  const heldUp = (input.backlogs ?? []).filter(
    (backlog) => backlog.open > 0 && backlog.serviceKeys.some((key) => reach.has(key)),
  );
  const backlogPoints = Math.min(
    RANKING_POINTS.backlogsCap,
    heldUp.length * RANKING_POINTS.perBacklog,
  );
  const waiting = heldUp.reduce((sum, backlog) => sum + backlog.open, 0);
  if (heldUp.length > 0) {
    reasons.push({
      code: 'HOLDS_UP_BACKLOGS',
      text: `Holds up ${joinAsList(
        heldUp.map((backlog) => `${backlog.name} (${countFormat.format(backlog.open)} open)`),
        3,
        'backlogs',
      )}`,
      params: {
        count: heldUp.length,
        openItems: waiting,
        backlogNames: heldUp.map((backlog) => backlog.name),
        backlogOpen: heldUp.map((backlog) => backlog.open),
      },
    });
  }

  reasons.push({
    code: 'TIER',
    text: `${service.name} is a tier ${service.tier} service`,
    params: { tier: service.tier, serviceKey: service.key, serviceName: service.name },
  });

  const ownStatus = input.impacts.find(
    (impact) => impact.serviceKey === service.key && impact.until === null,
  )?.status;
  const outagePoints = ownStatus === undefined ? 0 : OUTAGE_POINTS[ownStatus];
  if (ownStatus !== undefined) {
    reasons.push({
      code: 'OUTAGE',
      text: `${service.name} ${OUTAGE_WORDS[ownStatus]}`,
      params: { status: ownStatus, serviceKey: service.key, serviceName: service.name },
    });
  }
  const waitingPoints = Math.min(
    RANKING_POINTS.waitingItemsCap,
    Math.round(RANKING_POINTS.waitingItemsFactor * Math.log10(1 + waiting)),
  );
  const customers = outagePoints + waitingPoints;
  return {
    breakdown: {
      tier: tierPoints,
      rto: rtoPoints,
      dependents: dependentPoints,
      backlogs: backlogPoints,
      customers,
      communication: silence.points,
      total: tierPoints + rtoPoints + dependentPoints + backlogPoints + customers + silence.points,
    },
    reasons,
  };
}

/** Points and reason of a task that tells customers while the incident owes them a word. */
function silenceFacts(
  task: RecoveryTask,
  debt: RankRecoveryInput['communicationDebt'],
): { points: number; reasons: RankReason[] } {
  if (!task.tellsCustomers || !debt || debt.status !== 'OVERDUE') {
    return { points: 0, reasons: [] };
  }
  const points = Math.min(
    RANKING_POINTS.silenceOverdueCap,
    RANKING_POINTS.silenceOverdue +
      RANKING_POINTS.silencePerOverdueHour * Math.floor(debt.overdueMinutes / 60),
  );
  return {
    points,
    reasons: [
      {
        code: 'ENDS_SILENCE',
        text: `Ends the silence: a public word is overdue by ${formatDurationMinutes(debt.overdueMinutes)}`,
        params: { overdueMinutes: debt.overdueMinutes },
      },
    ],
  };
}

type RtoSituation =
  { kind: 'running'; minutesLeft: number } | { kind: 'restored' } | { kind: 'unaffected' };

/**
 * The RTO clock starts when the service's open impact began. A service with no impact of its
 * own but whose dependents are down (they suffer because of it) counts from the earliest of
 * their open impacts. A service whose impacts are all closed is running again.
 */
function rtoSituation(
  service: RankingService,
  dependents: readonly string[],
  impacts: readonly ServiceImpact[],
  now: Date,
): RtoSituation {
  const own = impacts.filter((impact) => impact.serviceKey === service.key);
  const openOwn = own.find((impact) => impact.until === null);
  let since: Date | undefined = openOwn?.since;
  if (openOwn === undefined && own.length > 0) {
    return { kind: 'restored' };
  }
  if (since === undefined) {
    const dependentStarts = impacts
      .filter((impact) => impact.until === null && dependents.includes(impact.serviceKey))
      .map((impact) => impact.since.getTime());
    if (dependentStarts.length === 0) {
      return { kind: 'unaffected' };
    }
    since = new Date(Math.min(...dependentStarts));
  }
  const deadline = since.getTime() + service.rtoMinutes * MINUTE;
  return { kind: 'running', minutesLeft: (deadline - now.getTime()) / MINUTE };
}

function overrideReasons(
  task: RecoveryTask,
  rank: number,
  openDependencies: readonly string[],
): RankReason[] {
  const override = task.override as NonNullable<RecoveryTask['override']>;
  const reasons: RankReason[] = [
    {
      code: 'MANUAL_OVERRIDE',
      text: `Manually placed at rank ${override.rank}: ${override.reason}`,
      params: { rank: override.rank, reason: override.reason },
    },
  ];
  if (rank !== override.rank) {
    const why =
      rank < override.rank
        ? 'fewer tasks come before it than the rank asks for'
        : openDependencies.length > 0
          ? 'the tasks it depends on must come first'
          : 'other manually placed tasks come first';
    reasons.push({
      code: 'OVERRIDE_MOVED',
      text: `Ranks ${rank} instead of ${override.rank}: ${why}`,
      params: {
        rank,
        requestedRank: override.rank,
        why:
          rank < override.rank
            ? 'FEWER_BEFORE'
            : openDependencies.length > 0
              ? 'DEPENDENCIES'
              : 'OTHERS',
      },
    });
  }
  return reasons;
}

function neededByReason(titles: readonly string[]): RankReason {
  return {
    code: 'NEEDED_BY_TASKS',
    text: `Needed first by ${joinAsList(quoted(titles), 3, 'tasks')}`,
    params: { count: titles.length, titles },
  };
}

function rankedTask(
  task: RecoveryTask,
  rank: number | null,
  score: number,
  breakdown: ScoreBreakdown,
  scoreInheritedFrom: string | null,
  reasonDetails: RankReason[],
): RankedRecoveryTask {
  return {
    ...task,
    rank,
    score,
    breakdown,
    scoreInheritedFrom,
    reasons: reasonDetails.map((reason) => reason.text),
    reasonDetails,
  };
}

/** For each open task, the open tasks that directly wait for it, in the given order. */
function openDependents(
  open: readonly RecoveryTask[],
  openDependencies: ReadonlyMap<string, readonly string[]>,
): Map<string, string[]> {
  const waitingOn = new Map<string, string[]>();
  for (const task of open) {
    for (const dependency of openDependencies.get(task.id) ?? []) {
      waitingOn.set(dependency, [...(waitingOn.get(dependency) ?? []), task.id]);
    }
  }
  return waitingOn;
}

/** Everything reachable from `start` (exclusive) along `edges`. */
function transitive(start: string, edges: ReadonlyMap<string, readonly string[]>): string[] {
  const seen = new Set<string>();
  const stack = [...(edges.get(start) ?? [])];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (!seen.has(id)) {
      seen.add(id);
      stack.push(...(edges.get(id) ?? []));
    }
  }
  return [...seen];
}

function quoted(titles: readonly string[]): string[] {
  return titles.map((title) => `"${title}"`);
}
