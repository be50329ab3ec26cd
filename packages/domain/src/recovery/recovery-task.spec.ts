import fc from 'fast-check';
import { DomainError } from '../shared/domain-error';
import {
  assertNoTaskCycle,
  createRecoveryTask,
  isOpenRecoveryTask,
  reviseRecoveryTask,
  transitionRecoveryTask,
  type RecoveryTask,
  type RecoveryTaskContext,
  type RecoveryTaskInput,
} from './recovery-task';
import {
  assertRecoveryTaskTransition,
  canTransitionRecoveryTask,
  isRecoveryTaskStatus,
  RECOVERY_TASK_STATUSES,
  RECOVERY_TASK_TRANSITIONS,
  type RecoveryTaskStatus,
} from './recovery-task-status';

const now = new Date('2018-10-05T10:00:00Z');
const later = new Date('2018-10-05T12:00:00Z');

const server = createRecoveryTask(
  { title: 'Replace the failed server', estimateMinutes: 480 },
  { id: 'server' },
  { tasks: [], serviceKeys: [] },
);
const context: RecoveryTaskContext = {
  tasks: [server],
  serviceKeys: ['order-database', 'phone-system'],
};

function issuesOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) {
      return error.issues.map((issue) => `${issue.field}: ${issue.message}`);
    }
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('createRecoveryTask', () => {
  it('creates a TODO task with trimmed fields', () => {
    expect(
      createRecoveryTask(
        {
          title: '  Reconstruct order data ',
          serviceKey: 'order-database',
          owner: ' Ilse ',
          estimateMinutes: 1440,
          dependsOn: ['server'],
          override: { rank: 1, reason: ' Everything needs the orders ' },
        },
        { id: 'orders' },
        context,
      ),
    ).toEqual<RecoveryTask>({
      id: 'orders',
      title: 'Reconstruct order data',
      serviceKey: 'order-database',
      owner: 'Ilse',
      estimateMinutes: 1440,
      status: 'TODO',
      dependsOn: ['server'],
      override: { rank: 1, reason: 'Everything needs the orders' },
      tellsCustomers: false,
      startedAt: null,
      completedAt: null,
    });
  });

  it.each<[string, Partial<RecoveryTaskInput>, string]>([
    ['a blank title', { title: ' ' }, 'title: is required'],
    [
      'a title over 200 characters',
      { title: 't'.repeat(201) },
      'title: must be at most 200 characters',
    ],
    [
      'an owner over 200 characters',
      { owner: 'o'.repeat(201) },
      'owner: must be at most 200 characters',
    ],
    ['an unknown service', { serviceKey: 'pbx' }, 'serviceKey: unknown service: pbx'],
    [
      'a negative estimate',
      { estimateMinutes: -1 },
      'estimateMinutes: must be a whole number of minutes from 0 to 525600',
    ],
    [
      'a fractional estimate',
      { estimateMinutes: 1.5 },
      'estimateMinutes: must be a whole number of minutes from 0 to 525600',
    ],
    [
      'an override rank of 0',
      { override: { rank: 0, reason: 'x' } },
      'override.rank: must be a whole number from 1 to 10000',
    ],
    [
      'an override without a reason',
      { override: { rank: 1, reason: '  ' } },
      'override.reason: is required: say why the order changes',
    ],
    [
      'an override reason over 500 characters',
      { override: { rank: 1, reason: 'r'.repeat(501) } },
      'override.reason: must be at most 500 characters',
    ],
    [
      'a duplicate dependency',
      { dependsOn: ['server', 'server'] },
      'dependsOn: lists server more than once',
    ],
    [
      'an unknown dependency',
      { dependsOn: ['ghost'] },
      'dependsOn: unknown task of this incident: ghost',
    ],
    [
      'unknown dependencies',
      { dependsOn: ['ghost', 'spook'] },
      'dependsOn: unknown tasks of this incident: ghost, spook',
    ],
    ['a self-dependency', { dependsOn: ['new'] }, 'dependsOn: a task cannot depend on itself'],
  ])('rejects %s', (_case, input, issue) => {
    expect(
      issuesOf(() => createRecoveryTask({ title: 'Task', ...input }, { id: 'new' }, context)),
    ).toEqual([issue]);
  });
});

describe('reviseRecoveryTask', () => {
  const orders = createRecoveryTask(
    { title: 'Reconstruct order data', dependsOn: ['server'] },
    { id: 'orders' },
    context,
  );
  const withOrders: RecoveryTaskContext = { ...context, tasks: [server, orders] };

  it('changes what is given, clears what is null and keeps the rest', () => {
    const revised = reviseRecoveryTask(
      orders,
      {
        owner: 'Kai',
        estimateMinutes: 600,
        override: { rank: 1, reason: 'CEO' },
        serviceKey: 'order-database',
      },
      withOrders,
      now,
    );
    expect(revised).toMatchObject({
      owner: 'Kai',
      estimateMinutes: 600,
      override: { rank: 1, reason: 'CEO' },
      status: 'TODO',
    });
    const cleared = reviseRecoveryTask(
      revised,
      {
        owner: null,
        estimateMinutes: null,
        override: null,
        title: ' Rebuild orders ',
        dependsOn: [],
      },
      withOrders,
      now,
    );
    expect(cleared).toMatchObject({
      owner: null,
      estimateMinutes: null,
      override: null,
      title: 'Rebuild orders',
      dependsOn: [],
    });
    expect(reviseRecoveryTask(orders, {}, withOrders, now)).toEqual(orders);
  });

  it('moves the status through the table, recording start and completion', () => {
    const started = reviseRecoveryTask(orders, { status: 'IN_PROGRESS' }, withOrders, now);
    expect(started).toMatchObject({ status: 'IN_PROGRESS', startedAt: now, completedAt: null });
    const done = reviseRecoveryTask(started, { status: 'DONE' }, withOrders, later);
    expect(done).toMatchObject({ status: 'DONE', startedAt: now, completedAt: later });
    const reopened = reviseRecoveryTask(done, { status: 'IN_PROGRESS' }, withOrders, later);
    expect(reopened).toMatchObject({ status: 'IN_PROGRESS', startedAt: now, completedAt: null });
    expect(reviseRecoveryTask(reopened, { status: 'IN_PROGRESS' }, withOrders, later)).toEqual(
      reopened,
    );
  });

  it('rejects an illegal status move and an unknown status', () => {
    const blocked = reviseRecoveryTask(orders, { status: 'BLOCKED' }, withOrders, now);
    expect(
      issuesOf(() => reviseRecoveryTask(blocked, { status: 'DONE' }, withOrders, now)),
    ).toEqual([
      'status: A task cannot move from BLOCKED to DONE; allowed next: TODO, IN_PROGRESS.',
    ]);
    expect(
      issuesOf(() =>
        reviseRecoveryTask(orders, { status: 'LATER' as RecoveryTaskStatus }, withOrders, now),
      ),
    ).toEqual(['status: must be one of TODO, IN_PROGRESS, BLOCKED, DONE']);
  });

  it('rejects a dependency that would close a loop, naming it by titles', () => {
    expect(
      issuesOf(() => reviseRecoveryTask(server, { dependsOn: ['orders'] }, withOrders, now)),
    ).toEqual([
      'dependsOn: would create the dependency cycle "Replace the failed server" -> "Reconstruct order data" -> "Replace the failed server"',
    ]);
  });
});

describe('recovery task state machine', () => {
  const pairs = RECOVERY_TASK_STATUSES.flatMap((from) =>
    RECOVERY_TASK_STATUSES.map((to) => [from, to] as const),
  );

  it.each(pairs)('%s -> %s is allowed exactly when the table says so', (from, to) => {
    const allowed = RECOVERY_TASK_TRANSITIONS[from].includes(to);
    expect(canTransitionRecoveryTask(from, to)).toBe(allowed);
    if (allowed) {
      expect(() => assertRecoveryTaskTransition(from, to)).not.toThrow();
    } else {
      expect(() => assertRecoveryTaskTransition(from, to)).toThrow(DomainError);
    }
  });

  it('says when a task already has the status', () => {
    expect(() => assertRecoveryTaskTransition('DONE', 'DONE')).toThrow('The task is already DONE.');
  });

  it('never reaches a status by an illegal move', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...RECOVERY_TASK_STATUSES), { maxLength: 25 }),
        (attempts) => {
          let current = server;
          for (const to of attempts) {
            const before = current.status;
            try {
              current = transitionRecoveryTask(current, to, now);
              expect(canTransitionRecoveryTask(before, to)).toBe(true);
              expect(current.completedAt !== null).toBe(to === 'DONE');
            } catch {
              expect(canTransitionRecoveryTask(before, to)).toBe(false);
              expect(current.status).toBe(before);
            }
          }
        },
      ),
    );
  });

  it('knows the statuses and which are open', () => {
    expect(isRecoveryTaskStatus('BLOCKED')).toBe(true);
    expect(isRecoveryTaskStatus('CANCELLED')).toBe(false);
    expect(RECOVERY_TASK_STATUSES.filter((status) => isOpenRecoveryTask({ status }))).toEqual([
      'TODO',
      'IN_PROGRESS',
      'BLOCKED',
    ]);
  });

  it('accepts tasks without loops', () => {
    expect(() => assertNoTaskCycle([server])).not.toThrow();
  });
});
