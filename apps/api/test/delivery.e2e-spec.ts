import { createHmac } from 'node:crypto';
import { loadConfig } from '../src/config/config';
import { eventually, SmtpSink, WebhookReceiver } from './support/delivery-sinks';
import { DATABASES, startTestApp, type TestApp } from './support/test-app';

const SUBSCRIBE = `mutation S($input: SubscribeToStatusInput!) { subscribeToStatus(input: $input) { accepted } }`;
const OUTBOX = `query O($status: [DeliveryStatus!]) {
  outboxMessages(status: $status, first: 500) {
    id channel kind recipient subject body status unsentReason attempts lastError sentAt
  }
}`;
const CREATE_HOOK = `mutation W($input: CreateWebhookSubscriptionInput!) {
  createWebhookSubscription(input: $input) { secret subscription { id url enabled version serviceKeys } }
}`;
const DECLARE = `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id version } }`;
const POST_UPDATE = `mutation P($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { id version } }`;

interface OutboxRow {
  id: string;
  channel: string;
  kind: string;
  recipient: string;
  subject: string;
  body: string;
  status: string;
  unsentReason: string | null;
  attempts: number;
  lastError: string | null;
}

const PUBLIC_URL = 'https://status.shop.example';

function deliveryOverrides(smtpUrl: string | undefined) {
  const defaults = loadConfig({});
  return {
    publicUrl: PUBLIC_URL,
    delivery: {
      ...defaults.delivery,
      smtpUrl,
      allowPrivateWebhooks: true,
      workerEnabled: true,
      pollMs: 50,
    },
  };
}

async function outbox(app: TestApp, status?: string[]): Promise<OutboxRow[]> {
  return (await app.gqlOk<{ outboxMessages: OutboxRow[] }>(OUTBOX, status ? { status } : {}))
    .outboxMessages;
}

async function createServices(app: TestApp): Promise<void> {
  for (const key of ['web-shop', 'phone-system']) {
    await app.gqlOk(
      `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`,
      { input: { key, name: key, tier: 1, rtoMinutes: 240, rpoMinutes: 60 } },
    );
  }
}

async function declare(app: TestApp, serviceKey: string): Promise<{ id: string; version: number }> {
  return (
    await app.gqlOk<{ declareIncident: { id: string; version: number } }>(DECLARE, {
      input: {
        title: 'Server failure',
        summary: 'Internal: RAID controller',
        severity: 'SEV1',
        impacts: [{ serviceKey, status: 'MAJOR_OUTAGE' }],
      },
    })
  ).declareIncident;
}

async function postUpdate(
  app: TestApp,
  incident: { id: string },
  body: string,
  visibility: 'PUBLIC' | 'INTERNAL',
): Promise<void> {
  await app.gqlOk(POST_UPDATE, { input: { incidentId: incident.id, body, visibility } });
}

/** Subscribes as an anonymous visitor and confirms by the link in the mail. */
async function subscribeAndConfirm(
  app: TestApp,
  sink: SmtpSink,
  email: string,
  locale: 'de' | 'en',
  serviceKeys: string[],
): Promise<void> {
  await app.gqlOk(SUBSCRIBE, { input: { email, locale, serviceKeys } }, { as: 'anonymous' });
  const mail = await eventually(() => sink.to(email).at(-1), `confirmation to ${email}`);
  const link = /https:\/\/status\.shop\.example(\/status\/subscriptions\/confirm\/[\w-]+)/.exec(
    mail.text,
  );
  if (!link?.[1]) throw new Error(`no confirmation link in ${mail.text}`);
  const confirmed = await fetch(`${app.url}${link[1]}`, { method: 'POST' });
  expect(confirmed.status).toBe(200);
}

describe.each(DATABASES)('telling people: mail, subscribers, webhooks (%s)', (database) => {
  let app: TestApp;
  const sink = new SmtpSink();
  const receiver = new WebhookReceiver();

  beforeAll(async () => {
    const smtpUrl = await sink.start();
    await receiver.start();
    app = await startTestApp(database, deliveryOverrides(smtpUrl));
    await createServices(app);
  });

  afterAll(async () => {
    await app?.close();
    await sink.close();
    await receiver.close();
  });

  it('subscribing mails a confirmation link valid 48 h and answers alike for known and new addresses', async () => {
    const first = await app.gql(
      SUBSCRIBE,
      { input: { email: 'Ana@Example.com', locale: 'de', serviceKeys: ['web-shop'] } },
      { as: 'anonymous' },
    );
    const mail = await eventually(() => sink.to('ana@example.com')[0], 'the confirmation mail');
    expect(mail.headers.get('subject')).toContain('Bitte bestätigen');
    expect(mail.text).toContain(`${PUBLIC_URL}/status/subscriptions/confirm/`);
    expect(mail.text).toContain('48');
    const again = await app.gql(
      SUBSCRIBE,
      { input: { email: 'ana@example.com', locale: 'de', serviceKeys: ['web-shop'] } },
      { as: 'anonymous' },
    );
    const fresh = await app.gql(
      SUBSCRIBE,
      { input: { email: 'new@example.com', locale: 'en', serviceKeys: [] } },
      { as: 'anonymous' },
    );
    expect(first).toEqual(again);
    expect(again).toEqual(fresh);
    expect(fresh).toEqual({ data: { subscribeToStatus: { accepted: true } } });
  });

  it('refuses a malformed address or an unknown service with BAD_USER_INPUT', async () => {
    const bad = await app.gql(
      SUBSCRIBE,
      { input: { email: 'not-an-address', locale: 'en', serviceKeys: ['nope'] } },
      { as: 'anonymous' },
    );
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.issues?.map((issue) => issue.field)).toEqual([
      'email',
      'serviceKeys.0',
    ]);
  });

  it('the confirmation page asks on GET and changes nothing; an unknown token confirms nothing', async () => {
    const mail = await eventually(() => sink.to('new@example.com')[0], 'the confirmation mail');
    const path = /\/status\/subscriptions\/confirm\/[\w-]+/.exec(mail.text)?.[0] ?? '';
    const page = await fetch(`${app.url}${path}`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<form method="post">');
    const unknown = await fetch(`${app.url}/status/subscriptions/confirm/unknown-token`, {
      method: 'POST',
    });
    expect(unknown.status).toBe(404);
    const { statusSubscriberCounts } = await app.gqlOk<{
      statusSubscriberCounts: { confirmed: number; pending: number };
    }>(`{ statusSubscriberCounts { confirmed pending } }`);
    expect(statusSubscriberCounts).toEqual({ confirmed: 0, pending: 2 });
  });

  it('a public update reaches confirmed subscribers of the services concerned, in their language, with one-click unsubscribe', async () => {
    await subscribeAndConfirm(app, sink, 'shop-fan@example.com', 'de', ['web-shop']);
    await subscribeAndConfirm(app, sink, 'everything@example.com', 'en', []);
    await subscribeAndConfirm(app, sink, 'phone-only@example.com', 'en', ['phone-system']);
    const incident = await declare(app, 'web-shop');
    await postUpdate(app, incident, 'Internal: restore from tape', 'INTERNAL');
    await postUpdate(app, incident, 'Our shop is down; we are restoring it.', 'PUBLIC');

    const german = await eventually(
      () => sink.to('shop-fan@example.com').find((mail) => mail.text.includes('restoring')),
      'the update to the web-shop subscriber',
    );
    expect(german.text).toContain('Aktueller Stand');
    const english = await eventually(
      () => sink.to('everything@example.com').find((mail) => mail.text.includes('restoring')),
      'the update to the subscriber of every service',
    );
    expect(english.text).toContain('Current status');
    expect(english.headers.get('list-unsubscribe')).toMatch(
      new RegExp(`^<${PUBLIC_URL}/status/unsubscribe/[\\w-]+>$`),
    );
    expect(english.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(english.headers.get('message-id')).toMatch(/^<[0-9a-f-]{36}@/);

    // Written in the publishing transaction: the outbox holds exactly these, nothing internal,
    // nothing for the phone subscriber, nothing for the unconfirmed addresses.
    const updates = (await outbox(app)).filter((row) => row.kind === 'public-update');
    expect(updates.map((row) => row.recipient).sort()).toEqual([
      'everything@example.com',
      'shop-fan@example.com',
    ]);
    expect(updates.every((row) => !row.body.includes('tape'))).toBe(true);
    const pending = (await outbox(app)).filter((row) => row.recipient === 'new@example.com');
    expect(pending.map((row) => row.kind)).toEqual(['confirmation']);
  });

  it('one-click unsubscribe: GET shows a button and changes nothing, POST unsubscribes with no cookie and no redirect', async () => {
    const mail = sink
      .to('everything@example.com')
      .find((received) => received.headers.has('list-unsubscribe'));
    const link = /<https:\/\/status\.shop\.example([^>]+)>/.exec(
      mail?.headers.get('list-unsubscribe') ?? '',
    )?.[1];
    const page = await fetch(`${app.url}${link}`, { redirect: 'manual' });
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<button');
    const counts = `{ statusSubscriberCounts { confirmed allServices byService { serviceKey confirmed } } }`;
    expect(
      (await app.gqlOk<{ statusSubscriberCounts: { confirmed: number } }>(counts))
        .statusSubscriberCounts.confirmed,
    ).toBe(3);

    const oneClick = await fetch(`${app.url}${link}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
      redirect: 'manual',
    });
    expect(oneClick.status).toBe(200);
    expect(oneClick.headers.get('set-cookie')).toBeNull();
    expect(oneClick.headers.get('location')).toBeNull();
    const after = (
      await app.gqlOk<{
        statusSubscriberCounts: {
          confirmed: number;
          allServices: number;
          byService: { serviceKey: string; confirmed: number }[];
        };
      }>(counts)
    ).statusSubscriberCounts;
    expect(after).toEqual({
      confirmed: 2,
      allServices: 0,
      byService: [
        { serviceKey: 'phone-system', confirmed: 1 },
        { serviceKey: 'web-shop', confirmed: 1 },
      ],
    });
    // Repeating it is harmless.
    expect((await fetch(`${app.url}${link}`, { method: 'POST' })).status).toBe(200);
  });

  it('exports the subscribers as CSV for admins only', async () => {
    const { statusSubscribersCsv } = await app.gqlOk<{ statusSubscribersCsv: string }>(
      `{ statusSubscribersCsv }`,
    );
    const lines = statusSubscribersCsv.trim().split('\r\n');
    expect(lines[0]).toBe('email,locale,status,services,created_at,confirmed_at,unsubscribed_at');
    expect(lines.find((line) => line.startsWith('everything@example.com'))).toContain(
      'UNSUBSCRIBED',
    );
    const asResponder = await app.gql(`{ statusSubscribersCsv }`, {}, { as: 'RESPONDER' });
    expect(asResponder.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('webhooks: the secret is shown once and every delivery is signed per Standard Webhooks v1', async () => {
    const created = (
      await app.gqlOk<{
        createWebhookSubscription: { secret: string; subscription: { id: string } };
      }>(CREATE_HOOK, {
        input: { url: `${receiver.url}/signed`, serviceKeys: [], description: 'shop' },
      })
    ).createWebhookSubscription;
    expect(created.secret).toMatch(/^whsec_[A-Za-z0-9+/]+=*$/);
    const listed = await app.gql(`{ webhookSubscriptions { id url } }`);
    expect(JSON.stringify(listed)).not.toContain(created.secret);

    const incident = await declare(app, 'phone-system');
    const call = await eventually(
      () =>
        receiver
          .callsTo('/signed')
          .find((received) => JSON.parse(received.body).type === 'incident.created'),
      'incident.created',
    );
    const id = String(call.headers['webhook-id']);
    const timestamp = String(call.headers['webhook-timestamp']);
    const key = Buffer.from(created.secret.slice('whsec_'.length), 'base64');
    const expected = createHmac('sha256', key).update(`${id}.${timestamp}.${call.body}`).digest();
    expect(call.headers['webhook-signature']).toBe(`v1,${expected.toString('base64')}`);
    expect(Math.abs(Number(timestamp) - Date.now() / 1000)).toBeLessThan(60);
    const body = JSON.parse(call.body) as { type: string; timestamp: string; data: unknown };
    expect(Object.keys(body)).toEqual(['type', 'timestamp', 'data']);
    expect(JSON.stringify(body.data)).toContain(incident.id);
    expect(JSON.stringify(body.data)).not.toContain('RAID');
    // The service went down with it.
    await eventually(
      () =>
        receiver
          .callsTo('/signed')
          .find((received) => JSON.parse(received.body).type === 'service.status_changed'),
      'service.status_changed',
    );
  });

  it('webhooks: a failed call is retried within 30 s; 410 Gone disables the endpoint', async () => {
    receiver.answers.set('/flaky', [503, 204]);
    receiver.answers.set('/gone', [410]);
    for (const path of ['/flaky', '/gone']) {
      await app.gqlOk(CREATE_HOOK, {
        input: { url: `${receiver.url}${path}`, serviceKeys: ['web-shop'], description: path },
      });
    }
    const incident = await declare(app, 'web-shop');
    await eventually(() => receiver.callsTo('/gone').length > 0, 'the call to /gone');
    await eventually(
      async () =>
        (
          await app.gqlOk<{ webhookSubscriptions: { url: string; enabled: boolean }[] }>(
            `{ webhookSubscriptions { url enabled disabledReason } }`,
          )
        ).webhookSubscriptions.find((hook) => hook.url.endsWith('/gone') && !hook.enabled),
      'the /gone endpoint to be disabled',
    );
    await eventually(() => receiver.callsTo('/flaky').length >= 2, 'the retry', 30_000);
    const [firstCall, retry] = receiver.callsTo('/flaky');
    // One message: the retry carries the same webhook-id, the receiver's idempotency key.
    expect(retry?.headers['webhook-id']).toBe(firstCall?.headers['webhook-id']);
    const flaky = await eventually(
      async () =>
        (await outbox(app)).find(
          (row) => row.recipient.endsWith('/flaky') && row.status === 'SENT',
        ),
      'the retried call to be SENT',
    );
    expect(flaky.attempts).toBe(2);
    // Nothing more goes to a disabled endpoint.
    await postUpdate(app, incident, 'Still on it', 'PUBLIC');
    expect(
      (await outbox(app)).filter(
        (row) => row.recipient.endsWith('/gone') && row.kind === 'incident.updated',
      ),
    ).toEqual([]);
    const gone = (await outbox(app)).find((row) => row.recipient.endsWith('/gone'));
    expect(gone).toMatchObject({ status: 'FAILED', lastError: expect.stringContaining('410') });
  }, 45_000);

  it('a refused mail is FAILED with its reason, and a retry from the dashboard delivers it once', async () => {
    sink.rejectOnce.add('refused@example.com');
    await app.gqlOk(
      SUBSCRIBE,
      { input: { email: 'refused@example.com', locale: 'en', serviceKeys: [] } },
      { as: 'anonymous' },
    );
    const failed = await eventually(
      async () =>
        (await outbox(app, ['FAILED'])).find((row) => row.recipient === 'refused@example.com'),
      'the refused mail to be FAILED',
    );
    expect(failed).toMatchObject({ attempts: 1, lastError: expect.stringContaining('550') });
    const retry = `mutation R($input: RetryOutboxMessageInput!) { retryOutboxMessage(input: $input) { status attempts } }`;
    const retried = await app.gql(retry, { input: { id: failed.id } }, { as: 'RESPONDER' });
    expect(retried.data).toEqual({ retryOutboxMessage: { status: 'QUEUED', attempts: 0 } });
    await eventually(() => sink.to('refused@example.com')[0], 'the retried mail');
    const sent = await eventually(
      async () => (await outbox(app, ['SENT'])).find((row) => row.id === failed.id),
      'the retried mail to be SENT',
    );
    expect(sent.attempts).toBe(1);
    expect(sink.to('refused@example.com')).toHaveLength(1);
    // Only FAILED messages can be retried.
    const again = await app.gql(retry, { input: { id: failed.id } }, { as: 'RESPONDER' });
    expect(again.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const asViewer = await app.gql(retry, { input: { id: failed.id } }, { as: 'VIEWER' });
    expect(asViewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('refuses webhook URLs that are not http(s) with BAD_USER_INPUT', async () => {
    const refused = await app.gql(CREATE_HOOK, {
      input: { url: 'ftp://example.com/x', serviceKeys: [], description: '' },
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const asResponder = await app.gql(
      CREATE_HOOK,
      { input: { url: 'https://example.com/x', serviceKeys: [], description: '' } },
      { as: 'RESPONDER' },
    );
    expect(asResponder.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });

  it('a temporary SMTP failure is retried and the mail arrives once', async () => {
    sink.failOnce.add('retry@example.com');
    await subscribeAndConfirm(app, sink, 'retry@example.com', 'en', []);
    const confirmation = (await outbox(app)).find(
      (row) => row.recipient === 'retry@example.com' && row.kind === 'confirmation',
    );
    expect(confirmation).toMatchObject({ status: 'SENT', attempts: 2 });
    expect(confirmation?.lastError).toBeNull();
    expect(sink.to('retry@example.com')).toHaveLength(1);
  }, 30_000);
});

describe('without a mail server (the demo)', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp('sqlite', deliveryOverrides(undefined));
    await createServices(app);
  });
  afterAll(() => app?.close());

  it('keeps mail in the outbox, marked as not sent because no mail server is configured', async () => {
    await app.gqlOk(
      SUBSCRIBE,
      { input: { email: 'demo@example.com', locale: 'en', serviceKeys: [] } },
      { as: 'anonymous' },
    );
    const { outboxSummary } = await app.gqlOk<{
      outboxSummary: { mailServerConfigured: boolean; queued: number };
    }>(`{ outboxSummary { mailServerConfigured queued } }`);
    expect(outboxSummary).toEqual({ mailServerConfigured: false, queued: 1 });
    const [mail] = await outbox(app);
    expect(mail).toMatchObject({
      channel: 'EMAIL',
      kind: 'confirmation',
      status: 'QUEUED',
      unsentReason: 'NO_MAIL_SERVER',
      attempts: 0,
    });
    expect(mail?.body).toContain(`${PUBLIC_URL}/status/subscriptions/confirm/`);
  });

  it('refuses webhooks to private and loopback addresses unless allowed', async () => {
    const strict = await startTestApp('sqlite', {
      ...deliveryOverrides(undefined),
      delivery: { ...deliveryOverrides(undefined).delivery, allowPrivateWebhooks: false },
    });
    try {
      for (const url of ['http://127.0.0.1:9/x', 'http://10.0.0.8/x', 'http://localhost/x']) {
        const refused = await strict.gql(CREATE_HOOK, {
          input: { url, serviceKeys: [], description: '' },
        });
        expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
        expect(refused.errors?.[0]?.message).toContain('private or loopback');
      }
    } finally {
      await strict.close();
    }
  });

  it('throttles subscribe requests per client', async () => {
    const codes: (string | undefined)[] = [];
    for (let i = 0; i < 12; i += 1) {
      const result = await app.gql(
        SUBSCRIBE,
        { input: { email: `t${i}@example.com`, locale: 'en', serviceKeys: [] } },
        { as: 'anonymous' },
      );
      codes.push(result.errors?.[0]?.extensions?.code);
    }
    // Two earlier requests of this suite came from the same client.
    expect(codes.filter((code) => code === 'TOO_MANY_REQUESTS').length).toBeGreaterThan(0);
    expect(codes.slice(0, 8).every((code) => code === undefined)).toBe(true);
  });
});

describe('the rate limit', () => {
  it('starts no more messages per second than LAGEBILD_DELIVERY_RATE_PER_SECOND allows', async () => {
    const receiver = new WebhookReceiver();
    await receiver.start();
    const base = deliveryOverrides(undefined);
    const app = await startTestApp('sqlite', {
      ...base,
      delivery: { ...base.delivery, ratePerSecond: 2 },
    });
    try {
      await createServices(app);
      await app.gqlOk(CREATE_HOOK, {
        input: { url: `${receiver.url}/rate`, serviceKeys: [], description: 'rate' },
      });
      // Five incident.created and one service.status_changed (the first takes the shop down).
      for (let i = 0; i < 5; i += 1) await declare(app, 'web-shop');
      await eventually(() => receiver.calls.length >= 6, 'six calls', 20_000);
      // Two per second: six calls need at least three seconds of the clock, so the last starts
      // at least a second after the first.
      expect(receiver.calls).toHaveLength(6);
      // (The margin is for the time a call takes to arrive.)
      const arrivals = receiver.calls.map((call) => call.at);
      expect(Math.max(...arrivals) - Math.min(...arrivals)).toBeGreaterThanOrEqual(900);
    } finally {
      await app.close();
      await receiver.close();
    }
  }, 30_000);
});
