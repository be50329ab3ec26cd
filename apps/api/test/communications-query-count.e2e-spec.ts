import { isBackgroundWork } from '../src/database/query-counter';
import { describeEachDatabase, type TestApp } from './support/test-app';

const PAGE = `{
  incidents(first: 50) {
    edges { node {
      ref
      communications { id status subject }
      communicationDebt { status overdueMinutes lastPublicUpdateAt }
      metrics {
        timeToFirstPublicUpdateMinutes longestSilenceMinutes promisesMissed backlogCurrentOpen
        services { serviceKey outcome }
        backlogs { backlogKey peakOpen forecastClearsAt }
      }
    } }
  }
}`;

/** Incidents with an impact, a backlog with a snapshot, and a published status-page message. */
async function addIncidents(app: TestApp, count: number, offset: number): Promise<void> {
  for (let index = offset; index < offset + count; index += 1) {
    const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
      `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
      {
        input: {
          title: `Outage ${index}`,
          severity: 'SEV2',
          impacts: [{ serviceKey: 'phones', status: 'MAJOR_OUTAGE' }],
        },
      },
    );
    const incidentId = declareIncident.id;
    await app.gqlOk(
      `mutation B($input: CreateBacklogInput!) { createBacklog(input: $input) { key } }`,
      {
        input: {
          key: `call-backs-${index}`,
          name: 'Call-backs',
          unit: 'call',
          incidentId,
          staff: 1,
          itemsPerStaffHour: 10,
        },
      },
    );
    await app.gqlOk(
      `mutation S($input: RecordBacklogSnapshotInput!) { recordBacklogSnapshot(input: $input) { __typename } }`,
      {
        input: {
          backlogKey: `call-backs-${index}`,
          open: 40,
          at: new Date(Date.now() - 60_000).toISOString(),
          idempotencyKey: `s-${index}`,
        },
      },
    );
    const { draftCommunication } = await app.gqlOk<{ draftCommunication: { id: string } }>(
      `mutation D($input: DraftCommunicationInput!) { draftCommunication(input: $input) { id } }`,
      { input: { incidentId, channel: 'STATUS_PAGE', audience: 'PUBLIC', locale: 'en' } },
    );
    const id = draftCommunication.id;
    await app.gqlOk(
      `mutation A($input: CommunicationTransitionInput!) { approveCommunication(input: $input) { id } }`,
      { input: { id, version: 1 } },
    );
    await app.gqlOk(
      `mutation P($input: PublishCommunicationInput!) { publishCommunication(input: $input) { id } }`,
      { input: { id, version: 2 } },
    );
  }
}

async function statementsFor(app: TestApp, query: string): Promise<number> {
  app.queries.reset();
  await app.gqlOk(query);
  return app.queries.statements;
}

describeEachDatabase('communications, debt and metrics of a list', (use) => {
  it('cost the same number of SQL statements for 3 and for 15 incidents', async () => {
    const app = use();
    await app.gqlOk(
      `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`,
      { input: { key: 'phones', name: 'Phones', tier: 1, rtoMinutes: 60, rpoMinutes: 0 } },
    );
    await addIncidents(app, 3, 0);
    const atThree = await statementsFor(app, PAGE);
    await addIncidents(app, 12, 3);
    const atFifteen = await statementsFor(app, PAGE);

    const { incidents } = await app.gqlOk<{
      incidents: {
        edges: {
          node: {
            communications: unknown[];
            communicationDebt: { status: string };
            metrics: { backlogCurrentOpen: number; services: unknown[] };
          };
        }[];
      };
    }>(PAGE);
    expect(incidents.edges).toHaveLength(15);
    for (const { node } of incidents.edges) {
      expect(node.communications).toHaveLength(1);
      expect(node.communicationDebt.status).toBe('ON_TIME');
      expect(node.metrics.backlogCurrentOpen).toBe(40);
      expect(node.metrics.services).toHaveLength(1);
    }
    expect(atFifteen).toBe(atThree);
    // Backlog forecasts read SQL aggregates in a fixed handful of statements (never item rows).
    expect(atThree).toBeLessThan(20);
  });

  it("reads no backlog when only the list's communication debt is asked for", async () => {
    const app = use();
    const seen: string[] = [];
    const original = app.queries.logQuery.bind(app.queries);
    app.queries.logQuery = (sql: string, ...rest: unknown[]) => {
      if (!isBackgroundWork()) seen.push(sql);
      original(sql, ...(rest as []));
    };
    try {
      await app.gqlOk(`{ incidents(first: 50) { nodes { ref communicationDebt { status } } } }`);
    } finally {
      app.queries.logQuery = original;
    }
    // Debt needs the incident and its messages; backlog forecasts cost far more at scale.
    expect(seen.some((sql) => sql.includes('incidents'))).toBe(true);
    expect(seen.filter((sql) => sql.includes('backlog'))).toEqual([]);
  });
});
