import { describeEachDatabase, type GraphQLResponse, type TestApp } from './support/test-app';

const DECLARE = `mutation Declare($input: DeclareIncidentInput!) {
  declareIncident(input: $input) { id ref version }
}`;
const POST = `mutation Post($input: PostIncidentUpdateInput!) {
  postIncidentUpdate(input: $input) { id version timeline { body } }
}`;

const RESPONDER = { as: 'RESPONDER' as const };

function codeOf(result: GraphQLResponse<unknown>): string | undefined {
  return result.errors?.[0]?.extensions?.code;
}

function fieldsOf(result: GraphQLResponse<unknown>): string[] {
  return result.errors?.[0]?.extensions?.issues?.map((issue) => issue.field) ?? [];
}

async function incidentCount(app: TestApp): Promise<number> {
  const data = await app.gqlOk<{ incidents: { totalCount: number } }>(
    `{ incidents(first: 1) { totalCount } }`,
  );
  return data.incidents.totalCount;
}

async function backlogKeys(app: TestApp): Promise<string[]> {
  const data = await app.gqlOk<{ backlogs: { key: string }[] }>(`{ backlogs { key } }`);
  return data.backlogs.map((backlog) => backlog.key);
}

async function timelineOf(app: TestApp, id: string): Promise<string[]> {
  const data = await app.gqlOk<{ incident: { timeline: { body: string }[] } }>(
    `query($id: ID!) { incident(id: $id) { timeline { body } } }`,
    { id },
  );
  return data.incident.timeline.map((entry) => entry.body);
}

describeEachDatabase('a refused request wrote nothing, a retried one writes once', (use) => {
  it('refuses a declaration whose selection asks for metrics at an impossible moment, and declares nothing', async () => {
    const app = use();
    const before = await incidentCount(app);
    const result = await app.gql(
      `mutation {
        declareIncident(input: { title: "Shop down", severity: SEV2 }) {
          id metrics(asOf: "9999999-01-01T00:00:00.000Z") { timeToDetectMinutes }
        }
      }`,
      {},
      RESPONDER,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(result.data ?? null).toBeNull();
    expect(await incidentCount(app)).toBe(before);
  });

  it('refuses the same impossible moment sent as a variable, and declares nothing', async () => {
    const app = use();
    const before = await incidentCount(app);
    const result = await app.gql(
      `mutation($input: DeclareIncidentInput!, $asOf: DateTime) {
        declareIncident(input: $input) { id metrics(asOf: $asOf) { timeToDetectMinutes } }
      }`,
      { input: { title: 'Shop down', severity: 'SEV2' }, asOf: '+275760-09-13T00:00:00.000Z' },
      RESPONDER,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(await incidentCount(app)).toBe(before);
  });

  it('refuses a backlog whose selection asks a forecast for negative staff, and creates nothing', async () => {
    const app = use();
    const result = await app.gql(
      `mutation($input: CreateBacklogInput!) {
        createBacklog(input: $input) { key forecast(staff: -3) { open } }
      }`,
      {
        input: {
          key: 'refused-backlog',
          name: 'Refused',
          unit: 'e-mail',
          promiseHours: 24,
          staff: 1,
          itemsPerStaffHour: 1,
          arrivalRatePerHour: 0,
        },
      },
      RESPONDER,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(['staff']);
    expect(await backlogKeys(app)).not.toContain('refused-backlog');
  });

  it('refuses two declarations in one request when the second is invalid, declaring neither', async () => {
    const app = use();
    const before = await incidentCount(app);
    const result = await app.gql(
      `mutation {
        first: declareIncident(input: { title: "Valid", severity: SEV3 }) { id }
        second: declareIncident(input: { title: "${'x'.repeat(201)}", severity: SEV3 }) { id }
      }`,
      {},
      RESPONDER,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(['title']);
    expect(await incidentCount(app)).toBe(before);
  });

  it('declares once for a retried idempotency key and refuses the key with another payload', async () => {
    const app = use();
    const before = await incidentCount(app);
    const input = { title: 'Phone system down', severity: 'SEV2', idempotencyKey: 'declare-1' };
    const first = await app.gqlOk<{ declareIncident: { id: string } }>(
      DECLARE,
      { input },
      RESPONDER,
    );
    const retry = await app.gqlOk<{ declareIncident: { id: string } }>(
      DECLARE,
      { input },
      RESPONDER,
    );
    expect(retry.declareIncident.id).toBe(first.declareIncident.id);
    expect(await incidentCount(app)).toBe(before + 1);

    const reused = await app.gql(
      DECLARE,
      { input: { ...input, title: 'Something else' } },
      RESPONDER,
    );
    expect(codeOf(reused)).toBe('CONFLICT');
    expect(fieldsOf(reused)).toEqual(['idempotencyKey']);
    expect(await incidentCount(app)).toBe(before + 1);
  });

  it('declares once when eight retries of one declaration arrive at the same time', async () => {
    const app = use();
    const before = await incidentCount(app);
    const input = {
      title: 'Carrier labels fail',
      severity: 'SEV3',
      idempotencyKey: 'declare-race',
    };
    const results = await Promise.all(
      Array.from({ length: 8 }, () =>
        app.gqlOk<{ declareIncident: { id: string } }>(DECLARE, { input }, RESPONDER),
      ),
    );
    expect(new Set(results.map((result) => result.declareIncident.id)).size).toBe(1);
    expect(await incidentCount(app)).toBe(before + 1);
  });

  it('posts one timeline entry for eight retries of one update sent at once', async () => {
    const app = use();
    const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
      DECLARE,
      { input: { title: 'E-mail inbox full', severity: 'SEV3' } },
      RESPONDER,
    );
    const input = {
      incidentId: declareIncident.id,
      body: 'Mailbox quota raised, mails arrive again',
      visibility: 'PUBLIC',
      idempotencyKey: 'update-race',
    };
    const results = await Promise.all(
      Array.from({ length: 8 }, () => app.gql(POST, { input }, RESPONDER)),
    );
    expect(results.flatMap((result) => result.errors ?? [])).toEqual([]);
    const bodies = await timelineOf(app, declareIncident.id);
    expect(bodies.filter((body) => body === input.body)).toHaveLength(1);

    const reused = await app.gql(POST, { input: { ...input, body: 'Another text' } }, RESPONDER);
    expect(codeOf(reused)).toBe('CONFLICT');
    expect(fieldsOf(reused)).toEqual(['idempotencyKey']);
    expect(await timelineOf(app, declareIncident.id)).toEqual(bodies);
  });
});
