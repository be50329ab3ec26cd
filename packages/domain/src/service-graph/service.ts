import type { FieldIssue } from '../shared/domain-error';

/** The status values public status pages use, so existing status widgets understand them. */
export const SERVICE_STATUSES = [
  'OPERATIONAL',
  'DEGRADED_PERFORMANCE',
  'PARTIAL_OUTAGE',
  'MAJOR_OUTAGE',
  'UNDER_MAINTENANCE',
] as const;

/** The current condition of a service. */
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

/**
 * How bad each status is, 0 = fine. Planned maintenance is announced, so it ranks below any
 * unplanned degradation.
 */
export const SERVICE_STATUS_SEVERITY: Readonly<Record<ServiceStatus, number>> = {
  OPERATIONAL: 0,
  UNDER_MAINTENANCE: 1,
  DEGRADED_PERFORMANCE: 2,
  PARTIAL_OUTAGE: 3,
  MAJOR_OUTAGE: 4,
};

/** The allowed tiers, most critical first. */
export const SERVICE_TIERS = [1, 2, 3, 4] as const;

/** How critical a service is to the business: 1 = most critical, 4 = least. */
export type ServiceTier = (typeof SERVICE_TIERS)[number];

/** A business capability or system, such as the order database or the phone system. */
export interface Service {
  /** Stable slug used to reference the service everywhere, e.g. `order-database`. */
  key: string;
  name: string;
  description: string;
  tier: ServiceTier;
  /** Recovery time objective: how long the business can live without the service. */
  rtoMinutes: number;
  /** Recovery point objective: how much recent data the business can afford to lose. */
  rpoMinutes: number;
  /** Keys of the services this one needs in order to work. The graph must stay acyclic. */
  dependsOn: string[];
  status: ServiceStatus;
  /**
   * Maximum tolerable period of disruption: after this long without the service the business
   * is harmed beyond what it accepts. The RTO never exceeds it. `null`: not assessed.
   */
  mtpdMinutes: number | null;
  /** What an hour of full outage costs, estimated; `null`: not estimated. */
  outageCostPerHour: OutageCostPerHour | null;
  /**
   * An outside supplier (carrier, payment provider, mail host). Its `rtoMinutes` is the
   * recovery time the supplier promises.
   */
  supplier: boolean;
}

/** The estimated loss of one hour of full outage of a service. */
export interface OutageCostPerHour {
  /** Orders lost (not taken, or taken and lost) per hour. */
  orders: number;
  /** Euros lost per hour (revenue, penalties, extra work). */
  euros: number;
}

/**
 * The fields a person or another system supplies to create or change a service. Numbers are
 * `number` (not `ServiceTier`) because they come from outside and are checked here.
 */
export interface ServiceInput {
  key: string;
  name: string;
  description?: string;
  tier: number;
  rtoMinutes: number;
  rpoMinutes: number;
  dependsOn?: readonly string[];
  mtpdMinutes?: number | null;
  outageCostPerHour?: OutageCostPerHour | null;
  supplier?: boolean;
}

/** Slug: lowercase letters and digits, words joined by single hyphens. */
export const SERVICE_KEY_PATTERN = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const SERVICE_KEY_MAX_LENGTH = 64;
export const SERVICE_NAME_MAX_LENGTH = 200;
export const SERVICE_DESCRIPTION_MAX_LENGTH = 2000;
/** One year in minutes: an objective longer than that is a typing mistake, not a plan. */
export const SERVICE_OBJECTIVE_MAX_MINUTES = 525_600;
/** Orders an hour of outage may cost at most: more is a typing mistake for a mid-sized shop. */
export const OUTAGE_ORDERS_PER_HOUR_MAX = 100_000;
/** Euros an hour of outage may cost at most (ten million). */
export const OUTAGE_EUROS_PER_HOUR_MAX = 10_000_000;

/** True when the value is one of the status-page status values. */
export function isServiceStatus(value: string): value is ServiceStatus {
  return (SERVICE_STATUSES as readonly string[]).includes(value);
}

/** True when the service does not work as usual (anything but `OPERATIONAL`). */
export function isServiceImpaired(status: ServiceStatus): boolean {
  return status !== 'OPERATIONAL';
}

/**
 * The worst of several statuses (`OPERATIONAL` for none), e.g. the overall status of a page.
 */
export function worstServiceStatus(statuses: readonly ServiceStatus[]): ServiceStatus {
  let worst: ServiceStatus = 'OPERATIONAL';
  for (const status of statuses) {
    if (SERVICE_STATUS_SEVERITY[status] > SERVICE_STATUS_SEVERITY[worst]) {
      worst = status;
    }
  }
  return worst;
}

/**
 * Checks a service input field by field and returns every problem found (empty when valid).
 * With `existingKeys` it also names each `dependsOn` entry that is not a known service; the
 * service's own key never counts as known there (that is a self-dependency, reported as such).
 * Cycles need the whole graph: check them with `assertNoDependencyCycle`.
 */
export function validateServiceInput(
  input: ServiceInput,
  existingKeys?: Iterable<string>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];

  if (input.key.length === 0) {
    issues.push({ field: 'key', code: 'REQUIRED', message: 'is required' });
  } else if (input.key.length > SERVICE_KEY_MAX_LENGTH) {
    issues.push({
      field: 'key',
      code: 'TOO_LONG',
      params: { max: SERVICE_KEY_MAX_LENGTH },
      message: `must be at most ${SERVICE_KEY_MAX_LENGTH} characters`,
    });
  } else if (!SERVICE_KEY_PATTERN.test(input.key)) {
    issues.push({
      field: 'key',
      code: 'KEY_FORMAT',
      message: 'must be lowercase letters and digits joined by single hyphens, e.g. order-database',
    });
  }

  const name = input.name.trim();
  if (name.length === 0) {
    issues.push({ field: 'name', code: 'REQUIRED', message: 'is required' });
  } else if (input.name.length > SERVICE_NAME_MAX_LENGTH) {
    issues.push({
      field: 'name',
      code: 'TOO_LONG',
      params: { max: SERVICE_NAME_MAX_LENGTH },
      message: `must be at most ${SERVICE_NAME_MAX_LENGTH} characters`,
    });
  }

  if ((input.description ?? '').length > SERVICE_DESCRIPTION_MAX_LENGTH) {
    issues.push({
      field: 'description',
      code: 'TOO_LONG',
      params: { max: SERVICE_DESCRIPTION_MAX_LENGTH },
      message: `must be at most ${SERVICE_DESCRIPTION_MAX_LENGTH} characters`,
    });
  }

  if (!Number.isInteger(input.tier) || input.tier < 1 || input.tier > 4) {
    issues.push({ field: 'tier', message: 'must be a whole number from 1 (most critical) to 4' });
  }

  for (const field of ['rtoMinutes', 'rpoMinutes'] as const) {
    const minutes = input[field];
    if (!Number.isInteger(minutes) || minutes < 0 || minutes > SERVICE_OBJECTIVE_MAX_MINUTES) {
      issues.push({
        field,
        code: 'MINUTES_RANGE',
        params: { max: SERVICE_OBJECTIVE_MAX_MINUTES },
        message: `must be a whole number of minutes from 0 to ${SERVICE_OBJECTIVE_MAX_MINUTES} (one year)`,
      });
    }
  }

  issues.push(...validateImpactAnalysis(input));
  issues.push(...validateDependsOn(input.key, input.dependsOn ?? [], existingKeys));
  return issues;
}

/** MTPD (whole minutes, at least the RTO) and the outage cost estimate (whole, non-negative). */
function validateImpactAnalysis(input: ServiceInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const mtpd = input.mtpdMinutes ?? null;
  if (mtpd !== null) {
    if (!Number.isInteger(mtpd) || mtpd < 0 || mtpd > SERVICE_OBJECTIVE_MAX_MINUTES) {
      issues.push({
        field: 'mtpdMinutes',
        code: 'MINUTES_RANGE',
        params: { max: SERVICE_OBJECTIVE_MAX_MINUTES },
        message: `must be a whole number of minutes from 0 to ${SERVICE_OBJECTIVE_MAX_MINUTES} (one year)`,
      });
    } else if (Number.isInteger(input.rtoMinutes) && input.rtoMinutes > mtpd) {
      issues.push({
        field: 'mtpdMinutes',
        code: 'BELOW_RTO',
        params: { min: input.rtoMinutes },
        message: `must be at least the RTO (${input.rtoMinutes} minutes): recovery may not take longer than the business can bear`,
      });
    }
  }
  const cost = input.outageCostPerHour ?? null;
  if (cost !== null) {
    const limits = [
      ['orders', cost.orders, OUTAGE_ORDERS_PER_HOUR_MAX],
      ['euros', cost.euros, OUTAGE_EUROS_PER_HOUR_MAX],
    ] as const;
    for (const [part, value, max] of limits) {
      if (!Number.isInteger(value) || value < 0 || value > max) {
        issues.push({
          field: `outageCostPerHour.${part}`,
          code: 'NUMBER_RANGE',
          params: { min: 0, max },
          message: `must be a whole number from 0 to ${max}`,
        });
      }
    }
  }
  return issues;
}

function validateDependsOn(
  ownKey: string,
  dependsOn: readonly string[],
  existingKeys: Iterable<string> | undefined,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const duplicates = unique(dependsOn.filter((key, index) => dependsOn.indexOf(key) !== index));
  if (duplicates.length > 0) {
    issues.push({ field: 'dependsOn', message: `lists ${duplicates.join(', ')} more than once` });
  }
  if (dependsOn.includes(ownKey)) {
    issues.push({ field: 'dependsOn', message: 'a service cannot depend on itself' });
  }
  if (existingKeys !== undefined) {
    const known = new Set(existingKeys);
    const unknown = unique(dependsOn.filter((key) => key !== ownKey && !known.has(key)));
    if (unknown.length > 0) {
      issues.push({
        field: 'dependsOn',
        message: `unknown ${unknown.length === 1 ? 'service' : 'services'}: ${unknown.join(', ')}`,
      });
    }
  }
  return issues;
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
