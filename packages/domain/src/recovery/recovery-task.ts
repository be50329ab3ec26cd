import { DomainError, type FieldIssue } from '../shared/domain-error';
import { findDependencyCycle } from '../service-graph/service-graph';
import {
  assertRecoveryTaskTransition,
  isRecoveryTaskStatus,
  type RecoveryTaskStatus,
} from './recovery-task-status';

/** A person's decision to place a task at a given rank, and why. */
export interface RecoveryOverride {
  /** The requested position, 1 = first. */
  rank: number;
  reason: string;
}

/** One step of an incident's recovery plan. */
export interface RecoveryTask {
  id: string;
  title: string;
  /** The service the task restores, if it restores one. */
  serviceKey: string | null;
  owner: string | null;
  /** Expected working time in minutes; `null` when nobody has estimated it yet. */
  estimateMinutes: number | null;
  status: RecoveryTaskStatus;
  /** Ids of tasks (of the same incident) that must be done first. */
  dependsOn: string[];
  override: RecoveryOverride | null;
  /**
   * True when doing the task gives customers a public word (status page, e-mail): it ends the
   * silence, so it ranks higher while the incident owes one.
   */
  tellsCustomers: boolean;
  /** When work first started (set on the first move to IN_PROGRESS). */
  startedAt: Date | null;
  /** When the task was done; `null` unless DONE. */
  completedAt: Date | null;
}

/** What a responder supplies to add a task. */
export interface RecoveryTaskInput {
  title: string;
  serviceKey?: string | null;
  owner?: string | null;
  estimateMinutes?: number | null;
  dependsOn?: readonly string[];
  override?: RecoveryOverride | null;
  tellsCustomers?: boolean;
}

/** Changes to a task. `null` clears a field; an absent field stays as it is. */
export interface RecoveryTaskChanges {
  title?: string;
  serviceKey?: string | null;
  owner?: string | null;
  estimateMinutes?: number | null;
  dependsOn?: readonly string[];
  override?: RecoveryOverride | null;
  tellsCustomers?: boolean;
  status?: RecoveryTaskStatus;
}

/** What a task is checked against: the incident's other tasks and the known services. */
export interface RecoveryTaskContext {
  /** Every task of the incident (the one being changed included or not). */
  tasks: readonly RecoveryTask[];
  serviceKeys: Iterable<string>;
}

export const TASK_TITLE_MAX_LENGTH = 200;
export const TASK_OWNER_MAX_LENGTH = 200;
export const OVERRIDE_REASON_MAX_LENGTH = 500;
/** One year in minutes. */
export const TASK_ESTIMATE_MAX_MINUTES = 525_600;
export const OVERRIDE_RANK_MAX = 10_000;

/** True for tasks that still need work (everything but DONE). */
export function isOpenRecoveryTask(task: Pick<RecoveryTask, 'status'>): boolean {
  return task.status !== 'DONE';
}

/** Creates a task in TODO. Throws `BAD_USER_INPUT` listing every problem. */
export function createRecoveryTask(
  input: RecoveryTaskInput,
  identity: { id: string },
  context: RecoveryTaskContext,
): RecoveryTask {
  const task: RecoveryTask = {
    id: identity.id,
    title: input.title.trim(),
    serviceKey: input.serviceKey ?? null,
    owner: normaliseOptional(input.owner),
    estimateMinutes: input.estimateMinutes ?? null,
    status: 'TODO',
    dependsOn: [...(input.dependsOn ?? [])],
    override: normaliseOverride(input.override),
    tellsCustomers: input.tellsCustomers ?? false,
    startedAt: null,
    completedAt: null,
  };
  DomainError.assertNoIssues(validateTask(task, context), 'Invalid recovery task');
  return task;
}

/**
 * Applies changes to a task. A status change goes through the transition table and records
 * `startedAt` / `completedAt` at `now`. Throws `BAD_USER_INPUT` listing every problem.
 */
export function reviseRecoveryTask(
  task: RecoveryTask,
  changes: RecoveryTaskChanges,
  context: RecoveryTaskContext,
  now: Date,
): RecoveryTask {
  let revised: RecoveryTask = {
    ...task,
    title: changes.title !== undefined ? changes.title.trim() : task.title,
    serviceKey: changes.serviceKey !== undefined ? changes.serviceKey : task.serviceKey,
    owner: changes.owner !== undefined ? normaliseOptional(changes.owner) : task.owner,
    estimateMinutes:
      changes.estimateMinutes !== undefined ? changes.estimateMinutes : task.estimateMinutes,
    dependsOn: changes.dependsOn !== undefined ? [...changes.dependsOn] : task.dependsOn,
    override: changes.override !== undefined ? normaliseOverride(changes.override) : task.override,
    tellsCustomers: changes.tellsCustomers ?? task.tellsCustomers,
  };
  const issues = validateTask(revised, context);
  if (changes.status !== undefined && !isRecoveryTaskStatus(changes.status)) {
    issues.push({
      field: 'status',
      code: 'ONE_OF',
      params: { values: ['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE'] },
      message: 'must be one of TODO, IN_PROGRESS, BLOCKED, DONE',
    });
  }
  DomainError.assertNoIssues(issues, 'Invalid recovery task');
  if (changes.status !== undefined && changes.status !== task.status) {
    revised = transitionRecoveryTask(revised, changes.status, now);
  }
  return revised;
}

/** Moves a task through the transition table, recording when work started and ended. */
export function transitionRecoveryTask(
  task: RecoveryTask,
  to: RecoveryTaskStatus,
  now: Date,
): RecoveryTask {
  assertRecoveryTaskTransition(task.status, to);
  return {
    ...task,
    status: to,
    startedAt: task.startedAt ?? (to === 'IN_PROGRESS' || to === 'DONE' ? now : null),
    completedAt: to === 'DONE' ? now : null,
  };
}

/**
 * Throws `BAD_USER_INPUT` naming the loop by task titles ("Task dependency cycle: A -> B -> A")
 * when the tasks' dependencies loop.
 */
export function assertNoTaskCycle(tasks: readonly RecoveryTask[]): void {
  const cycle = findDependencyCycle(
    tasks.map((task) => ({ key: task.id, dependsOn: task.dependsOn })),
  );
  if (cycle !== null) {
    const titles = new Map(tasks.map((task) => [task.id, task.title]));
    const described = cycle.map((id) => `"${titles.get(id) ?? id}"`).join(' -> ');
    throw new DomainError('BAD_USER_INPUT', `Task dependency cycle: ${described}`, [
      {
        field: 'dependsOn',
        code: 'DEPENDENCY_CYCLE',
        params: { cycle: cycle.map((id) => titles.get(id) ?? id) },
        message: `would create the dependency cycle ${described}`,
      },
    ]);
  }
}

function validateTask(task: RecoveryTask, context: RecoveryTaskContext): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (task.title.length === 0) {
    issues.push({ field: 'title', code: 'REQUIRED', message: 'is required' });
  } else if (task.title.length > TASK_TITLE_MAX_LENGTH) {
    issues.push({
      field: 'title',
      code: 'TOO_LONG',
      params: { max: TASK_TITLE_MAX_LENGTH },
      message: `must be at most ${TASK_TITLE_MAX_LENGTH} characters`,
    });
  }
  if ((task.owner ?? '').length > TASK_OWNER_MAX_LENGTH) {
    issues.push({
      field: 'owner',
      code: 'TOO_LONG',
      params: { max: TASK_OWNER_MAX_LENGTH },
      message: `must be at most ${TASK_OWNER_MAX_LENGTH} characters`,
    });
  }
  if (task.serviceKey !== null && !new Set(context.serviceKeys).has(task.serviceKey)) {
    issues.push({ field: 'serviceKey', message: `unknown service: ${task.serviceKey}` });
  }
  const estimate = task.estimateMinutes;
  if (
    estimate !== null &&
    (!Number.isInteger(estimate) || estimate < 0 || estimate > TASK_ESTIMATE_MAX_MINUTES)
  ) {
    issues.push({
      field: 'estimateMinutes',
      code: 'MINUTES_RANGE',
      params: { max: TASK_ESTIMATE_MAX_MINUTES },
      message: `must be a whole number of minutes from 0 to ${TASK_ESTIMATE_MAX_MINUTES}`,
    });
  }
  if (task.override !== null) {
    const { rank, reason } = task.override;
    if (!Number.isInteger(rank) || rank < 1 || rank > OVERRIDE_RANK_MAX) {
      issues.push({
        field: 'override.rank',
        code: 'NUMBER_RANGE',
        params: { min: 1, max: OVERRIDE_RANK_MAX },
        message: `must be a whole number from 1 to ${OVERRIDE_RANK_MAX}`,
      });
    }
    if (reason.length === 0) {
      issues.push({ field: 'override.reason', message: 'is required: say why the order changes' });
    } else if (reason.length > OVERRIDE_REASON_MAX_LENGTH) {
      issues.push({
        field: 'override.reason',
        code: 'TOO_LONG',
        params: { max: OVERRIDE_REASON_MAX_LENGTH },
        message: `must be at most ${OVERRIDE_REASON_MAX_LENGTH} characters`,
      });
    }
  }
  issues.push(...validateTaskDependencies(task, context.tasks));
  return issues;
}

function validateTaskDependencies(
  task: RecoveryTask,
  tasks: readonly RecoveryTask[],
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const duplicates = [
    ...new Set(task.dependsOn.filter((id, index) => task.dependsOn.indexOf(id) !== index)),
  ];
  if (duplicates.length > 0) {
    issues.push({ field: 'dependsOn', message: `lists ${duplicates.join(', ')} more than once` });
  }
  if (task.dependsOn.includes(task.id)) {
    issues.push({ field: 'dependsOn', message: 'a task cannot depend on itself' });
    return issues;
  }
  const known = new Set(tasks.map((other) => other.id));
  const unknown = task.dependsOn.filter((id) => !known.has(id));
  if (unknown.length > 0) {
    issues.push({
      field: 'dependsOn',
      message: `unknown ${unknown.length === 1 ? 'task' : 'tasks'} of this incident: ${unknown.join(', ')}`,
    });
    return issues;
  }
  try {
    assertNoTaskCycle([task, ...tasks.filter((other) => other.id !== task.id)]);
  } catch (error) {
    issues.push(...(error as DomainError).issues);
  }
  return issues;
}

function normaliseOptional(value: string | null | undefined): string | null {
  const trimmed = (value ?? '').trim();
  return trimmed.length === 0 ? null : trimmed;
}

function normaliseOverride(override: RecoveryOverride | null | undefined): RecoveryOverride | null {
  return override ? { rank: override.rank, reason: override.reason.trim() } : null;
}
