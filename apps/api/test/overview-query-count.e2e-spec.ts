import { overviewPicture, recomputationStatements } from './support/pictures';
import { describeEachDatabase, type TestApp } from './support/test-app';

const OVERVIEW = `{
  overview {
    activeIncidentCount
    activeIncidentsBySeverity { severity count }
    activeIncidents {
      incident { ref }
      recoveryProgress { taskCount doneTaskCount expectedCompletionAt withinRto }
      communicationDebt { status overdueMinutes }
      promisesMissed
    }
    servicesNotOperational { serviceKey status rtoPassed minutesLeft service { name } }
    backlogs { totalOpen clearsAt backlogs { open clearsAt itemsMissingPromise backlog { key } } }
    overdueCommunications { incident { ref } debt { overdueMinutes } }
    promisesMissed { backlogItems updates total }
    notBusinessRecovered { incident { ref } missing }
  }
}`;

/** The incident list with everything nested the incidents suite does not already count. */
const INCIDENTS_WITH_BACKLOGS = `{
  incidents(first: 50) {
    nodes {
      ref
      impacts { serviceKey }
      timeline { body }
      recoveryTasks { title rank }
      backlogs { key open forecast { clearsAt } }
      communications { status }
      communicationDebt { status }
      metrics { promisesMissed }
    }
  }
}`;

const HOUR = 3_600_000;

async function addIncidents(app: TestApp, count: number, offset: number): Promise<void> {
  for (let index = offset; index < offset + count; index += 1) {
    const startedAt = new Date(Date.now() - 30 * HOUR).toISOString();
    const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
      `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
      {
        input: {
          title: `Outage ${index}`,
          severity: index % 3 === 0 ? 'SEV1' : 'SEV2',
          startedAt,
          detectedAt: startedAt,
          impacts: [{ serviceKey: index % 2 ? 'database' : 'phones', status: 'MAJOR_OUTAGE' }],
        },
      },
      { as: 'RESPONDER' },
    );
    const id = declareIncident.id;
    await app.gqlOk(
      `mutation P($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { id } }`,
      {
        input: {
          incidentId: id,
          body: 'We are looking into it',
          visibility: 'PUBLIC',
          displayAt: new Date(Date.now() - 29 * HOUR).toISOString(),
          nextUpdateAt: new Date(Date.now() - 28 * HOUR).toISOString(),
        },
      },
      { as: 'RESPONDER' },
    );
    await app.gqlOk(
      `mutation A($input: AddRecoveryTaskInput!) { addRecoveryTask(input: $input) { id } }`,
      { input: { incidentId: id, title: 'Restore', serviceKey: 'database', estimateMinutes: 60 } },
      { as: 'RESPONDER' },
    );
    const key = `backlog-${index}`;
    await app.gqlOk(
      `mutation B($input: CreateBacklogInput!) { createBacklog(input: $input) { key } }`,
      {
        input: {
          key,
          name: `Backlog ${index}`,
          unit: 'e-mail',
          incidentId: id,
          promiseHours: 24,
          staff: 1,
          itemsPerStaffHour: 10,
        },
      },
      { as: 'RESPONDER' },
    );
    await app.gqlOk(
      `mutation I($input: UpsertBacklogItemsInput!) { upsertBacklogItems(input: $input) { inserted } }`,
      {
        input: {
          backlogKey: key,
          idempotencyKey: `items-${index}`,
          items: [0, 1, 2].map((item) => ({
            externalRef: `mail-${index}-${item}`,
            receivedAt: new Date(Date.now() - (30 - item) * HOUR).toISOString(),
          })),
        },
      },
      { as: 'RESPONDER' },
    );
    if (index % 5 === 4) {
      // Some incidents are resolved already but not business-recovered (their backlog is open).
      const { incident } = await app.gqlOk<{ incident: { version: number } }>(
        `query V($id: ID!) { incident(id: $id) { version } }`,
        { id },
      );
      await app.gqlOk(
        `mutation R($input: ResolveIncidentInput!) { resolveIncident(input: $input) { id } }`,
        { input: { id, version: incident.version } },
        { as: 'RESPONDER' },
      );
    }
  }
}

async function statementsFor(app: TestApp, query: string): Promise<number> {
  // Signing in happens on a role's first request; keep it out of the count.
  await app.gqlOk('{ __typename }', {}, { as: 'VIEWER' });
  app.queries.reset();
  const seen: string[] = [];
  const original = app.queries.logQuery.bind(app.queries);
  app.queries.logQuery = (sql: string, ...rest: unknown[]) => {
    seen.push(sql.slice(0, 120));
    original(sql, ...(rest as []));
  };
  await app.gqlOk(query, {}, { as: 'VIEWER' });
  app.queries.logQuery = original;
  if (process.env['SHOW_SQL']) console.log(seen.join('\n'));
  return app.queries.statements;
}

describeEachDatabase('the overview does not issue a query per row', (use) => {
  it('costs the same number of SQL statements for 5 and for 50 incidents', async () => {
    const app = use();
    for (const key of ['database', 'phones']) {
      await app.gqlOk(
        `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`,
        { input: { key, name: key, tier: 1, rtoMinutes: 60, rpoMinutes: 0 } },
      );
    }
    await addIncidents(app, 5, 0);
    // The overview is read from memory; what costs statements is recomputing it after a change.
    const overviewAtFive = await recomputationStatements(app, overviewPicture(app.app));
    const readAtFive = await statementsFor(app, OVERVIEW);
    const incidentsAtFive = await statementsFor(app, INCIDENTS_WITH_BACKLOGS);
    await addIncidents(app, 45, 5);
    const overviewAtFifty = await recomputationStatements(app, overviewPicture(app.app));
    const readAtFifty = await statementsFor(app, OVERVIEW);
    const incidentsAtFifty = await statementsFor(app, INCIDENTS_WITH_BACKLOGS);

    const { overview } = await app.gqlOk<{
      overview: {
        activeIncidentCount: number;
        backlogs: { totalOpen: number; backlogs: unknown[] };
        notBusinessRecovered: unknown[];
        overdueCommunications: unknown[];
      };
    }>(OVERVIEW, {}, { as: 'VIEWER' });
    // Every fifth incident is resolved: 40 stay active, 10 wait for their backlogs.
    expect(overview.activeIncidentCount).toBe(40);
    expect(overview.notBusinessRecovered).toHaveLength(10);
    expect(overview.overdueCommunications).toHaveLength(40);
    expect(overview.backlogs.backlogs).toHaveLength(50);
    expect(overview.backlogs.totalOpen).toBe(150);

    expect(overviewAtFifty).toBe(overviewAtFive);
    expect(overviewAtFive).toBeGreaterThan(0);
    expect(overviewAtFive).toBeLessThan(25);
    // A read costs only the sign-in of the viewer, whatever the picture holds.
    expect(readAtFifty).toBe(readAtFive);
    expect(readAtFive).toBeLessThanOrEqual(1);
    expect(incidentsAtFifty).toBe(incidentsAtFive);
    // Backlog forecasts read SQL aggregates in a fixed handful of statements (never item rows).
    expect(incidentsAtFive).toBeLessThan(30);
  });
});
