import { DomainError, type FieldIssue } from '../shared/domain-error';
import { SEVERITIES, type Severity } from '../incident/incident';

/**
 * How often customers must hear from us while an incident affects them, in minutes per
 * severity; `null` means no cadence (no debt can build up).
 */
export type CommunicationCadence = Readonly<Record<Severity, number | null>>;

/** SEV1 every hour, SEV2 every two hours, SEV3 every eight hours, SEV4 no cadence. */
export const DEFAULT_COMMUNICATION_CADENCE: CommunicationCadence = {
  SEV1: 60,
  SEV2: 120,
  SEV3: 480,
  SEV4: null,
};

/** The facts about an incident the debt depends on, as plain data. */
export interface CommunicationDebtInput {
  severity: Severity;
  startedAt: Date;
  /** When the technology worked again; `null`/absent while the incident is open. */
  resolvedAt?: Date | null;
  /** True when customers can feel the incident (a public or customer-facing impact). */
  customerFacing: boolean;
  /** When each public word went out (public timeline entries, published messages). */
  publicUpdateTimes: readonly Date[];
  /**
   * The next update the most recent public word promised ("next update by 14:00"). When it is
   * earlier than the cadence, the promise is what is due.
   */
  promisedNextUpdateAt?: Date | null;
}

/**
 * - `NOT_REQUIRED`: nobody is owed a word (not customer facing, resolved, or no cadence).
 * - `ON_TIME`: the next word is not due yet.
 * - `OVERDUE`: the next word was due and has not gone out.
 */
export type CommunicationDebtStatus = 'NOT_REQUIRED' | 'ON_TIME' | 'OVERDUE';

/** Why no word is owed, when none is. */
export type CommunicationDebtExemption = 'NOT_CUSTOMER_FACING' | 'RESOLVED' | 'NO_CADENCE';

/** Where an incident stands with its customers at a moment. */
export interface CommunicationDebt {
  status: CommunicationDebtStatus;
  /** Set when `status` is `NOT_REQUIRED`. */
  exemption: CommunicationDebtExemption | null;
  /** The cadence for the incident's severity; `null` when it has none. */
  cadenceMinutes: number | null;
  /** The latest public word at or before `now`; `null` when customers have heard nothing. */
  lastPublicUpdateAt: Date | null;
  /** When the next public word is due; `null` when none is owed. */
  nextUpdateDueAt: Date | null;
  /** Whole minutes past `nextUpdateDueAt`; 0 unless overdue. Never negative. */
  overdueMinutes: number;
  /** Whole minutes since the last public word (or since the start, when there was none). */
  minutesSinceLastPublicWord: number;
}

const MINUTE_MS = 60_000;

/** Problems with a configured cadence: each value must be a positive whole number or `null`. */
export function validateCommunicationCadence(
  cadence: Readonly<Record<string, number | null | undefined>>,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  for (const severity of SEVERITIES) {
    const minutes = cadence[severity];
    if (minutes === undefined) {
      issues.push({ field: `cadence.${severity}`, message: 'is required (use null for none)' });
    } else if (minutes !== null && (!Number.isInteger(minutes) || minutes <= 0)) {
      issues.push({
        field: `cadence.${severity}`,
        message: 'must be a positive whole number of minutes or null',
      });
    }
  }
  return issues;
}

/**
 * A cadence built from the default with the given overrides; throws `BAD_USER_INPUT` when an
 * override is not a positive whole number of minutes (or `null`).
 */
export function communicationCadence(
  overrides: Partial<Record<Severity, number | null>> = {},
): CommunicationCadence {
  const cadence = { ...DEFAULT_COMMUNICATION_CADENCE, ...overrides };
  DomainError.assertNoIssues(validateCommunicationCadence(cadence), 'Invalid cadence');
  return cadence;
}

/**
 * True when customers can feel an incident: at least one service was impaired by it (an open
 * or closed impact). An incident without any impact is the team's own business.
 */
export function isCustomerFacing(impacts: readonly unknown[]): boolean {
  return impacts.length > 0;
}

/**
 * The communication debt of an incident at `now`.
 *
 * Rules:
 * - Only words at or before `now` count (so a past moment can be replayed).
 * - An incident resolved at or before `now` owes nothing: once the technology works again the
 *   resolution notice is the last word the cadence asks for; whether affected customers were
 *   told is the business-recovery check, not a recurring debt.
 * - An incident customers cannot feel, or whose severity has no cadence, owes nothing.
 * - Otherwise the next word is due one cadence after the last public word — or, when there has
 *   been none at all, at `startedAt`: a customer-facing incident nobody has mentioned is in debt
 *   from its start. A promised next update earlier than that is due instead.
 */
export function communicationDebt(
  input: CommunicationDebtInput,
  now: Date,
  cadence: CommunicationCadence = DEFAULT_COMMUNICATION_CADENCE,
): CommunicationDebt {
  const lastPublicUpdateAt = latestAtOrBefore(input.publicUpdateTimes, now);
  const cadenceMinutes = cadence[input.severity];
  const silentSince = lastPublicUpdateAt ?? input.startedAt;
  const minutesSinceLastPublicWord = wholeMinutesBetween(silentSince, now);
  const exemption = exemptionOf(input, now, cadenceMinutes);
  if (exemption !== null || cadenceMinutes === null) {
    return {
      status: 'NOT_REQUIRED',
      exemption: exemption ?? 'NO_CADENCE',
      cadenceMinutes,
      lastPublicUpdateAt,
      nextUpdateDueAt: null,
      overdueMinutes: 0,
      minutesSinceLastPublicWord,
    };
  }
  let nextUpdateDueAt =
    lastPublicUpdateAt === null
      ? input.startedAt
      : new Date(lastPublicUpdateAt.getTime() + cadenceMinutes * MINUTE_MS);
  const promise = input.promisedNextUpdateAt;
  if (
    lastPublicUpdateAt !== null &&
    promise &&
    promise.getTime() > lastPublicUpdateAt.getTime() &&
    promise.getTime() < nextUpdateDueAt.getTime()
  ) {
    nextUpdateDueAt = promise;
  }
  const overdueMinutes = wholeMinutesBetween(nextUpdateDueAt, now);
  const overdue = now.getTime() > nextUpdateDueAt.getTime();
  return {
    status: overdue ? 'OVERDUE' : 'ON_TIME',
    exemption: null,
    cadenceMinutes,
    lastPublicUpdateAt,
    nextUpdateDueAt,
    overdueMinutes: overdue ? overdueMinutes : 0,
    minutesSinceLastPublicWord,
  };
}

function exemptionOf(
  input: CommunicationDebtInput,
  now: Date,
  cadenceMinutes: number | null,
): CommunicationDebtExemption | null {
  if (input.resolvedAt && input.resolvedAt.getTime() <= now.getTime()) {
    return 'RESOLVED';
  }
  if (!input.customerFacing) {
    return 'NOT_CUSTOMER_FACING';
  }
  return cadenceMinutes === null ? 'NO_CADENCE' : null;
}

function latestAtOrBefore(times: readonly Date[], now: Date): Date | null {
  let latest: Date | null = null;
  for (const time of times) {
    if (time.getTime() <= now.getTime() && (latest === null || time > latest)) {
      latest = time;
    }
  }
  return latest;
}

/** Whole minutes from `from` to `to`, rounded down; 0 when `to` is not after `from`. */
function wholeMinutesBetween(from: Date, to: Date): number {
  return Math.max(0, Math.floor((to.getTime() - from.getTime()) / MINUTE_MS));
}
