import { addWorkingHours, DEFAULT_WORKING_CALENDAR } from '@lagebild/domain';
import { describeEachDatabase, type TestApp } from './support/test-app';

const TASK_FIELDS = `id incidentId title serviceKey owner estimateMinutes status dependsOn version
  rank score reasons override { rank reason } breakdown { total } reasonDetails { code text params }
  service { key }`;

const ADD = `mutation Add($input: AddRecoveryTaskInput!) { addRecoveryTask(input: $input) { ${TASK_FIELDS} } }`;
const UPDATE = `mutation Update($input: UpdateRecoveryTaskInput!) {
  updateRecoveryTask(input: $input) { ${TASK_FIELDS} }
}`;
const PLAN = `query Plan($id: ID!) {
  incident(id: $id) {
    recoveryTasks { ${TASK_FIELDS} }
    recoveryPlan { criticalPath { title } criticalPathMinutes expectedCompletionAt unestimatedTaskIds openTaskCount doneTaskCount }
  }
}`;

interface TaskView {
  id: string;
  title: string;
  status: string;
  version: number;
  rank: number | null;
  score: number;
  reasons: string[];
  override: { rank: number; reason: string } | null;
  reasonDetails: { code: string; text: string; params: Record<string, unknown> }[];
  service: { key: string } | null;
}

interface PlanView {
  recoveryTasks: TaskView[];
  recoveryPlan: {
    criticalPath: { title: string }[];
    criticalPathMinutes: number;
    expectedCompletionAt: string | null;
    unestimatedTaskIds: string[];
    openTaskCount: number;
    doneTaskCount: number;
  };
}

const hoursAgo = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString();

async function plan(app: TestApp, incidentId: string): Promise<PlanView> {
  return (await app.gqlOk<{ incident: PlanView }>(PLAN, { id: incidentId })).incident;
}

describeEachDatabase('recovery plan over GraphQL', (use) => {
  let incidentId: string;
  const tasks: Record<string, TaskView> = {};

  beforeAll(async () => {
    const app = use();
    const create = `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`;
    const services = [
      { key: 'main-server', name: 'Main server', dependsOn: [], tier: 1 },
      { key: 'order-database', name: 'Order database', dependsOn: ['main-server'], tier: 1 },
      { key: 'phone-system', name: 'Phone system', dependsOn: ['main-server'], tier: 2 },
      { key: 'carrier-labels', name: 'Carrier labels', dependsOn: ['order-database'], tier: 1 },
      { key: 'customer-replies', name: 'Customer replies', dependsOn: ['order-database'], tier: 2 },
    ];
    for (const service of services) {
      await app.gqlOk(create, { input: { ...service, rtoMinutes: 240, rpoMinutes: 60 } });
    }
    const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
      `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
      {
        input: {
          title: 'Main server failed',
          severity: 'SEV1',
          startedAt: hoursAgo(6),
          impacts: [
            { serviceKey: 'order-database', status: 'MAJOR_OUTAGE' },
            { serviceKey: 'phone-system', status: 'MAJOR_OUTAGE' },
            { serviceKey: 'carrier-labels', status: 'MAJOR_OUTAGE' },
          ],
        },
      },
    );
    incidentId = declareIncident.id;
  });

  it('adds tasks and ranks them: dependencies first, then by score, with reasons', async () => {
    const app = use();
    const add = async (key: string, input: Record<string, unknown>) => {
      const { addRecoveryTask } = await app.gqlOk<{ addRecoveryTask: TaskView }>(ADD, {
        input: { incidentId, ...input },
      });
      tasks[key] = addRecoveryTask;
      return addRecoveryTask;
    };
    const server = await add('server', {
      title: 'Replace the failed server',
      estimateMinutes: 480,
    });
    expect(server).toMatchObject({ rank: 1, status: 'TODO', version: 1, service: null });
    await add('phones', {
      title: 'Restore the phone system',
      serviceKey: 'phone-system',
      estimateMinutes: 240,
      dependsOn: [server.id],
    });
    const orders = await add('orders', {
      title: 'Reconstruct order data',
      serviceKey: 'order-database',
      owner: 'Support team',
      estimateMinutes: 1440,
      dependsOn: [server.id],
    });
    await add('labels', {
      title: 'Reinstall carrier label software',
      serviceKey: 'carrier-labels',
      estimateMinutes: 120,
      dependsOn: [orders.id],
    });

    const view = await plan(app, incidentId);
    expect(view.recoveryTasks.map((task) => [task.title, task.rank])).toEqual([
      ['Replace the failed server', 1],
      ['Reconstruct order data', 2],
      ['Reinstall carrier label software', 3],
      ['Restore the phone system', 4],
    ]);
    const reconstruct = view.recoveryTasks[1] as TaskView;
    expect(reconstruct.reasons).toEqual(
      expect.arrayContaining([
        'RTO of 4 h passed 2 h ago',
        'Blocks Carrier labels and Customer replies',
        'Order database is a tier 1 service',
        'Waits for "Replace the failed server"',
      ]),
    );
    expect(
      reconstruct.reasonDetails.find((reason) => reason.code === 'RTO_PASSED')?.params,
    ).toMatchObject({
      rtoMinutes: 240,
    });
    expect(view.recoveryTasks[0]?.reasons[0]).toBe(
      'Needed first by "Restore the phone system" and "Reconstruct order data"',
    );
    expect(view.recoveryPlan).toMatchObject({
      criticalPath: [
        { title: 'Replace the failed server' },
        { title: 'Reconstruct order data' },
        { title: 'Reinstall carrier label software' },
      ],
      criticalPathMinutes: 2040,
      unestimatedTaskIds: [],
      openTaskCount: 4,
      doneTaskCount: 0,
    });
    // Estimates are working time: 34 h in the default working calendar, like a backlog forecast.
    const expected = addWorkingHours(DEFAULT_WORKING_CALENDAR, new Date(), 2040 / 60).getTime();
    expect(
      Math.abs(new Date(view.recoveryPlan.expectedCompletionAt as string).getTime() - expected),
    ).toBeLessThan(60_000);
  });

  it('lets a manual override win, says so, and keeps dependencies first', async () => {
    const app = use();
    const phones = tasks['phones'] as TaskView;
    const { updateRecoveryTask } = await app.gqlOk<{ updateRecoveryTask: TaskView }>(UPDATE, {
      input: {
        id: phones.id,
        version: phones.version,
        override: { rank: 1, reason: 'Customers cannot reach us at all' },
      },
    });
    expect(updateRecoveryTask).toMatchObject({
      rank: 2,
      version: 2,
      override: { rank: 1, reason: 'Customers cannot reach us at all' },
    });
    expect(updateRecoveryTask.reasons.slice(0, 2)).toEqual([
      'Manually placed at rank 1: Customers cannot reach us at all',
      'Ranks 2 instead of 1: the tasks it depends on must come first',
    ]);
    tasks['phones'] = updateRecoveryTask;

    const stale = await app.gql(UPDATE, {
      input: { id: phones.id, version: 1, owner: 'Lost edit' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const { updateRecoveryTask: cleared } = await app.gqlOk<{ updateRecoveryTask: TaskView }>(
      UPDATE,
      {
        input: { id: phones.id, version: 2, override: null },
      },
    );
    expect(cleared).toMatchObject({ override: null, rank: 4 });
    tasks['phones'] = cleared;
  });

  it('refuses bad task input, dependency cycles and illegal status moves, writing nothing', async () => {
    const app = use();
    const server = tasks['server'] as TaskView;
    const labels = tasks['labels'] as TaskView;
    const cycle = await app.gql(UPDATE, {
      input: { id: server.id, version: 1, dependsOn: [labels.id] },
    });
    expect(cycle.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(cycle.errors?.[0]?.message).toContain(
      '"Replace the failed server" -> "Reinstall carrier label software" -> "Reconstruct order data" -> "Replace the failed server"',
    );

    const blocked = await app.gqlOk<{ updateRecoveryTask: TaskView }>(UPDATE, {
      input: { id: server.id, version: 1, status: 'BLOCKED' },
    });
    expect(blocked.updateRecoveryTask).toMatchObject({ status: 'BLOCKED', version: 2 });
    const illegal = await app.gql(UPDATE, { input: { id: server.id, version: 2, status: 'DONE' } });
    expect(illegal.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(illegal.errors?.[0]?.message).toBe(
      'A task cannot move from BLOCKED to DONE; allowed next: TODO, IN_PROGRESS.',
    );

    const cases: [Record<string, unknown>, string, string | undefined][] = [
      [{ title: '' }, 'BAD_USER_INPUT', 'title'],
      [{ title: 'x', estimateMinutes: -5 }, 'BAD_USER_INPUT', 'estimateMinutes'],
      [{ title: 'x', serviceKey: 'ghost' }, 'BAD_USER_INPUT', 'serviceKey'],
      [{ title: 'x', dependsOn: ['no-such-task'] }, 'BAD_USER_INPUT', 'dependsOn'],
      [{ title: 'x', override: { rank: 1, reason: ' ' } }, 'BAD_USER_INPUT', 'override.reason'],
      [{ title: 'x'.repeat(100_000) }, 'BAD_USER_INPUT', 'title'],
      [{ title: 'x', incidentId: 'no-such-incident' }, 'NOT_FOUND', undefined],
    ];
    for (const [input, code, field] of cases) {
      const result = await app.gql(ADD, { input: { incidentId, ...input } });
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      if (field)
        expect(result.errors?.[0]?.extensions?.issues?.map((issue) => issue.field)).toContain(
          field,
        );
    }
    const wrongType = await app.gql(ADD, {
      input: { incidentId, title: 'x', estimateMinutes: 'soon' },
    });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const missing = await app.gql(UPDATE, {
      input: { id: 'no-such-task', version: 1, owner: 'x' },
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const view = await plan(app, incidentId);
    expect(view.recoveryTasks).toHaveLength(4);
    expect(view.recoveryTasks.find((task) => task.id === server.id)).toMatchObject({
      status: 'BLOCKED',
      reasons: expect.arrayContaining(['Marked as blocked']),
    });
  });

  it('moves finished work out of the ranking and the plan', async () => {
    const app = use();
    const server = tasks['server'] as TaskView;
    await app.gqlOk(UPDATE, { input: { id: server.id, version: 2, status: 'IN_PROGRESS' } });
    await app.gqlOk(UPDATE, { input: { id: server.id, version: 3, status: 'DONE' } });
    const view = await plan(app, incidentId);
    expect(view.recoveryTasks.map((task) => [task.title, task.rank])).toEqual([
      ['Reconstruct order data', 1],
      ['Reinstall carrier label software', 2],
      ['Restore the phone system', 3],
      ['Replace the failed server', null],
    ]);
    expect(view.recoveryPlan).toMatchObject({
      criticalPathMinutes: 1560,
      openTaskCount: 3,
      doneTaskCount: 1,
    });

    const { auditLog } = await app.gqlOk<{ auditLog: { action: string }[] }>(
      `query A($id: String) { auditLog(entity: "RecoveryTask", id: $id) { action } }`,
      { id: server.id },
    );
    expect(auditLog.map((entry) => entry.action)).toEqual([
      'updateRecoveryTask',
      'updateRecoveryTask',
      'updateRecoveryTask',
      'addRecoveryTask',
    ]);
  });
});

describeEachDatabase('backlogs waiting for a service raise its recovery tasks', (use) => {
  const RESPONDER = { as: 'RESPONDER' as const };
  const CREATE_BACKLOG = `mutation B($input: CreateBacklogInput!) {
    createBacklog(input: $input) { key serviceKey }
  }`;
  const RECORD = `mutation R($input: RecordBacklogSnapshotInput!) {
    recordBacklogSnapshot(input: $input) { replayed }
  }`;
  let incidentId: string;
  let restoreOrders: TaskView;
  let fixPhones: TaskView;

  const byTitle = (view: PlanView, title: string): TaskView => {
    const task = view.recoveryTasks.find((candidate) => candidate.title === title);
    if (!task) throw new Error(`no task ${title}`);
    return task;
  };

  async function addBacklog(
    app: TestApp,
    key: string,
    name: string,
    serviceKey: string | null,
    open: number,
  ): Promise<void> {
    await app.gqlOk(
      CREATE_BACKLOG,
      { input: { key, name, unit: 'item', incidentId, serviceKey } },
      RESPONDER,
    );
    await app.gqlOk(
      RECORD,
      { input: { backlogKey: key, open, at: hoursAgo(1), idempotencyKey: `${key}-1` } },
      RESPONDER,
    );
  }

  beforeAll(async () => {
    const app = use();
    const create = `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`;
    for (const service of [
      { key: 'order-database', name: 'Order database', dependsOn: [] },
      { key: 'phone-system', name: 'Phone system', dependsOn: [] },
      { key: 'customer-replies', name: 'Customer replies', dependsOn: ['order-database'] },
    ]) {
      await app.gqlOk(create, { input: { ...service, tier: 2, rtoMinutes: 240, rpoMinutes: 60 } });
    }
    const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
      `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
      {
        input: {
          title: 'Main server failed',
          severity: 'SEV1',
          startedAt: hoursAgo(2),
          impacts: [
            { serviceKey: 'order-database', status: 'MAJOR_OUTAGE' },
            { serviceKey: 'phone-system', status: 'MAJOR_OUTAGE' },
          ],
        },
      },
    );
    incidentId = declareIncident.id;
    for (const [title, serviceKey] of [
      ['Restore the order database', 'order-database'],
      ['Repair the phones', 'phone-system'],
    ] as const) {
      await app.gqlOk(ADD, { input: { incidentId, title, serviceKey, estimateMinutes: 60 } });
    }
    const before = await plan(app, incidentId);
    restoreOrders = byTitle(before, 'Restore the order database');
    fixPhones = byTitle(before, 'Repair the phones');
  });

  it('names the backlogs waiting for a task’s service (or one depending on it) and raises its score', async () => {
    const app = use();
    expect(restoreOrders.reasonDetails.map((reason) => reason.code)).not.toContain(
      'HOLDS_UP_BACKLOGS',
    );

    await addBacklog(app, 'orders-to-reconstruct', 'Orders to reconstruct', 'order-database', 40);
    await addBacklog(app, 'unanswered-emails', 'Unanswered e-mails', 'customer-replies', 300);
    await addBacklog(app, 'loose-ends', 'Loose ends', null, 900);
    const { backlog } = await app.gqlOk<{ backlog: { serviceKey: string | null } }>(
      `query($key: String!) { backlog(key: $key) { serviceKey } }`,
      { key: 'unanswered-emails' },
    );
    expect(backlog.serviceKey).toBe('customer-replies');

    const after = await plan(app, incidentId);
    const restore = byTitle(after, 'Restore the order database');
    const phones = byTitle(after, 'Repair the phones');
    expect(restore.rank).toBe(1);
    expect(restore.score).toBeGreaterThan(restoreOrders.score);
    expect(restore.reasons).toContain(
      'Holds up Orders to reconstruct (40 open) and Unanswered e-mails (300 open)',
    );
    expect(restore.reasonDetails).toContainEqual(
      expect.objectContaining({
        code: 'HOLDS_UP_BACKLOGS',
        params: {
          count: 2,
          openItems: 340,
          backlogNames: ['Orders to reconstruct', 'Unanswered e-mails'],
          backlogOpen: [40, 300],
        },
      }),
    );
    // The phones hold up nothing, and a backlog linked to no service counts for no task.
    expect(phones.score).toBe(fixPhones.score);
    expect(phones.reasons.join(' ')).not.toMatch(/Holds up/);

    // A mutation answers with the same fresh ranking the query computes.
    const { updateRecoveryTask } = await app.gqlOk<{ updateRecoveryTask: TaskView }>(UPDATE, {
      input: { id: restore.id, version: restore.version, owner: 'IT service provider' },
    });
    expect(updateRecoveryTask.score).toBe(restore.score);
    expect(updateRecoveryTask.reasons).toEqual(restore.reasons);
  });

  it('stops counting a backlog once it is accepted as is', async () => {
    const app = use();
    const { backlog } = await app.gqlOk<{ backlog: { version: number } }>(
      `query { backlog(key: "unanswered-emails") { version } }`,
    );
    await app.gqlOk(
      `mutation A($input: AcceptBacklogInput!) { acceptBacklog(input: $input) { accepted } }`,
      { input: { backlogKey: 'unanswered-emails', version: backlog.version } },
      RESPONDER,
    );
    const restore = byTitle(await plan(app, incidentId), 'Restore the order database');
    expect(restore.reasons).toContain('Holds up Orders to reconstruct (40 open)');
  });

  it('refuses an unknown serviceKey with BAD_USER_INPUT naming the field, writing nothing', async () => {
    const app = use();
    const refused = await app.gql(
      CREATE_BACKLOG,
      {
        input: {
          key: 'parcels',
          name: 'Parcels not shipped',
          unit: 'parcel',
          incidentId,
          serviceKey: 'no-such-service',
        },
      },
      RESPONDER,
    );
    const error = refused.errors?.[0] as
      { extensions?: { code?: string; issues?: { field: string }[] } } | undefined;
    expect(error?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(error?.extensions?.issues?.map((issue) => issue.field)).toEqual(['serviceKey']);
    const { backlogs } = await app.gqlOk<{ backlogs: { key: string }[] }>(
      `query { backlogs { key } }`,
    );
    expect(backlogs.map((entry) => entry.key)).not.toContain('parcels');
  });
});

describeEachDatabase('a task that tells customers rises while a public word is overdue', (use) => {
  it('ranks "tell customers" above repair work while the incident is silent, and drops it once customers were told', async () => {
    const app = use();
    await app.gqlOk(
      `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`,
      { input: { key: 'phones', name: 'Phones', tier: 2, rtoMinutes: 240, rpoMinutes: 60 } },
    );
    const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
      `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
      {
        input: {
          title: 'Phones silent',
          severity: 'SEV1',
          startedAt: hoursAgo(3),
          impacts: [{ serviceKey: 'phones', status: 'MAJOR_OUTAGE' }],
        },
      },
    );
    const incidentId = declareIncident.id;
    await app.gqlOk(ADD, {
      input: { incidentId, title: 'Repair the phones', serviceKey: 'phones' },
    });
    await app.gqlOk(ADD, {
      input: { incidentId, title: 'Tell customers proactively', tellsCustomers: true },
    });

    const silent = await plan(app, incidentId);
    expect(silent.recoveryTasks.map((task) => task.title)).toEqual([
      'Tell customers proactively',
      'Repair the phones',
    ]);
    expect(silent.recoveryTasks[0]?.reasonDetails[0]).toMatchObject({
      code: 'ENDS_SILENCE',
      params: { overdueMinutes: expect.any(Number) },
    });

    await app.gqlOk(
      `mutation P($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { id } }`,
      { input: { incidentId, body: 'We are on it.', visibility: 'PUBLIC' } },
    );
    const told = await plan(app, incidentId);
    expect(told.recoveryTasks.map((task) => task.title)).toEqual([
      'Repair the phones',
      'Tell customers proactively',
    ]);
    expect(told.recoveryTasks[1]?.reasonDetails.map((reason) => reason.code)).not.toContain(
      'ENDS_SILENCE',
    );
  });
});
