import { describeEachDatabase, type TestApp } from './support/test-app';

const INCIDENT_FIELDS = `id ref title summary severity status startedAt detectedAt resolvedAt commander
  version allowedNextStatuses active
  impacts { serviceKey status since until service { key status } }
  timeline { body author visibility statusChange displayAt nextUpdateAt }
  affectedServices { serviceKey direct causedBy }`;

const DECLARE = `mutation Declare($input: DeclareIncidentInput!) {
  declareIncident(input: $input) { ${INCIDENT_FIELDS} }
}`;
const UPDATE = `mutation Update($input: UpdateIncidentInput!) {
  updateIncident(input: $input) { ${INCIDENT_FIELDS} }
}`;
const POST = `mutation Post($input: PostIncidentUpdateInput!) {
  postIncidentUpdate(input: $input) { ${INCIDENT_FIELDS} }
}`;
const IMPACT = `mutation Impact($input: SetServiceImpactInput!) {
  setServiceImpact(input: $input) { ${INCIDENT_FIELDS} }
}`;
const RESOLVE = `mutation Resolve($input: ResolveIncidentInput!) {
  resolveIncident(input: $input) { ${INCIDENT_FIELDS} }
}`;
const GET = `query Get($id: ID!) { incident(id: $id) { ${INCIDENT_FIELDS} } }`;
const LIST = `query List($filter: IncidentFilterInput, $first: Int, $after: String) {
  incidents(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage hasPreviousPage endCursor }
    edges { cursor node { ref severity status } }
  }
}`;

interface IncidentView {
  id: string;
  ref: string;
  title: string;
  severity: string;
  status: string;
  resolvedAt: string | null;
  commander: string | null;
  version: number;
  allowedNextStatuses: string[];
  active: boolean;
  impacts: {
    serviceKey: string;
    status: string;
    since: string;
    until: string | null;
    service: { key: string; status: string };
  }[];
  timeline: { body: string; author: string; visibility: string; statusChange: string | null }[];
  affectedServices: { serviceKey: string; direct: boolean; causedBy: string[] }[];
}

const hoursAgo = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString();

async function serviceStatus(app: TestApp, key: string): Promise<string> {
  const { service } = await app.gqlOk<{ service: { status: string } }>(
    `query S($key: String!) { service(key: $key) { status } }`,
    { key },
  );
  return service.status;
}

async function incidentCount(app: TestApp): Promise<number> {
  const { incidents } = await app.gqlOk<{ incidents: { totalCount: number } }>(LIST, {});
  return incidents.totalCount;
}

describeEachDatabase('incidents over GraphQL', (use) => {
  let incident: IncidentView;

  beforeAll(async () => {
    const app = use();
    const create = `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`;
    const services = [
      { key: 'main-server', dependsOn: [], tier: 1 },
      { key: 'order-database', dependsOn: ['main-server'], tier: 1 },
      { key: 'phone-system', dependsOn: ['main-server'], tier: 2 },
      { key: 'carrier-labels', dependsOn: ['order-database'], tier: 2 },
    ];
    for (const service of services) {
      await app.gqlOk(create, {
        input: { ...service, name: service.key, rtoMinutes: 240, rpoMinutes: 60 },
      });
    }
  });

  it('declares an incident with its first impact and sets the service status', async () => {
    const app = use();
    const { declareIncident } = await app.gqlOk<{ declareIncident: IncidentView }>(DECLARE, {
      input: {
        title: 'Main server failed',
        summary: 'Nothing works since this morning',
        severity: 'SEV1',
        startedAt: hoursAgo(3),
        detectedAt: hoursAgo(2),
        commander: 'Ilse',
        impacts: [{ serviceKey: 'order-database', status: 'MAJOR_OUTAGE' }],
      },
    });
    incident = declareIncident;
    expect(incident).toMatchObject({
      ref: 'INC-0001',
      status: 'INVESTIGATING',
      severity: 'SEV1',
      commander: 'Ilse',
      version: 1,
      active: true,
      allowedNextStatuses: ['IDENTIFIED', 'RECOVERING', 'MONITORING', 'RESOLVED'],
    });
    expect(incident.impacts).toEqual([
      expect.objectContaining({
        serviceKey: 'order-database',
        status: 'MAJOR_OUTAGE',
        until: null,
        service: { key: 'order-database', status: 'MAJOR_OUTAGE' },
      }),
    ]);
    expect(incident.affectedServices).toEqual([
      { serviceKey: 'order-database', direct: true, causedBy: [] },
      { serviceKey: 'carrier-labels', direct: false, causedBy: ['order-database'] },
    ]);
    expect(await serviceStatus(app, 'order-database')).toBe('MAJOR_OUTAGE');
  });

  it('refuses bad declarations with coded errors naming the field, and writes nothing', async () => {
    const app = use();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ title: '   ' }, 'BAD_USER_INPUT', 'title'],
      [
        { startedAt: new Date(Date.now() + 3_600_000).toISOString() },
        'BAD_USER_INPUT',
        'startedAt',
      ],
      [{ startedAt: '1850-01-01T00:00:00Z' }, 'BAD_USER_INPUT', 'startedAt'],
      [
        { impacts: [{ serviceKey: 'ghost', status: 'MAJOR_OUTAGE' }] },
        'BAD_USER_INPUT',
        'impacts.0.serviceKey',
      ],
      [{ title: 'x'.repeat(100_000) }, 'BAD_USER_INPUT', 'title'],
    ];
    for (const [change, code, field] of cases) {
      const result = await app.gql(DECLARE, {
        input: { title: 'Broken', severity: 'SEV2', ...change },
      });
      expect(result.errors?.[0]?.extensions?.code).toBe(code);
      expect(result.errors?.[0]?.extensions?.issues?.map((issue) => issue.field)).toContain(field);
    }
    const wrongType = await app.gql(DECLARE, { input: { title: 'Broken', severity: 'SEV9' } });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await incidentCount(app)).toBe(1);
  });

  it('updates with the current version and refuses a stale one with CONFLICT', async () => {
    const app = use();
    const { updateIncident } = await app.gqlOk<{ updateIncident: IncidentView }>(UPDATE, {
      input: {
        id: incident.id,
        version: 1,
        title: 'Main server failed: all systems down',
        commander: null,
      },
    });
    expect(updateIncident).toMatchObject({ version: 2, commander: null, status: 'INVESTIGATING' });

    const stale = await app.gql(UPDATE, {
      input: { id: incident.id, version: 1, title: 'Lost edit' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const bad = await app.gql(UPDATE, { input: { id: incident.id, version: 2, title: '' } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { incident: current } = await app.gqlOk<{ incident: IncidentView }>(GET, {
      id: incident.id,
    });
    expect(current).toMatchObject({ title: 'Main server failed: all systems down', version: 2 });
  });

  it('posts timeline updates that move the status through the state machine', async () => {
    const app = use();
    const { postIncidentUpdate } = await app.gqlOk<{ postIncidentUpdate: IncidentView }>(POST, {
      input: {
        incidentId: incident.id,
        version: 2,
        body: 'The main server has a failed disk.',
        author: 'Ilse',
        visibility: 'PUBLIC',
        statusChange: 'RECOVERING',
        displayAt: hoursAgo(1),
        nextUpdateAt: new Date(Date.now() + 3_600_000).toISOString(),
      },
    });
    expect(postIncidentUpdate).toMatchObject({
      status: 'RECOVERING',
      version: 3,
      allowedNextStatuses: ['MONITORING', 'RESOLVED'],
    });
    expect(postIncidentUpdate.timeline).toEqual([
      {
        body: 'The main server has a failed disk.',
        author: 'Ilse',
        visibility: 'PUBLIC',
        statusChange: 'RECOVERING',
        displayAt: expect.any(String),
        nextUpdateAt: expect.any(String),
      },
    ]);
  });

  it('rejects an illegal status move with the reason and keeps the timeline unchanged', async () => {
    const app = use();
    const back = await app.gql(POST, {
      input: {
        incidentId: incident.id,
        body: 'Back to square one',
        visibility: 'INTERNAL',
        statusChange: 'IDENTIFIED',
      },
    });
    expect(back.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(back.errors?.[0]?.message).toBe(
      'An incident cannot go back from Recovering to Identified; allowed next: Monitoring, Resolved.',
    );
    const stale = await app.gql(POST, {
      input: { incidentId: incident.id, version: 1, body: 'Late', visibility: 'INTERNAL' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const empty = await app.gql(POST, {
      input: { incidentId: incident.id, body: ' ', visibility: 'INTERNAL' },
    });
    expect(empty.errors?.[0]?.extensions?.issues?.[0]?.field).toBe('body');
    const { incident: current } = await app.gqlOk<{ incident: IncidentView }>(GET, {
      id: incident.id,
    });
    expect(current.timeline).toHaveLength(1);
    expect(current).toMatchObject({ status: 'RECOVERING', version: 3 });
  });

  it('records service impacts, keeps service statuses in step and refuses unknown services', async () => {
    const app = use();
    const { setServiceImpact: down } = await app.gqlOk<{ setServiceImpact: IncidentView }>(IMPACT, {
      input: {
        incidentId: incident.id,
        serviceKey: 'phone-system',
        status: 'MAJOR_OUTAGE',
        at: hoursAgo(2),
      },
    });
    expect(down.impacts.map((impact) => [impact.serviceKey, impact.status, impact.until])).toEqual([
      ['order-database', 'MAJOR_OUTAGE', null],
      ['phone-system', 'MAJOR_OUTAGE', null],
    ]);
    expect(await serviceStatus(app, 'phone-system')).toBe('MAJOR_OUTAGE');

    const { setServiceImpact: partial } = await app.gqlOk<{ setServiceImpact: IncidentView }>(
      IMPACT,
      {
        input: {
          incidentId: incident.id,
          version: down.version,
          serviceKey: 'order-database',
          status: 'PARTIAL_OUTAGE',
        },
      },
    );
    expect(partial.impacts[0]).toMatchObject({ status: 'PARTIAL_OUTAGE', until: null });
    expect(await serviceStatus(app, 'order-database')).toBe('PARTIAL_OUTAGE');

    const unknown = await app.gql(IMPACT, {
      input: { incidentId: incident.id, serviceKey: 'ghost', status: 'MAJOR_OUTAGE' },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      issues: [{ field: 'serviceKey', message: 'unknown service: ghost' }],
    });
    const tooEarly = await app.gql(IMPACT, {
      input: {
        incidentId: incident.id,
        serviceKey: 'carrier-labels',
        status: 'MAJOR_OUTAGE',
        at: hoursAgo(10),
      },
    });
    expect(tooEarly.errors?.[0]?.extensions?.issues?.[0]).toEqual({
      field: 'at',
      code: 'BEFORE_INCIDENT_START',
      message: 'must not be before the incident started',
    });
    const stale = await app.gql(IMPACT, {
      input: {
        incidentId: incident.id,
        version: 1,
        serviceKey: 'carrier-labels',
        status: 'MAJOR_OUTAGE',
      },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const missing = await app.gql(IMPACT, {
      input: { incidentId: 'no-such-incident', serviceKey: 'phone-system', status: 'MAJOR_OUTAGE' },
    });
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await serviceStatus(app, 'carrier-labels')).toBe('OPERATIONAL');

    const { setServiceImpact: restored } = await app.gqlOk<{ setServiceImpact: IncidentView }>(
      IMPACT,
      {
        input: { incidentId: incident.id, serviceKey: 'phone-system', status: 'OPERATIONAL' },
      },
    );
    expect(restored.impacts[1]?.until).not.toBeNull();
    expect(await serviceStatus(app, 'phone-system')).toBe('OPERATIONAL');
  });

  it('lists incidents with filters and Relay-style pages', async () => {
    const app = use();
    await app.gqlOk(DECLARE, {
      input: { title: 'Newsletter slow', severity: 'SEV3', startedAt: hoursAgo(1) },
    });
    const all = await app.gqlOk<{
      incidents: { totalCount: number; edges: { node: { ref: string } }[] };
    }>(LIST, {});
    expect(all.incidents.totalCount).toBe(2);
    expect(all.incidents.edges.map((edge) => edge.node.ref)).toEqual(['INC-0002', 'INC-0001']);

    const firstPage = await app.gqlOk<{
      incidents: {
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: { node: { ref: string } }[];
      };
    }>(LIST, { first: 1 });
    expect(firstPage.incidents.pageInfo.hasNextPage).toBe(true);
    const secondPage = await app.gqlOk<{
      incidents: {
        pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean };
        edges: { node: { ref: string } }[];
      };
    }>(LIST, { first: 1, after: firstPage.incidents.pageInfo.endCursor });
    expect(secondPage.incidents.edges.map((edge) => edge.node.ref)).toEqual(['INC-0001']);
    expect(secondPage.incidents.pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
    });

    const refsFor = async (filter: Record<string, unknown>): Promise<string[]> => {
      const result = await app.gqlOk<{ incidents: { edges: { node: { ref: string } }[] } }>(LIST, {
        filter,
      });
      return result.incidents.edges.map((edge) => edge.node.ref);
    };
    expect(await refsFor({ severity: ['SEV1'] })).toEqual(['INC-0001']);
    expect(await refsFor({ status: ['INVESTIGATING'] })).toEqual(['INC-0002']);
    expect(await refsFor({ serviceKey: 'phone-system' })).toEqual(['INC-0001']);
    expect(await refsFor({ startedAfter: hoursAgo(2) })).toEqual(['INC-0002']);
    expect(await refsFor({ startedBefore: hoursAgo(2) })).toEqual(['INC-0001']);

    const badCursor = await app.gql(LIST, { after: 'not-a-cursor' });
    expect(badCursor.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const tooMany = await app.gql(LIST, { first: 1000 });
    expect(tooMany.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('resolves: closes every open impact, frees the services, and can be found by ref', async () => {
    const app = use();
    const { incident: current } = await app.gqlOk<{ incident: IncidentView }>(GET, {
      id: incident.id,
    });
    const stale = await app.gql(RESOLVE, {
      input: { id: incident.id, version: current.version - 1 },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const { resolveIncident } = await app.gqlOk<{ resolveIncident: IncidentView }>(RESOLVE, {
      input: {
        id: incident.id,
        version: current.version,
        body: 'All systems run again.',
        visibility: 'PUBLIC',
      },
    });
    expect(resolveIncident).toMatchObject({ status: 'RESOLVED', active: false });
    expect(resolveIncident.resolvedAt).not.toBeNull();
    expect(resolveIncident.impacts.every((impact) => impact.until !== null)).toBe(true);
    expect(resolveIncident.timeline.at(-1)).toMatchObject({
      body: 'All systems run again.',
      statusChange: 'RESOLVED',
      visibility: 'PUBLIC',
    });
    expect(await serviceStatus(app, 'order-database')).toBe('OPERATIONAL');

    const again = await app.gql(RESOLVE, {
      input: { id: incident.id, version: resolveIncident.version },
    });
    expect(again.errors?.[0]?.message).toBe('The incident is already Resolved.');

    const { incidentByRef } = await app.gqlOk<{ incidentByRef: { id: string } }>(
      `{ incidentByRef(ref: "inc-0001") { id } }`,
    );
    expect(incidentByRef.id).toBe(incident.id);
    const unknown = await app.gql(`{ incidentByRef(ref: "INC-0099") { id } }`);
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const active = await app.gqlOk<{ incidents: { edges: { node: { ref: string } }[] } }>(LIST, {
      filter: { activeOnly: true },
    });
    expect(active.incidents.edges.map((edge) => edge.node.ref)).toEqual(['INC-0002']);
  });

  it('records every change of the incident in the audit log', async () => {
    const app = use();
    const { auditLog } = await app.gqlOk<{ auditLog: { action: string }[] }>(
      `query A($id: String) { auditLog(entity: "Incident", id: $id) { action } }`,
      { id: incident.id },
    );
    expect(auditLog.map((entry) => entry.action).reverse()).toEqual([
      'declareIncident',
      'updateIncident',
      'postIncidentUpdate',
      'setServiceImpact',
      'setServiceImpact',
      'setServiceImpact',
      'resolveIncident',
    ]);
  });
});
