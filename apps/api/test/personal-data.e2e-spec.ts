import { describeEachDatabase, type TestApp } from './support/test-app';

/*
 * An incident that loses order records affects personal data: GDPR Art. 33 gives 72 hours from
 * awareness to notify the authority and asks for every breach to be documented either way.
 */

const RECORD = `mutation R($input: RecordPersonalDataBreachInput!) {
  recordPersonalDataBreach(input: $input) {
    incidentId aspects awareAt facts authorityDecision authorityNotifiedAt authorityReason version createdBy
    clock { state deadline minutesLeft minutesOverdue notifiedLate }
  }
}`;

const READ = `query I($id: ID!) {
  incident(id: $id) {
    personalDataBreach { aspects facts authorityDecision version clock { state deadline minutesLeft } }
  }
}`;

const OVERVIEW = `{ overview { activeIncidents { incident { id } personalDataClock { state deadline minutesLeft } } } }`;

const HOUR = 3_600_000;
const hoursAgo = (hours: number) => new Date(Date.now() - hours * HOUR).toISOString();

interface Clock {
  state: string;
  deadline: string;
  minutesLeft: number;
}

async function declare(app: TestApp, title: string): Promise<string> {
  const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
    `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
    { input: { title, severity: 'SEV1', startedAt: hoursAgo(30) } },
  );
  return declareIncident.id;
}

function breach(incidentId: string, overrides: Record<string, unknown> = {}) {
  return {
    incidentId,
    aspects: ['AVAILABILITY'],
    awareAt: hoursAgo(24),
    facts: 'Order records of two days were lost with the server.',
    effects: 'Customers wait for orders we cannot see.',
    remedialAction: 'Orders are reconstructed from payment and mail records.',
    ...overrides,
  };
}

async function breachOf(app: TestApp, id: string) {
  const { incident } = await app.gqlOk<{
    incident: {
      personalDataBreach: {
        facts: string;
        authorityDecision: string;
        version: number;
        clock: Clock;
      } | null;
    };
  }>(READ, { id });
  return incident.personalDataBreach;
}

describeEachDatabase('personal data: the breach record and the 72-hour clock', (use) => {
  let incidentId = '';

  beforeAll(async () => {
    incidentId = await declare(use(), 'Server failure');
  });

  it('is absent until the incident is flagged', async () => {
    expect(await breachOf(use(), incidentId)).toBeNull();
  });

  it('keeps the record a responder flags, with the clock running from awareness', async () => {
    const app = use();
    const { recordPersonalDataBreach: saved } = await app.gqlOk<{
      recordPersonalDataBreach: { version: number; createdBy: string; clock: Clock };
    }>(RECORD, { input: breach(incidentId) }, { as: 'RESPONDER' });
    expect(saved.version).toBe(1);
    expect(saved.createdBy).toContain('responder');
    expect(saved.clock.state).toBe('RUNNING');
    // 72 h from awareness 24 h ago: 48 h left, rounded down to the minute.
    expect(saved.clock.minutesLeft).toBeGreaterThanOrEqual(48 * 60 - 2);
    expect(saved.clock.minutesLeft).toBeLessThan(48 * 60);

    const read = await breachOf(app, incidentId);
    expect(read).toMatchObject({ facts: breach(incidentId).facts, authorityDecision: 'PENDING' });
    // A viewer reads the record too.
    const asViewer = await app.gql(READ, { id: incidentId }, { as: 'VIEWER' });
    expect(asViewer.errors).toBeUndefined();
  });

  it('shows the clock on the overview', async () => {
    const { overview } = await use().gqlOk<{
      overview: {
        activeIncidents: { incident: { id: string }; personalDataClock: Clock | null }[];
      };
    }>(OVERVIEW);
    const line = overview.activeIncidents.find((active) => active.incident.id === incidentId);
    expect(line?.personalDataClock).toMatchObject({ state: 'RUNNING' });
    expect(line?.personalDataClock?.minutesLeft).toBeGreaterThan(47 * 60);
  });

  it('refuses a second first record and a stale edit, and keeps the edit based on the current version', async () => {
    const app = use();
    const twice = await app.gql(RECORD, { input: breach(incidentId) });
    expect(twice.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const stale = await app.gql(RECORD, {
      input: breach(incidentId, { version: 7, facts: 'overwritten' }),
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const { recordPersonalDataBreach } = await app.gqlOk<{
      recordPersonalDataBreach: { version: number; clock: Clock; authorityDecision: string };
    }>(RECORD, {
      input: breach(incidentId, {
        version: 1,
        authorityDecision: 'NOTIFIED',
        authorityNotifiedAt: hoursAgo(1),
      }),
    });
    expect(recordPersonalDataBreach).toMatchObject({
      version: 2,
      authorityDecision: 'NOTIFIED',
      clock: { state: 'NOTIFIED', minutesLeft: 0 },
    });
  });

  it('refuses a record without the reasons the law asks for, and changes nothing', async () => {
    const app = use();
    const refused = await app.gql(RECORD, {
      input: breach(incidentId, { version: 2, authorityDecision: 'NOT_REQUIRED' }),
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.issues).toEqual([
      expect.objectContaining({ field: 'authorityReason', code: 'NO_NOTIFICATION_REASON' }),
    ]);
    expect(await breachOf(app, incidentId)).toMatchObject({
      authorityDecision: 'NOTIFIED',
      version: 2,
    });
  });

  it('is kept by responders only, for incidents that exist, and audited', async () => {
    const app = use();
    const other = await declare(app, 'Phone outage');
    const viewer = await app.gql(RECORD, { input: breach(other) }, { as: 'VIEWER' });
    expect(viewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await breachOf(app, other)).toBeNull();

    const unknown = await app.gql(RECORD, {
      input: breach('00000000-0000-4000-8000-000000000000'),
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const { auditLog } = await app.gqlOk<{
      auditLog: { action: string; entityId: string }[];
    }>(`query A($entity: String) { auditLog(entity: $entity) { action entityId } }`, {
      entity: 'PersonalDataBreach',
    });
    expect(auditLog).toEqual([
      { action: 'recordPersonalDataBreach', entityId: incidentId },
      { action: 'recordPersonalDataBreach', entityId: incidentId },
    ]);
  });
});
