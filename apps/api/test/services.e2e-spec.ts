import { describeEachDatabase } from './support/test-app';

const SERVICE_FIELDS =
  'key name description tier rtoMinutes rpoMinutes dependsOn status version dependents';

const CREATE = `mutation Create($input: CreateServiceInput!) {
  createService(input: $input) { ${SERVICE_FIELDS} }
}`;
const UPDATE = `mutation Update($input: UpdateServiceInput!) {
  updateService(input: $input) { ${SERVICE_FIELDS} }
}`;
const LIST = `{ services { ${SERVICE_FIELDS} } }`;

function service(key: string, dependsOn: string[] = [], tier = 2) {
  return { key, name: key.replace(/-/g, ' '), tier, rtoMinutes: 240, rpoMinutes: 60, dependsOn };
}

describeEachDatabase('services catalogue over GraphQL', (use) => {
  it('creates services and answers who depends on them, transitively', async () => {
    const app = use();
    await app.gqlOk(CREATE, { input: service('order-database', [], 1) });
    await app.gqlOk(CREATE, { input: service('order-processing', ['order-database']) });
    await app.gqlOk(CREATE, { input: service('shipping', ['order-processing']) });

    const { service: orderDb } = await app.gqlOk<{
      service: { dependents: string[]; status: string; version: number };
    }>(`{ service(key: "order-database") { dependents status version } }`);
    expect(orderDb.dependents).toEqual(['order-processing', 'shipping']);
    expect(orderDb.status).toBe('OPERATIONAL');
    expect(orderDb.version).toBe(1);

    const { services } = await app.gqlOk<{ services: { key: string }[] }>(LIST);
    expect(services.map((s) => s.key)).toEqual(['order-database', 'order-processing', 'shipping']);
  });

  it('refuses a dependency cycle with BAD_USER_INPUT naming it, and writes nothing', async () => {
    const app = use();
    const result = await app.gql(UPDATE, {
      input: { key: 'order-database', version: 1, dependsOn: ['shipping'] },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    // The cycle is named in full, whichever service the search started from.
    expect(result.errors?.[0]?.message).toMatch(
      /^Dependency cycle: (order-database|shipping|order-processing)( -> (order-database|shipping|order-processing)){3}$/,
    );
    const { service: unchanged } = await app.gqlOk<{
      service: { dependsOn: string[]; version: number };
    }>(`{ service(key: "order-database") { dependsOn version } }`);
    expect(unchanged).toEqual({ dependsOn: [], version: 1 });
  });

  it('names each bad field and keeps the catalogue unchanged', async () => {
    const app = use();
    const result = await app.gql(CREATE, {
      input: { ...service('Bad Key!'), tier: 9, dependsOn: ['does-not-exist'] },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fields = result.errors?.[0]?.extensions?.issues?.map((issue) => issue.field);
    expect(fields).toEqual(expect.arrayContaining(['tier']));

    const domainRuleResult = await app.gql(CREATE, {
      input: { ...service('Bad Key!'), dependsOn: ['does-not-exist'] },
    });
    const domainFields = domainRuleResult.errors?.[0]?.extensions?.issues?.map((i) => i.field);
    expect(domainFields).toEqual(expect.arrayContaining(['key', 'dependsOn']));

    const { services } = await app.gqlOk<{ services: unknown[] }>(LIST);
    expect(services).toHaveLength(3);
  });

  it('rejects a 100 KB name, an unknown input field and a wrong type with coded errors', async () => {
    const app = use();
    const huge = await app.gql(CREATE, {
      input: { ...service('huge'), name: 'x'.repeat(100_000) },
    });
    expect(huge.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const unknown = await app.gql(CREATE, {
      input: { ...service('unknown-field'), colour: 'red' },
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const wrongType = await app.gql(CREATE, { input: { ...service('wrong-type'), tier: 'one' } });
    expect(wrongType.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const { services } = await app.gqlOk<{ services: unknown[] }>(LIST);
    expect(services).toHaveLength(3);
  });

  it('updates with the current version and refuses a stale one with CONFLICT', async () => {
    const app = use();
    const first = await app.gqlOk<{ updateService: { name: string; version: number } }>(UPDATE, {
      input: { key: 'shipping', version: 1, name: 'Shipping and labels', status: 'MAJOR_OUTAGE' },
    });
    expect(first.updateService).toMatchObject({ name: 'Shipping and labels', version: 2 });

    const stale = await app.gql(UPDATE, {
      input: { key: 'shipping', version: 1, name: 'Lost edit' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const { service: current } = await app.gqlOk<{ service: { name: string; status: string } }>(
      `{ service(key: "shipping") { name status } }`,
    );
    expect(current).toEqual({ name: 'Shipping and labels', status: 'MAJOR_OUTAGE' });
  });

  it('answers NOT_FOUND for an unknown key and records every change in the audit log', async () => {
    const app = use();
    const missing = await app.gql(`{ service(key: "nope") { key } }`);
    expect(missing.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const { auditLog } = await app.gqlOk<{
      auditLog: { action: string; before: unknown; after: { name: string } }[];
    }>(`{ auditLog(entity: "Service", id: "shipping") { action before after } }`);
    expect(auditLog.map((entry) => entry.action)).toEqual(['updateService', 'createService']);
    expect(auditLog[0]?.after.name).toBe('Shipping and labels');
  });

  it('reports the database as reachable on /health', async () => {
    const response = await fetch(`${use().url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ status: 'ok', database: 'reachable' });
  });
});
