import { describeEachDatabase, type TestApp } from './support/test-app';

const NESTED_PAGE = `{
  incidents(first: 50) {
    totalCount
    edges { node {
      ref status allowedNextStatuses
      impacts { serviceKey status service { key name status } }
      affectedServices { serviceKey direct }
      timeline { body visibility }
      recoveryTasks { title rank score reasons service { key } }
      recoveryPlan { criticalPathMinutes criticalPath { title } }
    } }
  }
}`;

async function addIncidents(app: TestApp, count: number, offset: number): Promise<void> {
  for (let index = 0; index < count; index += 1) {
    const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
      `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
      {
        input: {
          title: `Outage ${offset + index}`,
          severity: 'SEV2',
          impacts: [{ serviceKey: index % 2 ? 'database' : 'phones', status: 'MAJOR_OUTAGE' }],
        },
      },
    );
    await app.gqlOk(
      `mutation P($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { id } }`,
      { input: { incidentId: declareIncident.id, body: 'Looking into it', visibility: 'PUBLIC' } },
    );
    const { addRecoveryTask } = await app.gqlOk<{ addRecoveryTask: { id: string } }>(
      `mutation A($input: AddRecoveryTaskInput!) { addRecoveryTask(input: $input) { id } }`,
      {
        input: {
          incidentId: declareIncident.id,
          title: 'Restart',
          serviceKey: 'database',
          estimateMinutes: 30,
        },
      },
    );
    // A backlog waiting for the database feeds the ranking: its rows and counts are batched too.
    const backlogKey = `orders-${offset + index}`;
    await app.gqlOk(
      `mutation B($input: CreateBacklogInput!) { createBacklog(input: $input) { key } }`,
      {
        input: {
          key: backlogKey,
          name: `Orders ${offset + index}`,
          unit: 'order',
          incidentId: declareIncident.id,
          serviceKey: 'database',
        },
      },
    );
    await app.gqlOk(
      `mutation R($input: RecordBacklogSnapshotInput!) { recordBacklogSnapshot(input: $input) { replayed } }`,
      {
        input: {
          backlogKey,
          open: 10,
          at: new Date().toISOString(),
          idempotencyKey: backlogKey,
        },
      },
    );
    await app.gqlOk(
      `mutation A($input: AddRecoveryTaskInput!) { addRecoveryTask(input: $input) { id } }`,
      {
        input: {
          incidentId: declareIncident.id,
          title: 'Check the shop',
          serviceKey: 'shop',
          dependsOn: [addRecoveryTask.id],
        },
      },
    );
  }
}

async function statementsFor(app: TestApp, query: string): Promise<number> {
  app.queries.reset();
  await app.gqlOk(query);
  return app.queries.statements;
}

describeEachDatabase('incident lists do not issue a query per row', (use) => {
  it('costs the same number of SQL statements for 5 and for 50 incidents with nested data', async () => {
    const app = use();
    const create = `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`;
    for (const [key, dependsOn] of [
      ['database', []],
      ['phones', []],
      ['shop', ['database']],
    ] as const) {
      await app.gqlOk(create, {
        input: { key, name: key, tier: 1, rtoMinutes: 60, rpoMinutes: 0, dependsOn },
      });
    }
    await addIncidents(app, 5, 0);
    const atFive = await statementsFor(app, NESTED_PAGE);
    await addIncidents(app, 45, 5);
    const atFifty = await statementsFor(app, NESTED_PAGE);

    const { incidents } = await app.gqlOk<{
      incidents: { edges: { node: { recoveryTasks: { rank: number; reasons: string[] }[] } }[] };
    }>(NESTED_PAGE);
    expect(incidents.edges).toHaveLength(50);
    expect(incidents.edges[0]?.node.recoveryTasks.map((task) => task.rank)).toEqual([1, 2]);
    expect(incidents.edges[0]?.node.recoveryTasks[0]?.reasons).toContain(
      'Holds up Orders 49 (10 open)',
    );
    expect(atFifty).toBe(atFive);
    // One of them reads the organisation's cadence, which the communication debt is measured against.
    expect(atFive).toBeLessThan(13);
  });
});
