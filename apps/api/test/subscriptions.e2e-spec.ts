import { type Client, createClient, type FormattedExecutionResult } from 'graphql-ws';
import WebSocket from 'ws';
import { describeEachDatabase, type TestApp } from './support/test-app';
import { authHeadersFor } from './support/test-auth';

type Event = FormattedExecutionResult<Record<string, unknown>, unknown>;

/** A graphql-ws client connected to the running app, signed in as a viewer. */
async function viewerClient(app: TestApp): Promise<Client> {
  const headers = await authHeadersFor(app, 'VIEWER');
  return createClient({
    url: `${app.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams: { authorization: headers['authorization'] },
    retryAttempts: 0,
  });
}

/** Subscribes and collects every event until `stop()`; resolves `ready` once acknowledged. */
function collect(client: Client, query: string, variables: Record<string, unknown> = {}) {
  const events: Event[] = [];
  const errors: unknown[] = [];
  const waiting: ((event: Event) => void)[] = [];
  const stop = client.subscribe<Record<string, unknown>>(
    { query, variables },
    {
      next: (event) => {
        events.push(event);
        waiting.shift()?.(event);
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return {
    events,
    errors,
    stop,
    /** The next event, or a failure after `ms`. */
    next(ms = 10_000): Promise<Event> {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error('no event arrived')), ms);
        waiting.push((event) => {
          clearTimeout(timer);
          resolve(event);
        });
      });
    },
  };
}

/** Subscriptions are registered on the server a moment after the client sent them. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 500));

const DECLARE = `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id version } }`;
const POST = `mutation P($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { id version } }`;

describeEachDatabase('live subscriptions over graphql-ws', (use) => {
  let client: Client;

  beforeAll(async () => {
    const app = use();
    await app.gqlOk(
      `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`,
      {
        input: {
          key: 'phone-system',
          name: 'Phone system',
          tier: 2,
          rtoMinutes: 480,
          rpoMinutes: 0,
        },
      },
    );
    client = await viewerClient(app);
  });

  afterAll(async () => {
    await client.dispose();
  });

  it('tells incident subscribers about a committed change, with the incident as it is now', async () => {
    const app = use();
    const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
      DECLARE,
      { input: { title: 'Phones down', severity: 'SEV2' } },
      { as: 'RESPONDER' },
    );
    const subscription = collect(
      client,
      `subscription S($id: ID) { incidentChanged(id: $id) { incidentId change incident { status timeline { body } } } }`,
      { id: declareIncident.id },
    );
    await settle();
    const arrived = subscription.next();
    await app.gqlOk(
      POST,
      {
        input: {
          incidentId: declareIncident.id,
          body: 'The PBX is damaged',
          visibility: 'INTERNAL',
          statusChange: 'IDENTIFIED',
        },
      },
      { as: 'RESPONDER' },
    );
    const event = await arrived;
    subscription.stop();
    expect(event.errors).toBeUndefined();
    expect(event.data?.['incidentChanged']).toEqual({
      incidentId: declareIncident.id,
      change: 'postIncidentUpdate',
      incident: { status: 'IDENTIFIED', timeline: [{ body: 'The PBX is damaged' }] },
    });
  });

  it('filters by incident id: changes to other incidents are not sent', async () => {
    const app = use();
    const watched = await app.gqlOk<{ declareIncident: { id: string } }>(
      DECLARE,
      { input: { title: 'Watched', severity: 'SEV3' } },
      { as: 'RESPONDER' },
    );
    const other = await app.gqlOk<{ declareIncident: { id: string } }>(
      DECLARE,
      { input: { title: 'Other', severity: 'SEV3' } },
      { as: 'RESPONDER' },
    );
    const subscription = collect(
      client,
      `subscription S($id: ID) { incidentChanged(id: $id) { incidentId change } }`,
      { id: watched.declareIncident.id },
    );
    await settle();
    const arrived = subscription.next();
    await app.gqlOk(
      POST,
      {
        input: { incidentId: other.declareIncident.id, body: 'Other news', visibility: 'INTERNAL' },
      },
      { as: 'RESPONDER' },
    );
    await app.gqlOk(
      POST,
      { input: { incidentId: watched.declareIncident.id, body: 'News', visibility: 'INTERNAL' } },
      { as: 'RESPONDER' },
    );
    const event = await arrived;
    await settle();
    subscription.stop();
    expect(subscription.events.map((e) => e.data?.['incidentChanged'])).toEqual([
      { incidentId: watched.declareIncident.id, change: 'postIncidentUpdate' },
    ]);
    expect(event.data?.['incidentChanged']).toMatchObject({ change: 'postIncidentUpdate' });
  });

  it('tells overview subscribers, with the fresh situation picture', async () => {
    const app = use();
    const subscription = collect(
      client,
      `subscription { overviewChanged { change overview { activeIncidentCount servicesNotOperational { serviceKey } } } }`,
    );
    await settle();
    const arrived = subscription.next();
    await app.gqlOk(
      DECLARE,
      {
        input: {
          title: 'Phones down again',
          severity: 'SEV1',
          impacts: [{ serviceKey: 'phone-system', status: 'MAJOR_OUTAGE' }],
        },
      },
      { as: 'RESPONDER' },
    );
    const event = await arrived;
    subscription.stop();
    expect(event.errors).toBeUndefined();
    expect(event.data?.['overviewChanged']).toEqual({
      change: 'declareIncident',
      overview: {
        activeIncidentCount: 4,
        servicesNotOperational: [{ serviceKey: 'phone-system' }],
      },
    });
  });

  it('sends nothing for a rejected mutation: it rolled back', async () => {
    const app = use();
    const { declareIncident } = await app.gqlOk<{
      declareIncident: { id: string; version: number };
    }>(DECLARE, { input: { title: 'Stale', severity: 'SEV4' } }, { as: 'RESPONDER' });
    const incidents = collect(client, `subscription { incidentChanged { incidentId change } }`);
    const overview = collect(client, `subscription { overviewChanged { change } }`);
    await settle();
    // A stale version is refused with CONFLICT ...
    const stale = await app.gql(
      POST,
      {
        input: {
          incidentId: declareIncident.id,
          version: declareIncident.version + 5,
          body: 'Too late',
          visibility: 'PUBLIC',
        },
      },
      { as: 'RESPONDER' },
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    // ... and a move the state machine forbids is refused inside the transaction.
    const forbidden = await app.gql(
      POST,
      {
        input: {
          incidentId: declareIncident.id,
          body: 'Reopen?',
          visibility: 'INTERNAL',
          statusChange: 'INVESTIGATING',
        },
      },
      { as: 'RESPONDER' },
    );
    expect(forbidden.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    await new Promise((resolve) => setTimeout(resolve, 700));
    incidents.stop();
    overview.stop();
    expect(incidents.events).toEqual([]);
    expect(overview.events).toEqual([]);
  });

  it('refuses a connection without credentials', async () => {
    const app = use();
    const anonymous = createClient({
      url: `${app.url.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      retryAttempts: 0,
    });
    const subscription = collect(anonymous, `subscription { overviewChanged { change } }`);
    await new Promise((resolve) => setTimeout(resolve, 700));
    subscription.stop();
    await anonymous.dispose();
    expect(subscription.events).toEqual([]);
    expect(JSON.stringify(subscription.errors)).toContain(
      'Log in to use Subscription.overviewChanged',
    );
  });
});
