import { describeEachDatabase, type GraphQLResponse, type TestApp } from './support/test-app';

const INCIDENT_FIELDS = 'id ref title summary severity startedAt detectedAt commander version';
const DECLARE = `mutation Declare($input: DeclareIncidentInput!) {
  declareIncident(input: $input) { ${INCIDENT_FIELDS} }
}`;
const UPDATE_INCIDENT = `mutation Update($input: UpdateIncidentInput!) {
  updateIncident(input: $input) { ${INCIDENT_FIELDS} }
}`;
const SERVICE_FIELDS = 'key name description tier rtoMinutes rpoMinutes status version';
const CREATE_SERVICE = `mutation Create($input: CreateServiceInput!) {
  createService(input: $input) { ${SERVICE_FIELDS} }
}`;
const UPDATE_SERVICE = `mutation Update($input: UpdateServiceInput!) {
  updateService(input: $input) { ${SERVICE_FIELDS} }
}`;
const TASK_FIELDS = 'id title status owner serviceKey estimateMinutes version';
const ADD_TASK = `mutation Add($input: AddRecoveryTaskInput!) { addRecoveryTask(input: $input) { ${TASK_FIELDS} } }`;
const UPDATE_TASK = `mutation Update($input: UpdateRecoveryTaskInput!) {
  updateRecoveryTask(input: $input) { ${TASK_FIELDS} }
}`;
const LOGIN = `mutation Login($input: LoginInput!) { login(input: $input) { accessToken } }`;

const NUL = '\u0000';

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

describeEachDatabase('input the API refuses before changing anything', (use) => {
  let incident: Record<string, unknown>;
  let service: Record<string, unknown>;
  let task: Record<string, unknown>;

  beforeAll(async () => {
    const app = use();
    service = (
      await app.gqlOk<{ createService: Record<string, unknown> }>(CREATE_SERVICE, {
        input: {
          key: 'order-database',
          name: 'Order database',
          tier: 1,
          rtoMinutes: 240,
          rpoMinutes: 60,
        },
      })
    ).createService;
    incident = (
      await app.gqlOk<{ declareIncident: Record<string, unknown> }>(DECLARE, {
        input: { title: 'Main server failed', severity: 'SEV1', commander: 'Ilse' },
      })
    ).declareIncident;
    task = (
      await app.gqlOk<{ addRecoveryTask: Record<string, unknown> }>(ADD_TASK, {
        input: { incidentId: incident['id'], title: 'Restore the backup', owner: 'Jens' },
      })
    ).addRecoveryTask;
  });

  it.each(['title', 'summary', 'severity', 'startedAt', 'detectedAt'])(
    'refuses updateIncident with an explicit null %s, naming it, and changes nothing',
    async (field) => {
      const app = use();
      const result = await app.gql(UPDATE_INCIDENT, {
        input: { id: incident['id'], version: incident['version'], [field]: null },
      });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual([field]);
      const after = await app.gqlOk<{ incident: Record<string, unknown> }>(
        `query($id: ID!) { incident(id: $id) { ${INCIDENT_FIELDS} } }`,
        { id: incident['id'] },
      );
      expect(after.incident).toEqual(incident);
    },
  );

  it.each(['name', 'description', 'tier', 'rtoMinutes', 'status'])(
    'refuses updateService with an explicit null %s, naming it',
    async (field) => {
      const app = use();
      const result = await app.gql(UPDATE_SERVICE, {
        input: { key: service['key'], version: service['version'], [field]: null },
      });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual([field]);
    },
  );

  it.each(['title', 'status'])(
    'refuses updateRecoveryTask with an explicit null %s, naming it',
    async (field) => {
      const app = use();
      const result = await app.gql(UPDATE_TASK, {
        input: { id: task['id'], version: task['version'], [field]: null },
      });
      expect(codeOf(result)).toBe('BAD_USER_INPUT');
      expect(fieldsOf(result)).toEqual([field]);
    },
  );

  it('still lets null clear what it is documented to clear', async () => {
    const app = use();
    const result = await app.gqlOk<{ updateRecoveryTask: Record<string, unknown> }>(UPDATE_TASK, {
      input: { id: task['id'], version: task['version'], owner: null },
    });
    expect(result.updateRecoveryTask['owner']).toBeNull();
    task = result.updateRecoveryTask;
  });

  it('takes null in a creating input as left out, as the dashboard sends it', async () => {
    const app = use();
    const { declareIncident } = await app.gqlOk<{ declareIncident: Record<string, unknown> }>(
      DECLARE,
      {
        input: {
          title: 'Carrier labels fail',
          severity: 'SEV3',
          summary: null,
          startedAt: null,
          detectedAt: null,
          commander: null,
        },
      },
    );
    expect(declareIncident).toMatchObject({ summary: '', commander: null });
    const created = await app.gqlOk<{ createUser: { name: string } }>(
      `mutation($input: CreateUserInput!) { createUser(input: $input) { name } }`,
      {
        input: {
          email: 'new.colleague@test.lagebild.example',
          name: null,
          role: 'VIEWER',
          password: 'a-long-enough-password',
        },
      },
    );
    expect(typeof created.createUser.name).toBe('string');
  });

  it('refuses a NUL byte in a nested input string, naming the field, and declares nothing', async () => {
    const app = use();
    const before = await incidentCount(app);
    const result = await app.gql(DECLARE, {
      input: { title: `Broken${NUL}title`, severity: 'SEV2' },
    });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(['title']);
    expect(await incidentCount(app)).toBe(before);
  });

  it('refuses a NUL byte written into the query text', async () => {
    const app = use();
    const result = await app.gql(
      `mutation { declareIncident(input: { title: "Broken\\u0000title", severity: SEV2 }) { id } }`,
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(['title']);
  });

  it('refuses a NUL byte in an anonymous login without an internal error', async () => {
    const app = use();
    const result = await app.gql(
      LOGIN,
      { input: { email: `admin${NUL}@test.lagebild.example`, password: 'x' } },
      { as: 'anonymous' },
    );
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(['email']);
  });

  it('refuses a NUL byte in a query argument', async () => {
    const app = use();
    const result = await app.gql(`query($key: String!) { service(key: $key) { key } }`, {
      key: `order${NUL}database`,
    });
    expect(codeOf(result)).toBe('BAD_USER_INPUT');
    expect(fieldsOf(result)).toEqual(['key']);
  });
});
