import { DomainError } from '../shared/domain-error';

/** Where a recovery task stands. */
export const RECOVERY_TASK_STATUSES = ['TODO', 'IN_PROGRESS', 'BLOCKED', 'DONE'] as const;

export type RecoveryTaskStatus = (typeof RECOVERY_TASK_STATUSES)[number];

/**
 * The one transition table. Work can start, stall and resume freely; a blocked task must be
 * unblocked (back to TODO or IN_PROGRESS) before it counts as done; a done task can be reopened
 * into IN_PROGRESS when it turns out not to be done.
 */
export const RECOVERY_TASK_TRANSITIONS: Readonly<
  Record<RecoveryTaskStatus, readonly RecoveryTaskStatus[]>
> = {
  TODO: ['IN_PROGRESS', 'BLOCKED', 'DONE'],
  IN_PROGRESS: ['TODO', 'BLOCKED', 'DONE'],
  BLOCKED: ['TODO', 'IN_PROGRESS'],
  DONE: ['IN_PROGRESS'],
};

/** True when the value is a recovery task status. */
export function isRecoveryTaskStatus(value: string): value is RecoveryTaskStatus {
  return (RECOVERY_TASK_STATUSES as readonly string[]).includes(value);
}

/** Whether a task may move from `from` to `to`. */
export function canTransitionRecoveryTask(
  from: RecoveryTaskStatus,
  to: RecoveryTaskStatus,
): boolean {
  return RECOVERY_TASK_TRANSITIONS[from].includes(to);
}

/** Throws `BAD_USER_INPUT` on the `status` field, with the reason, unless the move is allowed. */
export function assertRecoveryTaskTransition(
  from: RecoveryTaskStatus,
  to: RecoveryTaskStatus,
): void {
  if (!canTransitionRecoveryTask(from, to)) {
    const reason =
      from === to
        ? `The task is already ${from}.`
        : `A task cannot move from ${from} to ${to}; allowed next: ${RECOVERY_TASK_TRANSITIONS[from].join(', ')}.`;
    throw new DomainError('BAD_USER_INPUT', reason, [{ field: 'status', message: reason }]);
  }
}
