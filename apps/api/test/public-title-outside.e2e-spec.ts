import { loadConfig } from '../src/config/config';
import { describeEachDatabase, type TestApp } from './support/test-app';

/*
 * The internal title is the team's (it may name a supplier or a guess). The status page shows the
 * public title; so must everything else that leaves the house: the mails to status subscribers,
 * the webhook bodies, and the messages drafted from templates for customers.
 */

const INTERNAL_TITLE = 'Ärger mit Hermes-Schnittstelle';
const LEAK = /Hermes|Ärger/;

const OUTBOX = `{ outboxMessages(first: 500) { kind channel recipient subject body } }`;

interface OutboxRow {
  kind: string;
  channel: string;
  recipient: string;
  subject: string;
  body: string;
}

async function outbox(app: TestApp): Promise<OutboxRow[]> {
  return (await app.gqlOk<{ outboxMessages: OutboxRow[] }>(OUTBOX)).outboxMessages;
}

async function draft(
  app: TestApp,
  incidentId: string,
  audience: 'PUBLIC' | 'INTERNAL',
  locale: 'de' | 'en',
): Promise<{ subject: string; body: string }> {
  const { draftCommunication } = await app.gqlOk<{
    draftCommunication: { subject: string; body: string };
  }>(
    `mutation D($input: DraftCommunicationInput!) { draftCommunication(input: $input) { subject body } }`,
    {
      input: {
        incidentId,
        channel: 'EMAIL',
        audience,
        locale,
        template: { subject: '{{title}}', body: 'About: {{title}}' },
      },
    },
  );
  return draftCommunication;
}

describeEachDatabase(
  'the internal title stays inside',
  (use) => {
    let incidentId = '';

    beforeAll(async () => {
      const app = use();
      await app.gqlOk(
        `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`,
        { input: { key: 'web-shop', name: 'Web shop', tier: 1, rtoMinutes: 240, rpoMinutes: 60 } },
      );
      // A confirmed subscriber and a webhook endpoint, so both receive what is published.
      await app.gqlOk(
        `mutation S($input: SubscribeToStatusInput!) { subscribeToStatus(input: $input) { accepted } }`,
        { input: { email: 'ana@example.com', locale: 'de', serviceKeys: [] } },
        { as: 'anonymous' },
      );
      const confirmation = (await outbox(app)).find((row) => row.recipient === 'ana@example.com');
      const link = /(\/status\/subscriptions\/confirm\/[\w-]+)/.exec(confirmation?.body ?? '');
      if (!link?.[1]) throw new Error('no confirmation link');
      expect((await fetch(`${app.url}${link[1]}`, { method: 'POST' })).status).toBe(200);
      await app.gqlOk(
        `mutation W($input: CreateWebhookSubscriptionInput!) { createWebhookSubscription(input: $input) { secret } }`,
        { input: { url: 'http://127.0.0.1:9/hook', serviceKeys: [], description: 'ERP' } },
      );

      const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
        `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
        {
          input: {
            title: INTERNAL_TITLE,
            severity: 'SEV2',
            impacts: [{ serviceKey: 'web-shop', status: 'MAJOR_OUTAGE' }],
          },
        },
      );
      incidentId = declareIncident.id;
      await app.gqlOk(
        `mutation P($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { id } }`,
        { input: { incidentId, body: 'Our shop is down; we are on it.', visibility: 'PUBLIC' } },
      );
    });

    it('mails to subscribers and webhook bodies carry the public title, never the internal one', async () => {
      const rows = (await outbox(use())).filter((row) => row.kind !== 'subscription-confirmation');
      expect(rows.map((row) => row.channel).sort()).toEqual(
        expect.arrayContaining(['EMAIL', 'WEBHOOK']),
      );
      for (const row of rows) {
        expect(`${row.subject}\n${row.body}`).not.toMatch(LEAK);
      }
      const mail = rows.find((row) => row.channel === 'EMAIL');
      expect(`${mail?.subject} ${mail?.body}`).toContain('Störung: Web shop');
      const hook = rows.find((row) => row.channel === 'WEBHOOK');
      expect(JSON.parse(hook?.body ?? '{}')).toMatchObject({
        data: { incident: { title: 'Disruption: Web shop' } },
      });
    });

    it('a message drafted for customers names the public title; one for staff the internal one', async () => {
      const app = use();
      expect(await draft(app, incidentId, 'PUBLIC', 'de')).toEqual({
        subject: 'Störung: Web shop',
        body: 'About: Störung: Web shop',
      });
      expect((await draft(app, incidentId, 'PUBLIC', 'en')).subject).toBe('Disruption: Web shop');
      expect((await draft(app, incidentId, 'INTERNAL', 'en')).subject).toBe(INTERNAL_TITLE);

      await app.gqlOk(
        `mutation U($input: UpdateIncidentInput!) { updateIncident(input: $input) { id } }`,
        {
          input: {
            id: incidentId,
            version: (
              await app.gqlOk<{ incident: { version: number } }>(
                `query I($id: ID!) { incident(id: $id) { version } }`,
                { id: incidentId },
              )
            ).incident.version,
            publicTitle: 'Bestellungen verzögert',
          },
        },
      );
      expect((await draft(app, incidentId, 'PUBLIC', 'en')).subject).toBe('Bestellungen verzögert');
    });
  },
  (() => {
    const defaults = loadConfig({});
    return { delivery: { ...defaults.delivery, allowPrivateWebhooks: true } };
  })(),
);
