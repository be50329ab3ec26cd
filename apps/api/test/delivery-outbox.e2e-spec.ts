import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../src/bootstrap';
import { type AppConfig, loadConfig } from '../src/config/config';
import { eventually, SmtpSink, WebhookReceiver } from './support/delivery-sinks';
import { createEmptyPostgresDatabase, DATABASES, type DatabaseKind } from './support/test-app';
import { UsersService } from '../src/auth/users.service';
import { TEST_PASSWORD, testEmailFor } from './support/test-auth';

/**
 * The outbox across instances and restarts: what a publishing transaction committed is sent
 * exactly once, whichever instance sends it and whenever it starts.
 */

interface Instance {
  app: NestFastifyApplication;
  url: string;
}

async function startInstance(config: AppConfig): Promise<Instance> {
  const app = await createApp(config, { quiet: true });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  return {
    app,
    url: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`,
  };
}

async function emptyDatabase(
  kind: DatabaseKind,
): Promise<{ database: AppConfig['database']; drop: () => Promise<void> }> {
  if (kind === 'postgres') {
    const empty = await createEmptyPostgresDatabase();
    return { database: { kind: 'postgres', url: empty.url }, drop: empty.drop };
  }
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-outbox-'));
  return {
    database: { kind: 'sqlite', path: join(dir, 'test.sqlite') },
    drop: async () => rmSync(dir, { recursive: true, force: true }),
  };
}

function configFor(
  database: AppConfig['database'],
  smtpUrl: string,
  workerEnabled: boolean,
): AppConfig {
  const defaults = loadConfig({});
  return {
    ...defaults,
    port: 0,
    host: '127.0.0.1',
    demo: false,
    database,
    publicUrl: 'https://status.shop.example',
    auth: {
      ...defaults.auth,
      jwtSecret: 'a-shared-secret-of-the-outbox-suite-0123456789',
      personAccessReuseMs: 0,
    },
    delivery: {
      ...defaults.delivery,
      smtpUrl,
      allowPrivateWebhooks: true,
      workerEnabled,
      pollMs: 50,
    },
  };
}

async function gql<T>(
  instance: Instance,
  query: string,
  variables: Record<string, unknown>,
  headers: Record<string, string>,
): Promise<T> {
  const response = await fetch(`${instance.url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const result = (await response.json()) as { data?: T; errors?: unknown[] };
  if (result.errors?.length) throw new Error(JSON.stringify(result.errors));
  return result.data as T;
}

/** Creates an admin (once per database) and logs in through the instance. */
async function adminHeaders(instance: Instance): Promise<Record<string, string>> {
  const email = testEmailFor('ADMIN');
  const users = instance.app.get(UsersService);
  if (!(await users.findByEmail(email))) {
    await users.create(
      { email, name: 'Test admin', role: 'ADMIN', password: TEST_PASSWORD },
      { kind: 'system', name: 'test' },
    );
  }
  const { login } = await gql<{ login: { accessToken: string } }>(
    instance,
    'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
    { input: { email, password: TEST_PASSWORD } },
    {},
  );
  return { authorization: `Bearer ${login.accessToken}` };
}

describe.each(DATABASES)('the outbox across a restart (%s)', (kind) => {
  const sink = new SmtpSink();
  let drop: () => Promise<void> = async () => undefined;
  let running: Instance | undefined;

  afterAll(async () => {
    await running?.app.close();
    await sink.close();
    await drop();
  });

  it('a mail committed by an instance that stopped before sending is sent once after the restart', async () => {
    const smtpUrl = await sink.start();
    const empty = await emptyDatabase(kind);
    drop = empty.drop;
    // The first instance commits but never sends (as if killed right after the commit).
    const writer = configFor(empty.database, smtpUrl, false);
    running = await startInstance(writer);
    await gql(
      running,
      `mutation S($input: SubscribeToStatusInput!) { subscribeToStatus(input: $input) { accepted } }`,
      { input: { email: 'restart@example.com', locale: 'en', serviceKeys: [] } },
      {},
    );
    const queued = await gql<{ outboxMessages: { status: string }[] }>(
      running,
      `{ outboxMessages { status } }`,
      {},
      await adminHeaders(running),
    );
    expect(queued.outboxMessages).toEqual([{ status: 'QUEUED' }]);
    expect(sink.mails).toHaveLength(0);
    await running.app.close();
    running = undefined;

    running = await startInstance(configFor(empty.database, smtpUrl, true));
    await eventually(() => sink.mails.length > 0, 'the mail after the restart');
    const admin = await adminHeaders(running);
    await eventually(
      async () =>
        (
          await gql<{ outboxMessages: { status: string }[] }>(
            running as Instance,
            `{ outboxMessages { status } }`,
            {},
            admin,
          )
        ).outboxMessages[0]?.status === 'SENT',
      'the message to be SENT',
    );
    expect(sink.to('restart@example.com')).toHaveLength(1);
  });
});

describe('two instances on one PostgreSQL database', () => {
  const sink = new SmtpSink();
  const receiver = new WebhookReceiver();
  let first: Instance;
  let second: Instance;
  let config: AppConfig;
  let drop: () => Promise<void> = async () => undefined;

  beforeAll(async () => {
    const smtpUrl = await sink.start();
    await receiver.start();
    const empty = await emptyDatabase('postgres');
    drop = empty.drop;
    // Both instances run a worker and claim from the same table.
    config = configFor(empty.database, smtpUrl, true);
    first = await startInstance(config);
    second = await startInstance(config);
  });

  afterAll(async () => {
    await first?.app.close();
    await second?.app.close();
    await sink.close();
    await receiver.close();
    await drop();
  });

  it('deliver each message once', async () => {
    const headers = await adminHeaders(first);
    await gql(
      first,
      `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`,
      { input: { key: 'web-shop', name: 'Web shop', tier: 1, rtoMinutes: 60, rpoMinutes: 60 } },
      headers,
    );
    for (const path of ['/a', '/b', '/c']) {
      await gql(
        second,
        `mutation W($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret } }`,
        { input: { url: `${receiver.url}${path}`, serviceKeys: [], description: path } },
        headers,
      );
    }
    const emails = Array.from({ length: 20 }, (_, i) => `person${i}@example.com`);
    const declares: Promise<unknown>[] = [];
    for (let i = 0; i < 20; i += 1) {
      const instance = i % 2 === 0 ? first : second;
      declares.push(
        gql(
          instance,
          `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
          { input: { title: `Incident ${i}`, severity: 'SEV3' } },
          headers,
        ),
      );
      declares.push(
        gql(
          instance,
          `mutation S($input: SubscribeToStatusInput!) { subscribeToStatus(input: $input) { accepted } }`,
          { input: { email: emails[i], locale: 'en', serviceKeys: [] } },
          { 'x-forwarded-for': `203.0.113.${i}` },
        ),
      );
    }
    await Promise.all(declares);
    // 20 incidents x 3 endpoints, and 20 confirmation mails.
    await eventually(() => receiver.calls.length >= 60, '60 webhook calls', 30_000);
    await eventually(() => sink.mails.length >= 20, '20 mails', 30_000);
    const outbox = await eventually(async () => {
      const rows = (
        await gql<{ outboxMessages: { status: string }[] }>(
          first,
          `{ outboxMessages(first: 500) { status } }`,
          {},
          headers,
        )
      ).outboxMessages;
      return rows.length === 80 && rows.every((row) => row.status === 'SENT') && rows;
    }, 'every message SENT');
    expect(outbox).toHaveLength(80);
    const ids = receiver.calls.map((call) => String(call.headers['webhook-id']));
    expect(new Set(ids).size).toBe(60);
    expect(receiver.calls).toHaveLength(60);
    const messageIds = sink.mails.map((mail) => mail.headers.get('message-id'));
    expect(new Set(messageIds).size).toBe(20);
    expect(sink.mails).toHaveLength(20);
    for (const email of emails) expect(sink.to(email)).toHaveLength(1);
  }, 60_000);
});
