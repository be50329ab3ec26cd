/** Facts about one service's outage within an incident (one impact), as plain data. */
export interface ImpactFacts {
  serviceKey: string;
  /** The service's recovery time objective; `null` when it has none. */
  rtoMinutes: number | null;
  since: Date;
  /** When the service worked again; `null` while it is still impaired. */
  until: Date | null;
}

/** One public word to customers, with the next update it promised, if any. */
export interface PublicUpdateFacts {
  at: Date;
  nextUpdateAt?: Date | null;
}

/** A backlog the incident caused: its counts over time, its forecast and its items. */
export interface BacklogFacts {
  key: string;
  /** Open counts over time, in any order. */
  snapshots: readonly { at: Date; open: number }[];
  /** The forecast's clear time (from the backlog forecast); `null` when it never clears. */
  forecastClearsAt: Date | null;
  /** Items that missed their promise by `now` (see `itemPromisesMissed`); 0 without items. */
  promisesMissed: number;
}

/** Everything the per-incident metrics are computed from. */
export interface IncidentMetricsInput {
  startedAt: Date;
  detectedAt: Date | null;
  resolvedAt: Date | null;
  /** True when customers can feel the incident; silence only counts then. */
  customerFacing: boolean;
  publicUpdates: readonly PublicUpdateFacts[];
  impacts: readonly ImpactFacts[];
  backlogs: readonly BacklogFacts[];
}

/**
 * - `RECOVERED_WITHIN_RTO` / `RECOVERED_LATE`: back, in time or not.
 * - `OPEN_WITHIN_RTO` / `OPEN_RTO_BREACHED`: still impaired, before or after its RTO passed.
 * - `NO_RTO`: the service has no objective to compare with.
 */
export type RtoOutcome =
  'RECOVERED_WITHIN_RTO' | 'RECOVERED_LATE' | 'OPEN_WITHIN_RTO' | 'OPEN_RTO_BREACHED' | 'NO_RTO';

/** How long one service took (or has taken so far) to come back, against its RTO. */
export interface ServiceRecoveryMetric {
  serviceKey: string;
  rtoMinutes: number | null;
  /** From its first impact's start to its last impact's end. */
  impairedSince: Date;
  recoveredAt: Date | null;
  /** Whole minutes to recover; `null` while still impaired. */
  timeToRecoverMinutes: number | null;
  /** Whole minutes impaired so far (to recovery, or to `now` while open). */
  impairedMinutes: number;
  outcome: RtoOutcome;
  /** Whole minutes past the RTO (0 when within it or without one). */
  minutesOverRto: number;
}

/** The backlog numbers of one backlog, up to `now`. */
export interface BacklogMetric {
  key: string;
  /** The highest open count recorded up to `now` (0 without snapshots). */
  peakOpen: number;
  /** The latest open count at or before `now` (0 without snapshots). */
  currentOpen: number;
  forecastClearsAt: Date | null;
  /** Items done after their due time, or still open past it. */
  promisesMissed: number;
}

/** The numbers management reviews for one incident. */
export interface IncidentMetrics {
  /** Whole minutes from start to detection; `null` until detected. */
  timeToDetectMinutes: number | null;
  /** Whole minutes from start to the first public word; `null` while there was none. */
  timeToFirstPublicUpdateMinutes: number | null;
  /** Whole minutes from start to resolution; `null` while open. */
  timeToResolveMinutes: number | null;
  services: ServiceRecoveryMetric[];
  backlogs: BacklogMetric[];
  /** Sum of all backlogs' peaks. */
  backlogPeakOpen: number;
  /** Sum of all backlogs' current open counts. */
  backlogCurrentOpen: number;
  /** The latest forecast clear time over all backlogs; `null` when one never clears or none. */
  backlogsClearAt: Date | null;
  /** True when some backlog never clears at its current capacity. */
  someBacklogNeverClears: boolean;
  /** Items that missed their promise, over all backlogs. */
  backlogPromisesMissed: number;
  /** Promised next updates ("next update by 14:00") that passed with no public word by then. */
  updatePromisesMissed: number;
  /** Both kinds of missed promises together. */
  promisesMissed: number;
  /** The longest stretch without a public word while customers felt the incident, in minutes. */
  longestSilenceMinutes: number;
  /** Where that stretch began and ended; `null` when there was no customer-facing time. */
  longestSilence: { from: Date; to: Date } | null;
}

const MINUTE_MS = 60_000;

/** Whole minutes from `from` to `to`, rounded down; 0 when `to` is not after `from`. */
export function wholeMinutesBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / MINUTE_MS));
}

/**
 * The metrics of one incident at `now`. Only facts at or before `now` count, so a past moment
 * can be replayed; a resolution after `now` is treated as not yet happened.
 */
export function incidentMetrics(input: IncidentMetricsInput, now: Date): IncidentMetrics {
  const resolvedAt = happened(input.resolvedAt, now);
  const detectedAt = happened(input.detectedAt, now);
  const publicTimes = input.publicUpdates
    .map((update) => update.at)
    .filter((at) => at.getTime() <= now.getTime())
    .sort((a, b) => a.getTime() - b.getTime());
  const firstPublic = publicTimes[0] ?? null;
  const backlogs = input.backlogs.map((backlog) => backlogMetric(backlog, now));
  const neverClears = backlogs.some(
    (backlog) => backlog.currentOpen > 0 && backlog.forecastClearsAt === null,
  );
  const updatePromisesMissed = countUpdatePromisesMissed(input.publicUpdates, now);
  const backlogPromisesMissed = sum(backlogs.map((backlog) => backlog.promisesMissed));
  const silence = input.customerFacing
    ? longestSilence(input.startedAt, resolvedAt ?? now, publicTimes)
    : null;
  return {
    timeToDetectMinutes: detectedAt ? wholeMinutesBetween(input.startedAt, detectedAt) : null,
    timeToFirstPublicUpdateMinutes: firstPublic
      ? wholeMinutesBetween(input.startedAt, firstPublic)
      : null,
    timeToResolveMinutes: resolvedAt ? wholeMinutesBetween(input.startedAt, resolvedAt) : null,
    services: serviceRecoveries(input.impacts, now),
    backlogs,
    backlogPeakOpen: sum(backlogs.map((backlog) => backlog.peakOpen)),
    backlogCurrentOpen: sum(backlogs.map((backlog) => backlog.currentOpen)),
    backlogsClearAt: neverClears ? null : latest(backlogs.map((b) => b.forecastClearsAt)),
    someBacklogNeverClears: neverClears,
    backlogPromisesMissed,
    updatePromisesMissed,
    promisesMissed: backlogPromisesMissed + updatePromisesMissed,
    longestSilenceMinutes: silence ? wholeMinutesBetween(silence.from, silence.to) : 0,
    longestSilence: silence,
  };
}

function happened(at: Date | null, now: Date): Date | null {
  return at !== null && at.getTime() <= now.getTime() ? at : null;
}

/**
 * Impacts grouped by service: a service is impaired from its first impact's start until its
 * last impact ends (still impaired while any of its impacts is open). Impacts starting after
 * `now` are ignored; an end after `now` counts as still open.
 */
export function serviceRecoveries(
  impacts: readonly ImpactFacts[],
  now: Date,
): ServiceRecoveryMetric[] {
  const byService = new Map<string, ImpactFacts[]>();
  for (const impact of impacts) {
    if (impact.since.getTime() <= now.getTime()) {
      byService.set(impact.serviceKey, [...(byService.get(impact.serviceKey) ?? []), impact]);
    }
  }
  return [...byService.entries()].map(([serviceKey, serviceImpacts]) => {
    const impairedSince = earliest(serviceImpacts.map((impact) => impact.since)) as Date;
    const ends = serviceImpacts.map((impact) => happened(impact.until, now));
    const recoveredAt = ends.includes(null) ? null : latest(ends);
    const rtoMinutes = serviceImpacts.find((impact) => impact.rtoMinutes !== null)?.rtoMinutes;
    const impairedMinutes = wholeMinutesBetween(impairedSince, recoveredAt ?? now);
    const rto = rtoMinutes ?? null;
    return {
      serviceKey,
      rtoMinutes: rto,
      impairedSince,
      recoveredAt,
      timeToRecoverMinutes: recoveredAt === null ? null : impairedMinutes,
      impairedMinutes,
      outcome: rtoOutcome(rto, impairedMinutes, recoveredAt !== null),
      minutesOverRto: rto === null ? 0 : Math.max(0, impairedMinutes - rto),
    };
  });
}

function rtoOutcome(rto: number | null, impairedMinutes: number, recovered: boolean): RtoOutcome {
  if (rto === null) {
    return 'NO_RTO';
  }
  if (recovered) {
    return impairedMinutes <= rto ? 'RECOVERED_WITHIN_RTO' : 'RECOVERED_LATE';
  }
  return impairedMinutes <= rto ? 'OPEN_WITHIN_RTO' : 'OPEN_RTO_BREACHED';
}

function backlogMetric(backlog: BacklogFacts, now: Date): BacklogMetric {
  const past = backlog.snapshots
    .filter((snapshot) => snapshot.at.getTime() <= now.getTime())
    .sort((a, b) => a.at.getTime() - b.at.getTime());
  return {
    key: backlog.key,
    peakOpen: Math.max(0, ...past.map((snapshot) => snapshot.open)),
    currentOpen: past.at(-1)?.open ?? 0,
    forecastClearsAt: backlog.forecastClearsAt,
    promisesMissed: backlog.promisesMissed,
  };
}

/**
 * Items that missed their promise by `now`: due before `now`, and not done by their due time
 * (still open, or done later). The API counts the same in SQL for item-level backlogs.
 */
export function itemPromisesMissed(
  items: readonly { dueAt: Date | null; doneAt: Date | null }[],
  now: Date,
): number {
  return items.filter((item) => {
    if (item.dueAt === null || item.dueAt.getTime() >= now.getTime()) {
      return false;
    }
    const done = happened(item.doneAt, now);
    return done === null || done.getTime() > item.dueAt.getTime();
  }).length;
}

/**
 * Promised next updates that passed without a public word: a promise made at `at` for
 * `nextUpdateAt` is missed when `nextUpdateAt` lies before `now` and no public word came after
 * `at` and no later than `nextUpdateAt`.
 */
function countUpdatePromisesMissed(updates: readonly PublicUpdateFacts[], now: Date): number {
  const times = updates.map((update) => update.at.getTime());
  return updates.filter((update) => {
    const promise = update.nextUpdateAt;
    if (!promise || promise.getTime() >= now.getTime() || update.at.getTime() > now.getTime()) {
      return false;
    }
    return !times.some((time) => time > update.at.getTime() && time <= promise.getTime());
  }).length;
}

/**
 * The longest gap between public words inside [start, end]: from the start to the first word,
 * between words, and from the last word to the end (now, or the resolution).
 */
export function longestSilence(
  start: Date,
  end: Date,
  publicTimes: readonly Date[],
): { from: Date; to: Date } | null {
  if (end.getTime() < start.getTime()) {
    return null;
  }
  const inside = publicTimes
    .filter((time) => time.getTime() > start.getTime() && time.getTime() < end.getTime())
    .sort((a, b) => a.getTime() - b.getTime());
  const points = [start, ...inside, end];
  let best = { from: start, to: start };
  for (let i = 1; i < points.length; i += 1) {
    const from = points[i - 1] as Date;
    const to = points[i] as Date;
    if (to.getTime() - from.getTime() > best.to.getTime() - best.from.getTime()) {
      best = { from, to };
    }
  }
  return best;
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0);
}

function latest(dates: readonly (Date | null)[]): Date | null {
  let result: Date | null = null;
  for (const date of dates) {
    if (date !== null && (result === null || date > result)) {
      result = date;
    }
  }
  return result;
}

function earliest(dates: readonly Date[]): Date | null {
  let result: Date | null = null;
  for (const date of dates) {
    if (result === null || date < result) {
      result = date;
    }
  }
  return result;
}
