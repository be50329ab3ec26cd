import { assertNoTaskCycle, isOpenRecoveryTask, type RecoveryTask } from './recovery-task';

export interface RecoveryPlan {
  /** Ids of the longest chain of open work, first step first. Empty when nothing is open. */
  criticalPath: string[];
  /** Remaining minutes along the critical path. */
  criticalPathMinutes: number;
  /** `now` plus the critical path: when the last open task should be done; `null` when none is open. */
  expectedCompletionAt: Date | null;
  /** Open tasks without an estimate: they count as 0 minutes, so the completion time is too early. */
  unestimatedTaskIds: string[];
  openTaskCount: number;
  doneTaskCount: number;
}

const MINUTE = 60_000;

/**
 * Minutes of work a task still needs: its estimate, less the time already spent when it is in
 * progress (never below 0). Done tasks need none; unestimated ones count as 0.
 */
export function remainingMinutes(task: RecoveryTask, now: Date): number {
  if (!isOpenRecoveryTask(task) || task.estimateMinutes === null) {
    return 0;
  }
  if (task.status === 'IN_PROGRESS' && task.startedAt !== null) {
    const spent = (now.getTime() - task.startedAt.getTime()) / MINUTE;
    return Math.max(0, task.estimateMinutes - Math.max(0, spent));
  }
  return task.estimateMinutes;
}

/**
 * The plan's critical path and completion time. Assumes every task has its own people, so
 * independent tasks run in parallel and only dependency chains add up: the critical path is the
 * chain of open tasks with the most remaining minutes, and the plan completes that long after
 * `now`. Rejects a dependency cycle like `rankRecoveryTasks`.
 */
export function recoveryPlan(tasks: readonly RecoveryTask[], now: Date): RecoveryPlan {
  assertNoTaskCycle(tasks);
  const open = tasks.filter(isOpenRecoveryTask);
  const byId = new Map(open.map((task) => [task.id, task]));
  // finish[id] = remaining minutes of the longest open chain ending with task id.
  const finish = new Map<string, { minutes: number; previous: string | null }>();
  const longestEndingAt = (task: RecoveryTask): number => {
    const known = finish.get(task.id);
    if (known !== undefined) {
      return known.minutes;
    }
    let previous: string | null = null;
    let before = 0;
    for (const dependencyId of task.dependsOn) {
      const dependency = byId.get(dependencyId);
      if (dependency !== undefined) {
        const minutes = longestEndingAt(dependency);
        if (minutes > before || previous === null) {
          before = minutes;
          previous = dependencyId;
        }
      }
    }
    const minutes = before + remainingMinutes(task, now);
    finish.set(task.id, { minutes, previous });
    return minutes;
  };

  let last: string | null = null;
  let longest = 0;
  for (const task of open) {
    const minutes = longestEndingAt(task);
    if (last === null || minutes > longest) {
      last = task.id;
      longest = minutes;
    }
  }
  const criticalPath: string[] = [];
  for (let id = last; id !== null; id = finish.get(id)?.previous ?? null) {
    criticalPath.unshift(id);
  }
  return {
    criticalPath,
    criticalPathMinutes: Math.round(longest),
    expectedCompletionAt: last === null ? null : new Date(now.getTime() + longest * MINUTE),
    unestimatedTaskIds: open.filter((task) => task.estimateMinutes === null).map((task) => task.id),
    openTaskCount: open.length,
    doneTaskCount: tasks.length - open.length,
  };
}
