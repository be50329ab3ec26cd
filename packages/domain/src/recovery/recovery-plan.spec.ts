import { DEFAULT_WORKING_CALENDAR } from '../calendar/working-calendar';
import { DomainError } from '../shared/domain-error';
import { recoveryPlan, remainingMinutes } from './recovery-plan';
import type { RecoveryTask } from './recovery-task';
import { formatDurationMinutes, joinAsList } from './duration-text';

const now = new Date('2018-10-05T10:00:00Z');
const minutesAfterNow = (minutes: number): Date => new Date(now.getTime() + minutes * 60_000);

function task(
  id: string,
  estimateMinutes: number | null,
  extra: Partial<RecoveryTask> = {},
): RecoveryTask {
  return {
    id,
    title: id,
    serviceKey: null,
    owner: null,
    estimateMinutes,
    status: 'TODO',
    dependsOn: [],
    override: null,
    tellsCustomers: false,
    startedAt: null,
    completedAt: null,
    ...extra,
  };
}

describe('recoveryPlan', () => {
  it('finds the longest chain of open work and when it completes', () => {
    const plan = recoveryPlan(
      [
        task('server', 480),
        task('orders', 1440, { dependsOn: ['server'] }),
        task('phones', 240, { dependsOn: ['server'] }),
        task('labels', 120, { dependsOn: ['orders'] }),
        task('inbox', 2000),
        task('old', 9999, { status: 'DONE' }),
      ],
      now,
    );
    expect(plan).toEqual({
      criticalPath: ['server', 'orders', 'labels'],
      criticalPathMinutes: 2040,
      // 34 working hours from Friday 12:00 in Berlin, Monday to Friday 08:00–17:00.
      expectedCompletionAt: new Date('2018-10-11T08:00:00Z'),
      unestimatedTaskIds: [],
      openTaskCount: 5,
      doneTaskCount: 1,
    });
  });

  it('counts only what is left of tasks in progress, and nothing for done prerequisites', () => {
    const plan = recoveryPlan(
      [
        task('server', 480, { status: 'DONE' }),
        task('orders', 600, {
          dependsOn: ['server'],
          status: 'IN_PROGRESS',
          startedAt: minutesAfterNow(-120),
        }),
        task('labels', 60, { dependsOn: ['orders'] }),
      ],
      now,
    );
    expect(plan.criticalPath).toEqual(['orders', 'labels']);
    expect(plan.criticalPathMinutes).toBe(540);
  });

  it('lists unestimated tasks, which count as zero', () => {
    const plan = recoveryPlan([task('a', null), task('b', 30, { dependsOn: ['a'] })], now);
    expect(plan.criticalPath).toEqual(['a', 'b']);
    expect(plan.criticalPathMinutes).toBe(30);
    expect(plan.unestimatedTaskIds).toEqual(['a']);
  });

  it('has no completion time when nothing is open', () => {
    expect(recoveryPlan([task('a', 10, { status: 'DONE' })], now)).toMatchObject({
      criticalPath: [],
      criticalPathMinutes: 0,
      expectedCompletionAt: null,
      openTaskCount: 0,
      doneTaskCount: 1,
    });
  });

  it('rejects a dependency cycle', () => {
    expect(() => recoveryPlan([task('a', 1, { dependsOn: ['a'] })], now)).toThrow(DomainError);
  });

  it.each<[RecoveryTask, number]>([
    [task('done', 60, { status: 'DONE' }), 0],
    [task('unestimated', null), 0],
    [task('todo', 60), 60],
    [task('overrun', 60, { status: 'IN_PROGRESS', startedAt: minutesAfterNow(-90) }), 0],
    [task('not started yet', 60, { status: 'IN_PROGRESS', startedAt: minutesAfterNow(30) }), 60],
    [task('blocked', 45, { status: 'BLOCKED', startedAt: minutesAfterNow(-30) }), 45],
  ])('remaining minutes of %o is %p', (candidate, expected) => {
    expect(remainingMinutes(candidate, now)).toBe(expected);
  });
});

describe('the plan counts working time, like the backlog forecasts', () => {
  it('spends estimates in the working calendar: 8 h from Friday 12:00 end Monday 11:00', () => {
    const plan = recoveryPlan([task('answer e-mails', 480)], now);
    expect(plan.expectedCompletionAt).toEqual(new Date('2018-10-08T09:00:00Z'));
  });

  it('uses the calendar it is given (the same kind every backlog forecast uses)', () => {
    const everyDayFrom6To22 = {
      timeZone: 'Europe/Berlin',
      workingHours: ([1, 2, 3, 4, 5, 6, 7] as const).map((weekday) => ({
        weekday,
        start: '06:00',
        end: '22:00',
      })),
      holidays: [],
    };
    // Friday 12:00 + 12 h: 10 h until 22:00, then Saturday 06:00 + 2 h = 08:00 in Berlin.
    expect(recoveryPlan([task('a', 720)], now, everyDayFrom6To22).expectedCompletionAt).toEqual(
      new Date('2018-10-06T06:00:00Z'),
    );
    expect(
      recoveryPlan([task('a', 480)], now, DEFAULT_WORKING_CALENDAR).expectedCompletionAt,
    ).toEqual(new Date('2018-10-08T09:00:00Z'));
  });

  it('counts only the working time already spent on a task in progress', () => {
    // Started Thursday 16:00 in Berlin: 20 clock hours ago, 5 working hours ago.
    const started = task('orders', 600, {
      status: 'IN_PROGRESS',
      startedAt: new Date('2018-10-04T14:00:00Z'),
    });
    expect(remainingMinutes(started, now)).toBe(300);
  });
});

describe('duration and list wording', () => {
  it.each<[number, string]>([
    [0, '0 min'],
    [45, '45 min'],
    [60, '1 h'],
    [150, '2 h 30 min'],
    [47 * 60 + 59, '47 h 59 min'],
    [48 * 60, '2 days'],
    [3 * 1440 + 4 * 60, '3 days 4 h'],
    [-5, '0 min'],
  ])('%p minutes read as "%s"', (minutes, text) => {
    expect(formatDurationMinutes(minutes)).toBe(text);
  });

  it.each<[string[], string]>([
    [[], ''],
    [['A'], 'A'],
    [['A', 'B'], 'A and B'],
    [['A', 'B', 'C'], 'A, B and C'],
  ])('joins %j as "%s"', (items, text) => {
    expect(joinAsList(items)).toBe(text);
  });

  it('abbreviates beyond the maximum', () => {
    expect(joinAsList(['A', 'B', 'C'], 2)).toBe('A, B and 1 more');
    expect(joinAsList(['A', 'B', 'C'], 1, 'tasks')).toBe('A and 2 more tasks');
  });
});
