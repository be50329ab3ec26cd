import { DEFAULT_WORKING_CALENDAR, type WorkingCalendar } from '../calendar/working-calendar';
import { addWorkingHours, workingHoursBetween } from '../calendar/working-time';
import { assertNoTaskCycle, isOpenRecoveryTask, type RecoveryTask } from './recovery-task';

export interface RecoveryPlan {
  /** Ids of the longest chain of open work, first step first. Empty when nothing is open. */
  criticalPath: string[];
  /** Remaining working minutes along the critical path. */
  criticalPathMinutes: number;
  /**
   * `now` plus the critical path in working time: when the last open task should be done;
   * `null` when none is open.
   */
  expectedCompletionAt: Date | null;
  /** Open tasks without an estimate: they count as 0 minutes, so the completion time is too early. */
  unestimatedTaskIds: string[];
  openTaskCount: number;
  doneTaskCount: number;
}

/**
 * Working minutes a task still needs: its estimate, less the working time already spent when it
 * is in progress (never below 0). Done tasks need none; unestimated ones count as 0.
 */
export function remainingMinutes(
  task: RecoveryTask,
  now: Date,
  calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR,
): number {
  if (!isOpenRecoveryTask(task) || task.estimateMinutes === null) {
    return 0;
  }
  if (task.status === 'IN_PROGRESS' && task.startedAt !== null) {
    const spent =
      task.startedAt < now ? workingHoursBetween(calendar, task.startedAt, now) * 60 : 0;
    return Math.max(0, task.estimateMinutes - spent);
  }
  return task.estimateMinutes;
}

/**
 * The plan's critical path and completion time. Assumes every task has its own people, so
 * independent tasks run in parallel and only dependency chains add up: the critical path is the
 * chain of open tasks with the most remaining minutes, and the plan completes that much working
 * time after `now`. Estimates are working time, spent in `calendar` — by default the same
 * Monday–Friday calendar a backlog's forecast uses — so the plan and the forecasts count on one
 * basis. Rejects a dependency cycle like `rankRecoveryTasks`.
 */
export function recoveryPlan(
  tasks: readonly RecoveryTask[],
  now: Date,
  calendar: WorkingCalendar = DEFAULT_WORKING_CALENDAR,
): RecoveryPlan {
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
    const minutes = before + remainingMinutes(task, now, calendar);
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
    expectedCompletionAt: last === null ? null : addWorkingHours(calendar, now, longest / 60),
    unestimatedTaskIds: open.filter((task) => task.estimateMinutes === null).map((task) => task.id),
    openTaskCount: open.length,
    doneTaskCount: tasks.length - open.length,
  };
}
