import fc from 'fast-check';
import type { ServiceImpact } from '../incident/incident';
import { DomainError } from '../shared/domain-error';
import {
  RANKING_POINTS,
  rankRecoveryTasks,
  type RankedRecoveryTask,
  type RankingBacklog,
  type RankingService,
} from './recovery-ranking';
import type { RecoveryTask } from './recovery-task';
import { RECOVERY_TASK_STATUSES } from './recovery-task-status';

const friday = new Date('2018-10-05T06:00:00Z');
const hours = (count: number): Date => new Date(friday.getTime() + count * 3_600_000);

const services: RankingService[] = [
  { key: 'main-server', name: 'Main server', tier: 1, rtoMinutes: 240, dependsOn: [] },
  {
    key: 'order-database',
    name: 'Order database',
    tier: 1,
    rtoMinutes: 240,
    dependsOn: ['main-server'],
  },
  {
    key: 'phone-system',
    name: 'Phone system',
    tier: 2,
    rtoMinutes: 480,
    dependsOn: ['main-server'],
  },
  {
    key: 'carrier-labels',
    name: 'Carrier labels',
    tier: 2,
    rtoMinutes: 480,
    dependsOn: ['order-database'],
  },
  { key: 'email-inbox', name: 'E-mail inbox', tier: 2, rtoMinutes: 1440, dependsOn: [] },
  {
    key: 'customer-replies',
    name: 'Customer replies',
    tier: 2,
    rtoMinutes: 1440,
    dependsOn: ['order-database', 'email-inbox'],
  },
  {
    key: 'shop-order-status',
    name: 'Shop order status',
    tier: 3,
    rtoMinutes: 2880,
    dependsOn: ['order-database'],
  },
  { key: 'newsletter', name: 'Newsletter', tier: 4, rtoMinutes: 10080, dependsOn: [] },
];

const impacts: ServiceImpact[] = [
  { serviceKey: 'order-database', status: 'MAJOR_OUTAGE', since: friday, until: null },
  { serviceKey: 'phone-system', status: 'MAJOR_OUTAGE', since: friday, until: null },
  { serviceKey: 'carrier-labels', status: 'MAJOR_OUTAGE', since: friday, until: null },
  { serviceKey: 'shop-order-status', status: 'DEGRADED_PERFORMANCE', since: friday, until: null },
  { serviceKey: 'email-inbox', status: 'PARTIAL_OUTAGE', since: friday, until: hours(1) },
];

const backlogs: RankingBacklog[] = [
  { key: 'emails', name: 'Unanswered e-mails', open: 3500, serviceKeys: ['customer-replies'] },
  { key: 'parcels', name: 'Parcels not shipped', open: 180, serviceKeys: ['carrier-labels'] },
  { key: 'callbacks', name: 'Call-backs', open: 0, serviceKeys: ['phone-system'] },
];

function task(id: string, title: string, extra: Partial<RecoveryTask> = {}): RecoveryTask {
  return {
    id,
    title,
    serviceKey: null,
    owner: null,
    estimateMinutes: 60,
    status: 'TODO',
    dependsOn: [],
    override: null,
    tellsCustomers: false,
    startedAt: null,
    completedAt: null,
    ...extra,
  };
}

const storyTasks: RecoveryTask[] = [
  task('phones', 'Restore the phone system', { serviceKey: 'phone-system', dependsOn: ['server'] }),
  task('news', 'Resend the newsletter', { serviceKey: 'newsletter' }),
  task('orders', 'Reconstruct order data', { serviceKey: 'order-database', dependsOn: ['server'] }),
  task('labels', 'Reinstall carrier label software', {
    serviceKey: 'carrier-labels',
    dependsOn: ['orders'],
  }),
  task('server', 'Replace the failed server', { estimateMinutes: 480 }),
  task('inbox', 'Check the e-mail inbox', { serviceKey: 'email-inbox', status: 'DONE' }),
];

const rank = (tasks: readonly RecoveryTask[], now = hours(6)): RankedRecoveryTask[] =>
  rankRecoveryTasks({ tasks, services, impacts, backlogs }, now);
const byId = (ranked: readonly RankedRecoveryTask[], id: string): RankedRecoveryTask =>
  ranked.find((candidate) => candidate.id === id) as RankedRecoveryTask;

describe('rankRecoveryTasks on the story', () => {
  const ranked = rank(storyTasks);

  it('puts the server first, then order data reconstruction, and the newsletter last', () => {
    expect(ranked.map((t) => [t.id, t.rank])).toEqual([
      ['server', 1],
      ['orders', 2],
      ['labels', 3],
      ['phones', 4],
      ['news', 5],
      ['inbox', null],
    ]);
  });

  it('gives every reason as a code with the names and numbers its sentence says', () => {
    expect(
      byId(ranked, 'orders').reasonDetails.map(({ code, params }) => ({ code, params })),
    ).toEqual([
      { code: 'RTO_PASSED', params: { rtoMinutes: 240, minutesLeft: -120 } },
      {
        code: 'BLOCKS_SERVICES',
        params: {
          count: 3,
          serviceNames: ['Carrier labels', 'Customer replies', 'Shop order status'],
        },
      },
      {
        code: 'HOLDS_UP_BACKLOGS',
        params: {
          count: 2,
          openItems: 3680,
          backlogNames: ['Unanswered e-mails', 'Parcels not shipped'],
          backlogOpen: [3500, 180],
        },
      },
      {
        code: 'TIER',
        params: { tier: 1, serviceKey: 'order-database', serviceName: 'Order database' },
      },
      {
        code: 'OUTAGE',
        params: {
          status: 'MAJOR_OUTAGE',
          serviceKey: 'order-database',
          serviceName: 'Order database',
        },
      },
      {
        code: 'NEEDED_BY_TASKS',
        params: { count: 1, titles: ['Reinstall carrier label software'] },
      },
      { code: 'WAITS_FOR', params: { count: 1, titles: ['Replace the failed server'] } },
    ]);
  });

  it('explains order data reconstruction in plain sentences', () => {
    expect(byId(ranked, 'orders').reasons).toEqual([
      'RTO of 4 h passed 2 h ago',
      'Blocks Carrier labels, Customer replies and Shop order status',
      'Holds up Unanswered e-mails (3,500 open) and Parcels not shipped (180 open)',
      'Order database is a tier 1 service',
      'Order database has a major outage',
      'Needed first by "Reinstall carrier label software"',
      'Waits for "Replace the failed server"',
    ]);
    expect(byId(ranked, 'orders').breakdown).toEqual({
      tier: 40,
      rto: 40,
      dependents: 24,
      backlogs: 10,
      customers: 10 + 18,
      communication: 0,
      total: 142,
    });
  });

  it('makes a prerequisite as urgent as the most urgent task waiting for it', () => {
    const server = byId(ranked, 'server');
    expect(server.breakdown.total).toBe(0);
    expect(server.score).toBe(byId(ranked, 'orders').score);
    expect(server.scoreInheritedFrom).toBe('orders');
    expect(server.reasons[0]).toBe(
      'Needed first by "Restore the phone system" and "Reconstruct order data"',
    );
  });

  it('counts the RTO of a service without its own impact from when its dependents went down', () => {
    const withServerService = rankRecoveryTasks(
      {
        tasks: [task('server', 'Replace the failed server', { serviceKey: 'main-server' })],
        services,
        impacts,
      },
      hours(3),
    );
    expect(withServerService[0]?.reasons).toContain('RTO of 4 h runs out in 1 h');
    expect(withServerService[0]?.breakdown.rto).toBe(30);
  });

  it('says when a service already runs again and gives it no RTO points', () => {
    const ranked = rank([task('inbox', 'Check the e-mail inbox', { serviceKey: 'email-inbox' })]);
    expect(ranked[0]?.reasons[0]).toBe('E-mail inbox is running again');
    expect(ranked[0]?.breakdown.rto).toBe(0);
  });

  it.each<[number, number, string]>([
    [-120, 40, 'RTO of 4 h passed 2 h ago'],
    [0, 40, 'RTO of 4 h passed 0 min ago'],
    [30, 30, 'RTO of 4 h runs out in 30 min'],
    [210, 20, 'RTO of 4 h runs out in 3 h 30 min'],
    [440, 10, 'RTO of 4 h runs out in 7 h 20 min'],
    [1441, 0, 'RTO of 4 h runs out in 24 h 1 min'],
  ])('with %p minutes left to the RTO gives %p points', (minutesLeft, points, text) => {
    const now = new Date(friday.getTime() + (240 - minutesLeft) * 60_000);
    const ranked = rank(
      [task('orders', 'Reconstruct order data', { serviceKey: 'order-database' })],
      now,
    );
    expect(ranked[0]?.breakdown.rto).toBe(points);
    expect(ranked[0]?.reasons[0]).toBe(text);
  });
});

describe('manual overrides', () => {
  it('win over the score, pull their prerequisites forward and say so', () => {
    const tasks = storyTasks.map((t) =>
      t.id === 'news'
        ? { ...t, override: { rank: 1, reason: 'Customers ask whether we still exist' } }
        : t,
    );
    const ranked = rank(tasks);
    expect(ranked.map((t) => t.id).slice(0, 2)).toEqual(['news', 'server']);
    expect(byId(ranked, 'news').reasons[0]).toBe(
      'Manually placed at rank 1: Customers ask whether we still exist',
    );
  });

  it('cannot jump the tasks they depend on; those are pulled forward and the gap is explained', () => {
    const tasks = storyTasks.map((t) =>
      t.id === 'phones' ? { ...t, override: { rank: 1, reason: 'Customers cannot reach us' } } : t,
    );
    const ranked = rank(tasks);
    expect(ranked.map((t) => t.id).slice(0, 3)).toEqual(['server', 'phones', 'orders']);
    expect(byId(ranked, 'phones').reasons.slice(0, 2)).toEqual([
      'Manually placed at rank 1: Customers cannot reach us',
      'Ranks 2 instead of 1: the tasks it depends on must come first',
    ]);
    expect(byId(ranked, 'server').reasons[0]).toBe(
      'Needed first by "Restore the phone system", which was placed manually at rank 1',
    );
  });

  it('wait for their rank while other work is available, and explain clashes', () => {
    const tasks = [
      task('a', 'A', { override: { rank: 2, reason: 'second' } }),
      task('b', 'B', { override: { rank: 2, reason: 'also second' } }),
      task('c', 'C', { serviceKey: 'newsletter' }),
      task('d', 'D', { override: { rank: 9, reason: 'last' } }),
    ];
    const ranked = rank(tasks);
    expect(ranked.map((t) => t.id)).toEqual(['c', 'a', 'b', 'd']);
    expect(byId(ranked, 'b').reasons[1]).toBe(
      'Ranks 3 instead of 2: other manually placed tasks come first',
    );
    expect(byId(ranked, 'd').reasons[1]).toBe(
      'Ranks 4 instead of 9: fewer tasks come before it than the rank asks for',
    );
  });
});

describe('rankRecoveryTasks edge cases', () => {
  it('rejects a dependency cycle, naming the tasks', () => {
    const looping = [
      task('a', 'Restore backups', { dependsOn: ['b'] }),
      task('b', 'Fix storage', { dependsOn: ['a'] }),
    ];
    expect(() => rank(looping)).toThrow(
      'Task dependency cycle: "Restore backups" -> "Fix storage" -> "Restore backups"',
    );
    expect(() => rank(looping)).toThrow(DomainError);
  });

  it('ranks nothing when there are no tasks', () => {
    expect(rank([])).toEqual([]);
  });

  it('marks blocked tasks and shows done ones unranked', () => {
    const ranked = rank([
      task('x', 'Call the carrier', { status: 'BLOCKED' }),
      task('y', 'Done already', { status: 'DONE' }),
    ]);
    expect(byId(ranked, 'x').reasons).toEqual(['Marked as blocked']);
    expect(byId(ranked, 'y')).toMatchObject({ rank: null, reasons: ['Done'] });
  });

  it('ignores dependencies on done tasks and tasks of unknown services', () => {
    const ranked = rank([
      task('after', 'After', { dependsOn: ['before'], serviceKey: 'ghost' }),
      task('before', 'Before', { status: 'DONE' }),
    ]);
    expect(byId(ranked, 'after')).toMatchObject({ rank: 1, score: 0, reasons: [] });
  });

  it('abbreviates long lists of blocked services', () => {
    const many: RankingService[] = [
      { key: 'core', name: 'Core', tier: 1, rtoMinutes: 60, dependsOn: [] },
      ...['a', 'b', 'c', 'd', 'e', 'f', 'g'].map((key) => ({
        key,
        name: key.toUpperCase(),
        tier: 3,
        rtoMinutes: 60,
        dependsOn: ['core'],
      })),
    ];
    const ranked = rankRecoveryTasks(
      { tasks: [task('t', 'Fix core', { serviceKey: 'core' })], services: many, impacts: [] },
      friday,
    );
    expect(ranked[0]?.reasons[0]).toBe('Blocks A, B, C, D, E and 2 more services');
    expect(ranked[0]?.breakdown.dependents).toBe(40);
  });
});

/** Random task graphs: each task may depend only on earlier ones, so no cycles. */
const randomTasks = fc
  .array(
    fc.record({
      dependsOn: fc.array(fc.nat(20), { maxLength: 3 }),
      service: fc.option(fc.constantFrom(...services.map((s) => s.key)), { nil: null }),
      status: fc.constantFrom(...RECOVERY_TASK_STATUSES),
      override: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null, freq: 4 }),
    }),
    { maxLength: 12 },
  )
  .map((rows) =>
    rows.map((row, index) =>
      task(`t${index}`, `Task ${index}`, {
        serviceKey: row.service,
        status: row.status,
        dependsOn: [...new Set(row.dependsOn.filter((d) => d < index))].map((d) => `t${d}`),
        override: row.override === null ? null : { rank: row.override, reason: 'manual' },
      }),
    ),
  );

describe('ranking properties', () => {
  it('never ranks a task above an open task it depends on, and ranks every open task once', () => {
    fc.assert(
      fc.property(randomTasks, fc.integer({ min: -48, max: 96 }), (tasks, offset) => {
        const ranked = rank(tasks, hours(offset));
        const open = tasks.filter((t) => t.status !== 'DONE');
        expect(ranked.filter((t) => t.rank !== null).map((t) => t.rank)).toEqual(
          open.map((_t, index) => index + 1),
        );
        const rankOf = new Map(ranked.map((t) => [t.id, t.rank]));
        for (const t of open) {
          for (const dependency of t.dependsOn) {
            const dependencyRank = rankOf.get(dependency);
            if (dependencyRank !== null && dependencyRank !== undefined) {
              expect(dependencyRank).toBeLessThan(rankOf.get(t.id) as number);
            }
          }
        }
      }),
    );
  });

  it('without overrides, scores never rise down the ranking and every rank has a reason or zero score', () => {
    fc.assert(
      fc.property(randomTasks, (tasks) => {
        const plain = tasks.map((t) => ({ ...t, override: null }));
        const ranked = rank(plain).filter((t) => t.rank !== null);
        for (let index = 1; index < ranked.length; index += 1) {
          expect((ranked[index] as RankedRecoveryTask).score).toBeLessThanOrEqual(
            (ranked[index - 1] as RankedRecoveryTask).score,
          );
        }
        for (const t of ranked) {
          expect(t.reasons.length > 0 || t.score === 0).toBe(true);
          expect(t.score).toBeGreaterThanOrEqual(t.breakdown.total);
        }
      }),
    );
  });
});

describe('communication debt in the ranking', () => {
  const tell = task('tell', 'Tell customers proactively what happened', {
    tellsCustomers: true,
  });
  const tasks = [...storyTasks, tell];
  const overdue = (minutes: number) => ({ status: 'OVERDUE' as const, overdueMinutes: minutes });

  it('lets a task that ends the silence rise while a public word is overdue', () => {
    const ranked = rankRecoveryTasks(
      { tasks, services, impacts, backlogs, communicationDebt: overdue(3 * 24 * 60) },
      hours(6),
    );
    const tellRank = byId(ranked, 'tell').rank as number;
    expect(tellRank).toBeLessThan(byId(ranked, 'phones').rank as number);
    expect(tellRank).toBeLessThan(byId(ranked, 'news').rank as number);
    // The order data still comes first: the story's own priority.
    expect(tellRank).toBeGreaterThan(byId(ranked, 'orders').rank as number);
    expect(byId(ranked, 'tell').breakdown.communication).toBe(RANKING_POINTS.silenceOverdueCap);
    expect(byId(ranked, 'tell').reasonDetails[0]).toEqual({
      code: 'ENDS_SILENCE',
      text: 'Ends the silence: a public word is overdue by 3 days',
      params: { overdueMinutes: 3 * 24 * 60 },
    });
  });

  it.each<[number, number]>([
    [1, RANKING_POINTS.silenceOverdue],
    [59, RANKING_POINTS.silenceOverdue],
    [60, RANKING_POINTS.silenceOverdue + RANKING_POINTS.silencePerOverdueHour],
    [100 * 60, RANKING_POINTS.silenceOverdueCap],
  ])('gives a task that ends a silence overdue by %p minutes %p points', (minutes, points) => {
    const ranked = rankRecoveryTasks(
      { tasks: [tell], services, impacts, communicationDebt: overdue(minutes) },
      hours(6),
    );
    expect(ranked[0]?.breakdown.communication).toBe(points);
    expect(ranked[0]?.score).toBe(points);
  });

  it('gives no communication points while no word is due, nor to other tasks', () => {
    for (const communicationDebt of [
      undefined,
      null,
      { status: 'ON_TIME' as const, overdueMinutes: 0 },
      { status: 'NOT_REQUIRED' as const, overdueMinutes: 0 },
    ]) {
      const ranked = rankRecoveryTasks(
        { tasks, services, impacts, backlogs, communicationDebt },
        hours(6),
      );
      expect(byId(ranked, 'tell').breakdown.communication).toBe(0);
      expect(byId(ranked, 'tell').rank).toBe(6);
    }
    const ranked = rankRecoveryTasks(
      { tasks, services, impacts, backlogs, communicationDebt: overdue(600) },
      hours(6),
    );
    for (const other of ranked.filter((t) => t.id !== 'tell')) {
      expect(other.breakdown.communication).toBe(0);
    }
  });
});
