import type { OutageCostPerHour, ServiceStatus } from '../service-graph/service';

/**
 * The estimated cost of an outage so far, from the periods services were impaired and what an
 * hour of full outage of each costs.
 */

const HOUR_MS = 3_600_000;

/**
 * How much of an hour's cost an hour in each status loses. A major outage loses it all; a
 * partial outage (some customers or functions) half; degraded performance (slow, but working)
 * a quarter. Maintenance recorded on an incident means the service is not available: all of it.
 */
export const OUTAGE_COST_STATUS_FACTORS: Readonly<Record<ServiceStatus, number>> = {
  OPERATIONAL: 0,
  DEGRADED_PERFORMANCE: 0.25,
  PARTIAL_OUTAGE: 0.5,
  MAJOR_OUTAGE: 1,
  UNDER_MAINTENANCE: 1,
};

/** An incident's impact on a service: one impaired period (`until` null while open). */
export interface CostImpact {
  serviceKey: string;
  status: ServiceStatus;
  since: Date;
  until: Date | null;
}

/** A service as the cost needs it. Any `Service` fits. */
export interface CostService {
  key: string;
  outageCostPerHour: OutageCostPerHour | null;
}

/** One service's share of the cost. */
export interface ServiceOutageCost {
  serviceKey: string;
  /** Minutes impaired at all, whatever the status. */
  impairedMinutes: number;
  /** Minutes of full outage the impaired time is worth (weighted by the status factors). */
  lostMinutes: number;
  /** Rounded to whole orders and euros; 0 when the service has no estimate. */
  orders: number;
  euros: number;
  estimated: boolean;
}

/** The cost of the outage so far. */
export interface OutageCost {
  /** Orders lost, rounded to whole orders. */
  orders: number;
  /** Euros lost, rounded to whole euros. */
  euros: number;
  /** The start of the earliest impaired period counted; `null` when nothing was impaired. */
  since: Date | null;
  /** Each impaired service's share, most euros first (then by key). */
  services: ServiceOutageCost[];
  /** Impaired services without an estimate: the totals are a floor while any are listed. */
  unestimatedServiceKeys: string[];
}

/**
 * The estimated orders and euros lost up to `now` over the given impacts. Each impact counts
 * from `since` to `until` (or `now` while open), never beyond `now`. A service impaired by
 * several incidents at once is counted once for that time, at the worst factor among them
 * (`OUTAGE_COST_STATUS_FACTORS`). Services' costs add up. The caller chooses which incidents'
 * impacts belong to the outage.
 */
export function outageCostSoFar(
  impacts: readonly CostImpact[],
  services: readonly CostService[],
  now: Date,
): OutageCost {
  const end = now.getTime();
  const costOf = new Map(services.map((service) => [service.key, service.outageCostPerHour]));
  const periods = new Map<string, { from: number; to: number; factor: number }[]>();
  for (const impact of impacts) {
    const from = impact.since.getTime();
    const to = Math.min(impact.until?.getTime() ?? end, end);
    if (to <= from) continue;
    const list = periods.get(impact.serviceKey) ?? [];
    list.push({ from, to, factor: OUTAGE_COST_STATUS_FACTORS[impact.status] });
    periods.set(impact.serviceKey, list);
  }

  let orders = 0;
  let euros = 0;
  let since: number | null = null;
  const shares: ServiceOutageCost[] = [];
  const unestimated: string[] = [];
  for (const [serviceKey, list] of periods) {
    const { impairedMs, lostMs } = sweep(list);
    const earliest = Math.min(...list.map((period) => period.from));
    since = since === null ? earliest : Math.min(since, earliest);
    const perHour = costOf.get(serviceKey) ?? null;
    const hours = lostMs / HOUR_MS;
    if (perHour === null) unestimated.push(serviceKey);
    const serviceOrders = perHour === null ? 0 : hours * perHour.orders;
    const serviceEuros = perHour === null ? 0 : hours * perHour.euros;
    orders += serviceOrders;
    euros += serviceEuros;
    shares.push({
      serviceKey,
      impairedMinutes: Math.round(impairedMs / 60_000),
      lostMinutes: Math.round(lostMs / 60_000),
      orders: Math.round(serviceOrders),
      euros: Math.round(serviceEuros),
      estimated: perHour !== null,
    });
  }
  return {
    orders: Math.round(orders),
    euros: Math.round(euros),
    since: since === null ? null : new Date(since),
    services: shares.sort((a, b) => b.euros - a.euros || (a.serviceKey < b.serviceKey ? -1 : 1)),
    unestimatedServiceKeys: unestimated.sort(),
  };
}

/** Time covered by any period, and that time weighted by the worst factor covering it. */
function sweep(periods: readonly { from: number; to: number; factor: number }[]): {
  impairedMs: number;
  lostMs: number;
} {
  const bounds = [...new Set(periods.flatMap((period) => [period.from, period.to]))].sort(
    (a, b) => a - b,
  );
  let impairedMs = 0;
  let lostMs = 0;
  for (let index = 0; index + 1 < bounds.length; index += 1) {
    const from = bounds[index] as number;
    const to = bounds[index + 1] as number;
    const covering = periods.filter((period) => period.from <= from && period.to >= to);
    if (covering.length === 0) continue;
    impairedMs += to - from;
    lostMs += (to - from) * Math.max(...covering.map((period) => period.factor));
  }
  return { impairedMs, lostMs };
}
