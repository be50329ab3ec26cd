import { BACKLOG_KEY_PATTERN, BACKLOG_MAX_STAFF, type BacklogCapacity } from '../backlog/backlog';
import { type IncidentStatus } from '../incident/incident-status';
import { SERVICE_KEY_PATTERN } from '../service-graph/service';
import { DomainError, type FieldIssue } from '../shared/domain-error';
import { textIssues } from '../shared/text';

/**
 * A continuation plan: the fallback procedure of one service while it is down (manual order
 * capture on paper, labels through the carrier's web portal, an e-mail fallback while the phones
 * are down). Written before the outage, printed so it exists on paper, activated during one.
 */

export const PLAN_TITLE_MAX_LENGTH = 200;
export const PLAN_OWNER_MAX_LENGTH = 200;
/** A step is a short instruction a person ticks off, not a manual. */
export const PLAN_STEP_MAX_LENGTH = 500;
export const PLAN_MAX_STEPS = 30;
export const PLAN_NEED_MAX_LENGTH = 200;
export const PLAN_MAX_NEEDS = 30;
/** The most people a plan may add to a backlog: the backlog's own limit. */
export const PLAN_MAX_STAFF = BACKLOG_MAX_STAFF;

/** Extra people working a backlog while the plan is active, in the backlog's capacity model. */
export interface PlanCapacity {
  /** The backlog the people work; it may not exist yet (backlogs appear during an outage). */
  backlogKey: string;
  /** People added; fractions are part-timers. Each works at the backlog's items per staff-hour. */
  staff: number;
}

/** A checked continuation plan. */
export interface ContinuationPlan {
  serviceKey: string;
  title: string;
  owner: string;
  /** In the order they are done. */
  steps: string[];
  /** People, equipment and access the plan needs, e.g. "carrier portal login". */
  needs: string[];
  addsCapacity: PlanCapacity | null;
}

/** What someone supplies for a plan, before it is checked. */
export interface ContinuationPlanInput {
  serviceKey: string;
  title: string;
  owner: string;
  steps: readonly string[];
  needs: readonly string[];
  addsCapacity: PlanCapacity | null;
}

function listIssues(
  field: string,
  values: readonly string[],
  maxItems: number,
  maxLength: number,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (values.length > maxItems) {
    issues.push({
      field,
      code: 'TOO_MANY',
      params: { max: maxItems },
      message: `must have at most ${maxItems} entries`,
    });
  }
  values.forEach((value, index) => {
    issues.push(...textIssues(`${field}.${index}`, value, maxLength, true));
  });
  return issues;
}

/** Every problem with a plan, each named by its field; empty when it is fine. */
export function validateContinuationPlan(input: ContinuationPlanInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!SERVICE_KEY_PATTERN.test(input.serviceKey)) {
    issues.push({
      field: 'serviceKey',
      code: 'KEY_FORMAT',
      message: 'must be lowercase letters and digits joined by single hyphens',
    });
  }
  issues.push(...textIssues('title', input.title, PLAN_TITLE_MAX_LENGTH, true));
  issues.push(...textIssues('owner', input.owner, PLAN_OWNER_MAX_LENGTH, true));
  if (input.steps.length === 0) {
    issues.push({ field: 'steps', code: 'REQUIRED', message: 'name at least one step' });
  }
  issues.push(...listIssues('steps', input.steps, PLAN_MAX_STEPS, PLAN_STEP_MAX_LENGTH));
  issues.push(...listIssues('needs', input.needs, PLAN_MAX_NEEDS, PLAN_NEED_MAX_LENGTH));
  const adds = input.addsCapacity;
  if (adds !== null) {
    if (!BACKLOG_KEY_PATTERN.test(adds.backlogKey)) {
      issues.push({
        field: 'addsCapacity.backlogKey',
        code: 'KEY_FORMAT',
        message: 'must be lowercase letters and digits joined by single hyphens',
      });
    }
    if (!Number.isFinite(adds.staff) || adds.staff <= 0 || adds.staff > PLAN_MAX_STAFF) {
      issues.push({
        field: 'addsCapacity.staff',
        code: 'NUMBER_RANGE',
        params: { min: 0, max: PLAN_MAX_STAFF },
        message: `must be more than 0 and at most ${PLAN_MAX_STAFF}`,
      });
    }
  }
  return issues;
}

/** The plan as kept: checked (throws BAD_USER_INPUT with every issue), texts trimmed. */
export function toContinuationPlan(input: ContinuationPlanInput): ContinuationPlan {
  DomainError.assertNoIssues(validateContinuationPlan(input), 'Invalid continuation plan');
  return {
    serviceKey: input.serviceKey,
    title: input.title.trim(),
    owner: input.owner.trim(),
    steps: input.steps.map((step) => step.trim()),
    needs: input.needs.map((need) => need.trim()),
    addsCapacity: input.addsCapacity === null ? null : { ...input.addsCapacity },
  };
}

/** One activation of a plan during an incident; `endedAt` null while it runs. */
export interface PlanActivation {
  planId: string;
  incidentId: string;
  activatedAt: Date;
  endedAt: Date | null;
}

/** An activation with the capacity its plan adds, as the forecast reads it. */
export interface PlanCapacityActivation {
  activatedAt: Date;
  endedAt: Date | null;
  addsCapacity: PlanCapacity | null;
}

/** True when the activation runs at `at`: started by then and not yet ended. */
export function isActivationActiveAt(
  activation: { activatedAt: Date; endedAt: Date | null },
  at: Date,
): boolean {
  const ms = at.getTime();
  return (
    activation.activatedAt.getTime() <= ms &&
    (activation.endedAt === null || activation.endedAt.getTime() > ms)
  );
}

/**
 * Whether the plan may be activated for the incident: only while the incident is being worked
 * on (not RESOLVED), and not a second time while an activation of the same plan for the same
 * incident still runs. Throws CONFLICT with the reason's code otherwise.
 */
export function assertCanActivate(
  incidentStatus: IncidentStatus,
  activationsOfPlanForIncident: readonly PlanActivation[],
): void {
  if (incidentStatus === 'RESOLVED') {
    throw new DomainError(
      'CONFLICT',
      'The incident is resolved: a plan is activated while it runs',
      [{ field: 'incidentId', code: 'INCIDENT_RESOLVED', message: 'the incident is resolved' }],
    );
  }
  if (activationsOfPlanForIncident.some((activation) => activation.endedAt === null)) {
    throw new DomainError('CONFLICT', 'The plan is active for this incident already', [
      { field: 'planId', code: 'ALREADY_ACTIVE', message: 'the plan is active already' },
    ]);
  }
}

/** Ends a running activation at `now`; CONFLICT when it ended already. */
export function endActivation<T extends PlanActivation>(activation: T, now: Date): T {
  if (activation.endedAt !== null) {
    throw new DomainError('CONFLICT', 'The plan has ended already', [
      { field: 'activationId', code: 'ALREADY_ENDED', message: 'the plan has ended already' },
    ]);
  }
  // Never before it started, even with a clock that moved back.
  const endedAt = new Date(Math.max(now.getTime(), activation.activatedAt.getTime()));
  return { ...activation, endedAt };
}

/** A backlog's capacity with the people of active plans added. */
export interface CapacityWithPlans extends BacklogCapacity {
  /** The backlog's own people (or the what-if count). */
  ownStaff: number;
  /** The people the active plans add. */
  planStaff: number;
}

/**
 * The ONE rule for what active continuation plans add to a backlog: the people of every plan
 * activation for the backlog that runs at `asOf` add to the backlog's own staff, each working at
 * the backlog's items per staff-hour. A what-if staff count stands for the backlog's own people
 * and replaces only them: the plans' people still add (ADR 0018), so a what-if with today's
 * staff gives today's forecast.
 */
export function capacityWithActivePlans(
  base: BacklogCapacity,
  activations: readonly PlanCapacityActivation[],
  question: { backlogKey: string; asOf: Date; whatIfStaff?: number | null },
): CapacityWithPlans {
  const ownStaff = question.whatIfStaff ?? base.staff;
  let planStaff = 0;
  for (const activation of activations) {
    const adds = activation.addsCapacity;
    if (adds === null || adds.backlogKey !== question.backlogKey) continue;
    if (isActivationActiveAt(activation, question.asOf)) planStaff += adds.staff;
  }
  return {
    staff: ownStaff + planStaff,
    itemsPerStaffHour: base.itemsPerStaffHour,
    ownStaff,
    planStaff,
  };
}
