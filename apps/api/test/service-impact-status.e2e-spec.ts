import { describeEachDatabase, type TestApp } from './support/test-app';

const CREATE_SERVICE = `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`;
const DECLARE = `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id version } }`;
const IMPACT = `mutation I($input: SetServiceImpactInput!) { setServiceImpact(input: $input) { version } }`;
const UPDATE_SERVICE = `mutation U($input: UpdateServiceInput!) { updateService(input: $input) { version } }`;

interface AuditView {
  action: string;
  actor: string;
  before: { status: string; version: number } | null;
  after: { status: string; version: number } | null;
}

async function service(app: TestApp, key: string): Promise<{ status: string; version: number }> {
  const result = await app.gqlOk<{ service: { status: string; version: number } }>(
    `query S($key: String!) { service(key: $key) { status version } }`,
    { key },
  );
  return result.service;
}

async function statusAudits(app: TestApp, key: string): Promise<AuditView[]> {
  const { auditLog } = await app.gqlOk<{ auditLog: AuditView[] }>(
    `query A($id: String) { auditLog(entity: "Service", id: $id) { action actor before after } }`,
    { id: key },
  );
  return auditLog.filter((entry) => entry.action === 'setServiceStatus');
}

describeEachDatabase("a service's status follows its incident impacts", (use) => {
  beforeAll(async () => {
    await use().gqlOk(CREATE_SERVICE, {
      input: { key: 'phone-system', name: 'Phones', tier: 2, rtoMinutes: 60, rpoMinutes: 0 },
    });
  });

  it('moves the service on with one audited, versioned status change per real change', async () => {
    const app = use();
    const before = await service(app, 'phone-system');
    const { declareIncident } = await app.gqlOk<{
      declareIncident: { id: string; version: number };
    }>(DECLARE, { input: { title: 'Phones dead', severity: 'SEV2' } });
    const down = await app.gqlOk<{ setServiceImpact: { version: number } }>(IMPACT, {
      input: {
        incidentId: declareIncident.id,
        version: declareIncident.version,
        serviceKey: 'phone-system',
        status: 'MAJOR_OUTAGE',
      },
    });
    expect(await service(app, 'phone-system')).toEqual({
      status: 'MAJOR_OUTAGE',
      version: before.version + 1,
    });
    expect(await statusAudits(app, 'phone-system')).toEqual([
      {
        action: 'setServiceStatus',
        actor: expect.any(String),
        before: { status: 'OPERATIONAL', version: before.version },
        after: { status: 'MAJOR_OUTAGE', version: before.version + 1 },
      },
    ]);

    // The same status again changes the impact's record but not the service: no write, no entry.
    await app.gqlOk(IMPACT, {
      input: {
        incidentId: declareIncident.id,
        version: down.setServiceImpact.version,
        serviceKey: 'phone-system',
        status: 'MAJOR_OUTAGE',
      },
    });
    expect((await service(app, 'phone-system')).version).toBe(before.version + 1);
    expect(await statusAudits(app, 'phone-system')).toHaveLength(1);
  });

  it('builds on the version an admin edit left behind, so neither overwrites the other', async () => {
    const app = use();
    const current = await service(app, 'phone-system');
    await app.gqlOk(UPDATE_SERVICE, {
      input: { key: 'phone-system', version: current.version, name: 'Phone system' },
    });
    const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(DECLARE, {
      input: {
        title: 'Phones crackle',
        severity: 'SEV3',
        impacts: [{ serviceKey: 'phone-system', status: 'DEGRADED_PERFORMANCE' }],
      },
    });
    expect(declareIncident.id).toBeTruthy();
    // Worst open impact wins: the earlier MAJOR_OUTAGE is still open.
    expect(await service(app, 'phone-system')).toEqual({
      status: 'MAJOR_OUTAGE',
      version: current.version + 1,
    });
    const stale = await app.gql(UPDATE_SERVICE, {
      input: { key: 'phone-system', version: current.version, name: 'Phones again' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });
});
