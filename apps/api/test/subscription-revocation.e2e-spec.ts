import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { AccessTokens } from '../src/auth/access-tokens';
import { ACCESS_TOKEN_MINUTES } from '../src/auth/access-tokens';
import { eventually } from './support/tcp-proxy';
import { describeEachDatabase, type TestApp } from './support/test-app';

const DECLARE = `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`;
const POST = `mutation P($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { id } }`;
const WATCH = `subscription { incidentChanged { incidentId change incident { timeline { body visibility } } } }`;

/** A live connection whose events and close code the test can watch. */
interface Watcher {
  events: unknown[];
  closedWith: number | undefined;
  client: Client;
}

function watch(app: TestApp, connectionParams: Record<string, string>): Watcher {
  const watcher: Watcher = { events: [], closedWith: undefined, client: undefined as never };
  watcher.client = createClient({
    url: `${app.url.replace('http', 'ws')}/graphql`,
    webSocketImpl: WebSocket,
    connectionParams,
    retryAttempts: 0,
    on: {
      closed: (event) => {
        watcher.closedWith = (event as { code?: number }).code;
      },
    },
  });
  watcher.client.subscribe(
    { query: WATCH },
    {
      next: (event) => watcher.events.push(event),
      error: () => undefined,
      complete: () => undefined,
    },
  );
  return watcher;
}

async function newIncident(app: TestApp): Promise<string> {
  const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(DECLARE, {
    input: { title: 'Phones down', severity: 'SEV2' },
  });
  return declareIncident.id;
}

async function postInternal(app: TestApp, incidentId: string, body: string): Promise<void> {
  await app.gqlOk(POST, { input: { incidentId, body, visibility: 'INTERNAL' } });
}

/** Makes changes until the watcher has heard one: its subscription is then registered. */
async function heard(app: TestApp, watcher: Watcher, incidentId: string): Promise<void> {
  await eventually(
    async () => {
      await postInternal(app, incidentId, 'warming up');
      return watcher.events.length > 0;
    },
    'the subscription to deliver a first event',
    { everyMs: 200 },
  );
}

async function createViewer(app: TestApp, email: string): Promise<{ id: string; token: string }> {
  const { createUser } = await app.gqlOk<{ createUser: { id: string } }>(
    `mutation U($input: CreateUserInput!) { createUser(input: $input) { id } }`,
    { input: { email, name: 'Watcher', role: 'VIEWER', password: 'watcher-password-123' } },
  );
  const login = await app.gqlOk<{ login: { accessToken: string } }>(
    `mutation L($input: LoginInput!) { login(input: $input) { accessToken } }`,
    { input: { email, password: 'watcher-password-123' } },
    { as: 'anonymous' },
  );
  return { id: createUser.id, token: login.login.accessToken };
}

describeEachDatabase('subscriptions end when access ends', (use) => {
  it('closes a person’s subscription when the person is disabled, and sends nothing more', async () => {
    const app = use();
    const person = await createViewer(app, 'disabled-watcher@example.com');
    const incidentId = await newIncident(app);
    const watcher = watch(app, { authorization: `Bearer ${person.token}` });
    await heard(app, watcher, incidentId);

    await app.gqlOk(`mutation X($input: DisableUserInput!) { disableUser(input: $input) { id } }`, {
      input: { id: person.id },
    });
    const before = watcher.events.length;
    await postInternal(app, incidentId, 'internal: after the person was disabled');
    await eventually(() => watcher.closedWith !== undefined, 'the connection to close');
    expect(watcher.closedWith).toBe(4403);
    expect(watcher.events.length).toBe(before);
    await watcher.client.dispose();
  });

  it('closes an API key’s subscription when the key is revoked, and sends nothing more', async () => {
    const app = use();
    const { createApiKey } = await app.gqlOk<{
      createApiKey: { secret: string; apiKey: { id: string } };
    }>(
      `mutation K($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret apiKey { id } } }`,
      { input: { name: 'status-widget', role: 'VIEWER' } },
    );
    const incidentId = await newIncident(app);
    const watcher = watch(app, { apiKey: createApiKey.secret });
    await heard(app, watcher, incidentId);

    await app.gqlOk(
      `mutation R($input: RevokeApiKeyInput!) { revokeApiKey(input: $input) { id } }`,
      {
        input: { id: createApiKey.apiKey.id },
      },
    );
    const before = watcher.events.length;
    await postInternal(app, incidentId, 'internal: after the key was revoked');
    await eventually(() => watcher.closedWith !== undefined, 'the connection to close');
    expect(watcher.closedWith).toBe(4403);
    expect(watcher.events.length).toBe(before);
    await watcher.client.dispose();
  });

  it('closes a subscription when its access token expires', async () => {
    const app = use();
    const person = await createViewer(app, 'expiring-watcher@example.com');
    // A token issued long enough ago that it has two seconds left.
    const issuedAt = new Date(Date.now() - ACCESS_TOKEN_MINUTES * 60_000 + 2_000);
    const { token } = app.app.get(AccessTokens).issue(person.id, issuedAt);
    const incidentId = await newIncident(app);
    const watcher = watch(app, { authorization: `Bearer ${token}` });
    await heard(app, watcher, incidentId);

    await eventually(() => watcher.closedWith !== undefined, 'the connection to close', {
      timeoutMs: 10_000,
    });
    expect(watcher.closedWith).toBe(4403);
    const before = watcher.events.length;
    await postInternal(app, incidentId, 'internal: after the token expired');
    expect(watcher.events.length).toBe(before);
    await watcher.client.dispose();
  });
});
