import { loadConfig } from '../src/config/config';
import { OutboxRepository } from '../src/delivery/outbox.repository';
import { eventually, type ReceivedMail, SmtpSink } from './support/delivery-sinks';
import { DATABASES, startTestApp, type TestApp } from './support/test-app';

const PUBLIC_URL = 'https://status.shop.example';
const RESPONDER = { as: 'RESPONDER' as const };

const DECLARE = `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`;
const CREATE_BACKLOG = `mutation B($input: CreateBacklogInput!) { createBacklog(input: $input) { key } }`;
const UPSERT = `mutation U($input: UpsertBacklogItemsInput!) {
  upsertBacklogItems(input: $input) { inserted updated unchanged backlog { itemCount } }
}`;
const COMM = `id status version cohort { backlogKeys openOnly } correctsId subject body`;
const DRAFT = `mutation Dr($input: DraftCommunicationInput!) { draftCommunication(input: $input) { ${COMM} } }`;
const APPROVE = `mutation A($input: CommunicationTransitionInput!) { approveCommunication(input: $input) { ${COMM} } }`;
const PUBLISH = `mutation P($input: PublishCommunicationInput!) { publishCommunication(input: $input) { ${COMM} } }`;
const RETRACT = `mutation R($input: CommunicationTransitionInput!) { retractCommunication(input: $input) { ${COMM} } }`;
const CORRECT = `mutation C($input: DraftCorrectionNoticeInput!) { draftCorrectionNotice(input: $input) { ${COMM} } }`;
const PREVIEW = `query Q($id: ID!) { incident(id: $id) { communications { id
  cohortPreview { recipientCount suppressedCount otherLocaleCount samples { email name subject body } }
} } }`;
const DELIVERIES = `query Q($id: ID!, $status: [DeliveryStatus!], $first: Int, $after: String) {
  incident(id: $id) { communications { id
    deliveries(status: $status, first: $first, after: $after) {
      totalCount queued sent failed pageInfo { hasNextPage endCursor }
      nodes { email name status attempts lastError sentAt }
    }
    deliveriesCsv
  } }
}`;

interface Communication {
  id: string;
  status: string;
  version: number;
  correctsId: string | null;
  subject: string;
  body: string;
}
interface Delivery {
  email: string;
  name: string | null;
  status: string;
  attempts: number;
}

function overrides(smtpUrl: string) {
  const defaults = loadConfig({});
  return {
    publicUrl: PUBLIC_URL,
    delivery: { ...defaults.delivery, smtpUrl, workerEnabled: true, pollMs: 50 },
  };
}

const START = Date.now();
const hoursAgo = (hours: number) => new Date(START - hours * 3_600_000).toISOString();

describe.each(DATABASES)('notices to the affected customers (%s)', (database) => {
  let app: TestApp;
  const sink = new SmtpSink();
  let incidentId: string;

  beforeAll(async () => {
    app = await startTestApp(database, overrides(await sink.start()));
    incidentId = (
      await app.gqlOk<{ declareIncident: { id: string } }>(DECLARE, {
        input: { title: 'Server failure', severity: 'SEV1', impacts: [] },
      })
    ).declareIncident.id;
    await app.gqlOk(CREATE_BACKLOG, {
      input: {
        key: 'orders',
        name: 'Orders to reconstruct',
        unit: 'order',
        incidentId,
        staff: 2,
        itemsPerStaffHour: 10,
      },
    });
    await app.gqlOk(
      UPSERT,
      {
        input: {
          backlogKey: 'orders',
          idempotencyKey: 'customers-1',
          items: [
            {
              externalRef: 'A-1',
              receivedAt: hoursAgo(5),
              customerEmail: 'ana@example.com',
              customerName: 'Ana Weber',
              locale: 'de',
            },
            {
              externalRef: 'A-2',
              receivedAt: hoursAgo(4),
              customerEmail: 'ANA@example.com ',
              locale: 'de',
            },
            {
              externalRef: 'B-1',
              receivedAt: hoursAgo(4),
              customerEmail: 'ben@example.com',
              customerName: 'Ben Kraus',
            },
            {
              externalRef: 'C-1',
              receivedAt: hoursAgo(3),
              doneAt: hoursAgo(1),
              customerEmail: 'cem@example.com',
            },
            {
              externalRef: 'D-1',
              receivedAt: hoursAgo(3),
              customerEmail: 'dora@example.com',
              locale: 'en',
            },
            {
              externalRef: 'E-1',
              receivedAt: hoursAgo(2),
              customerEmail: 'eve@example.com',
              customerName: 'Eve',
            },
            { externalRef: 'X-1', receivedAt: hoursAgo(2) },
          ],
        },
      },
      RESPONDER,
    );
  });

  afterAll(async () => {
    await app?.close();
    await sink.close();
  });

  async function communications(): Promise<{ id: string }[]> {
    return (
      await app.gqlOk<{ incident: { communications: { id: string }[] } }>(PREVIEW, {
        id: incidentId,
      })
    ).incident.communications;
  }

  async function approveAndPublish(draft: Communication): Promise<Communication> {
    const approved = (
      await app.gqlOk<{ approveCommunication: Communication }>(APPROVE, {
        input: { id: draft.id, version: draft.version },
      })
    ).approveCommunication;
    return (
      await app.gqlOk<{ publishCommunication: Communication }>(
        PUBLISH,
        { input: { id: approved.id, version: approved.version } },
        RESPONDER,
      )
    ).publishCommunication;
  }

  async function deliveriesOf(id: string, variables: Record<string, unknown> = {}) {
    const result = await app.gqlOk<{
      incident: {
        communications: {
          id: string;
          deliveries: {
            totalCount: number;
            queued: number;
            sent: number;
            failed: number;
            pageInfo: { hasNextPage: boolean; endCursor: string | null };
            nodes: Delivery[];
          };
          deliveriesCsv: string;
        }[];
      };
    }>(DELIVERIES, { id: incidentId, ...variables }, RESPONDER);
    return result.incident.communications.find(
      (c) => c.id === id,
    ) as (typeof result.incident.communications)[number];
  }

  it('refuses a customer item with a malformed address or language and writes nothing', async () => {
    const result = await app.gql(
      UPSERT,
      {
        input: {
          backlogKey: 'orders',
          idempotencyKey: 'bad-customers',
          items: [
            { externalRef: 'Z-1', receivedAt: hoursAgo(1), customerEmail: 'not an address' },
            { externalRef: 'Z-2', receivedAt: hoursAgo(1), locale: 'fr' },
          ],
        },
      },
      RESPONDER,
    );
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.issues?.map((issue) => issue.field)).toEqual([
      'items[0].customerEmail',
      'items[1].locale',
    ]);
    const again = await app.gqlOk<{
      upsertBacklogItems: { unchanged: number; backlog: { itemCount: number } };
    }>(
      UPSERT,
      {
        input: {
          backlogKey: 'orders',
          idempotencyKey: 'same-again',
          items: [
            {
              externalRef: 'B-1',
              receivedAt: hoursAgo(4),
              customerEmail: 'ben@example.com',
              customerName: 'Ben Kraus',
            },
          ],
        },
      },
      RESPONDER,
    );
    // Nothing of the refused call was stored; the same customer again is no change.
    expect(again.upsertBacklogItems).toMatchObject({ unchanged: 1, backlog: { itemCount: 7 } });
  });

  it('refuses an invalid cohort with a code and writes nothing', async () => {
    const base = { incidentId, channel: 'EMAIL', audience: 'AFFECTED_CUSTOMERS', locale: 'de' };
    const cases: [Record<string, unknown>, string][] = [
      [base, 'COHORT_REQUIRED'],
      [{ ...base, cohort: { backlogKeys: ['orders', 'nope'], openOnly: true } }, 'UNKNOWN_BACKLOG'],
      [{ ...base, cohort: { backlogKeys: [], openOnly: true } }, 'REQUIRED'],
      [
        {
          ...base,
          channel: 'STATUS_PAGE',
          audience: 'PUBLIC',
          cohort: { backlogKeys: ['orders'], openOnly: true },
        },
        'COHORT_NOT_ALLOWED',
      ],
      [{ ...base, audience: 'PUBLIC', kind: 'PERSONAL_DATA' }, ''],
    ];
    for (const [input, code] of cases) {
      const result = await app.gql(DRAFT, { input }, RESPONDER);
      expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
      const issues = (result.errors?.[0]?.extensions?.issues ?? []) as { code?: string }[];
      if (code) expect(issues.map((issue) => issue.code)).toContain(code);
    }
    expect(await communications()).toEqual([]);
  });

  it('previews, publishes one merged mail per address, records SENT, and an unsubscribed customer gets no later notice', async () => {
    const draft = (
      await app.gqlOk<{ draftCommunication: Communication }>(
        DRAFT,
        {
          input: {
            incidentId,
            channel: 'EMAIL',
            audience: 'AFFECTED_CUSTOMERS',
            locale: 'de',
            kind: 'PERSONAL_DATA',
            cohort: { backlogKeys: ['orders'], openOnly: true },
          },
        },
        RESPONDER,
      )
    ).draftCommunication;
    expect(draft.body.startsWith('{{greeting}}')).toBe(true);
    expect(draft.subject).toBe('Wichtig: Ihre Bestelldaten könnten betroffen sein');

    const preview = (
      await app.gqlOk<{
        incident: {
          communications: {
            cohortPreview: {
              recipientCount: number;
              otherLocaleCount: number;
              suppressedCount: number;
              samples: { email: string; body: string }[];
            };
          }[];
        };
      }>(PREVIEW, { id: incidentId }, RESPONDER)
    ).incident.communications[0]?.cohortPreview;
    // ana (two items, one address), ben, eve; cem's item is done; dora reads English.
    expect(preview).toMatchObject({ recipientCount: 3, otherLocaleCount: 1, suppressedCount: 0 });
    expect(preview?.samples.map((sample) => sample.email)).toEqual([
      'ana@example.com',
      'ben@example.com',
      'eve@example.com',
    ]);
    expect(preview?.samples[0]?.body).toContain('Guten Tag Ana Weber,');
    expect(preview?.samples[0]?.body).toContain('A-1 und A-2');

    const published = await approveAndPublish(draft);
    expect(published.status).toBe('PUBLISHED');

    const mails = await eventually(
      () => (sink.mails.length >= 3 ? sink.mails : undefined),
      'three notices',
    );
    const byAddress = (address: string) => mails.filter((mail) => mail.to.includes(address));
    expect(byAddress('ana@example.com')).toHaveLength(1);
    const ana = byAddress('ana@example.com')[0] as ReceivedMail;
    expect(ana.text).toContain('Guten Tag Ana Weber,');
    expect(ana.text).toContain('A-1 und A-2');
    expect(ana.text).not.toContain('{{');
    expect(ana.headers.get('list-unsubscribe')).toMatch(
      /^<https:\/\/status\.shop\.example\/status\/unsubscribe\/[\w-]+>$/,
    );
    expect(ana.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(byAddress('ben@example.com')[0]?.text).toContain('Guten Tag Ben Kraus,');
    expect(byAddress('ben@example.com')[0]?.text).toContain('B-1');
    expect(byAddress('cem@example.com')).toEqual([]);
    expect(byAddress('dora@example.com')).toEqual([]);

    const sent = await eventually(async () => {
      const record = await deliveriesOf(published.id);
      return record.deliveries.sent === 3 ? record : undefined;
    }, 'three SENT records');
    expect(sent.deliveries.nodes).toEqual([
      expect.objectContaining({
        email: 'ana@example.com',
        name: 'Ana Weber',
        status: 'SENT',
        attempts: 1,
      }),
      expect.objectContaining({ email: 'ben@example.com', name: 'Ben Kraus', status: 'SENT' }),
      expect.objectContaining({ email: 'eve@example.com', name: 'Eve', status: 'SENT' }),
    ]);
    expect(sent.deliveriesCsv.split('\r\n')[0]).toBe(
      'email,name,status,attempts,last_error,sent_at',
    );
    expect(sent.deliveriesCsv).toContain('ana@example.com,Ana Weber,SENT,1,,');
    const firstPage = await deliveriesOf(published.id, { first: 2 });
    expect(firstPage.deliveries.pageInfo.hasNextPage).toBe(true);
    const secondPage = await deliveriesOf(published.id, {
      first: 2,
      after: firstPage.deliveries.pageInfo.endCursor,
    });
    expect(secondPage.deliveries.nodes.map((node) => node.email)).toEqual(['eve@example.com']);
    expect((await deliveriesOf(published.id, { status: ['FAILED'] })).deliveries.totalCount).toBe(
      0,
    );

    // Eve follows the one-click link (RFC 8058).
    const eve = byAddress('eve@example.com')[0] as ReceivedMail;
    const link = /<https:\/\/status\.shop\.example(\/status\/unsubscribe\/[\w-]+)>/.exec(
      eve.headers.get('list-unsubscribe') ?? '',
    )?.[1];
    const unsubscribed = await fetch(`${app.url}${link}`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(unsubscribed.status).toBe(200);
    expect(await unsubscribed.text()).toContain('no more notices about your orders');

    // Mail cannot be unsent: retracting keeps the records; a correction goes to the same cohort.
    const retracted = (
      await app.gqlOk<{ retractCommunication: Communication }>(
        RETRACT,
        { input: { id: published.id, version: published.version } },
        RESPONDER,
      )
    ).retractCommunication;
    expect(retracted.status).toBe('RETRACTED');
    expect((await deliveriesOf(published.id)).deliveries.sent).toBe(3);
    const correction = (
      await app.gqlOk<{ draftCorrectionNotice: Communication & { cohort: unknown } }>(
        CORRECT,
        { input: { communicationId: published.id } },
        RESPONDER,
      )
    ).draftCorrectionNotice;
    expect(correction).toMatchObject({
      status: 'DRAFT',
      correctsId: published.id,
      cohort: { backlogKeys: ['orders'], openOnly: true },
    });
    expect(correction.subject).toBe('Korrektur: Wichtig: Ihre Bestelldaten könnten betroffen sein');
    const before = sink.mails.length;
    const corrected = await approveAndPublish(correction);
    await eventually(async () => {
      const record = await deliveriesOf(corrected.id);
      return record.deliveries.sent === 2 ? record : undefined;
    }, 'two SENT corrections');
    const later = sink.mails.slice(before);
    expect(later.flatMap((mail) => mail.to).sort()).toEqual(['ana@example.com', 'ben@example.com']);
    expect(later[0]?.headers.get('subject')).toContain('Korrektur');
  });
  it('pruning keeps each delivery record and its status but drops the merged text', async () => {
    const before = await app.gqlOk<{ outboxMessages: { kind: string; body: string }[] }>(
      `{ outboxMessages(status: [SENT], first: 500) { kind body } }`,
      {},
      RESPONDER,
    );
    const notices = before.outboxMessages.filter((message) => message.kind === 'customer-notice');
    expect(notices.length).toBe(5);
    expect(notices.every((message) => message.body.length > 0)).toBe(true);
    // The worker prunes with the retention's cutoff; a cutoff after every send prunes them all.
    const pruned = await app.app.get(OutboxRepository).prune(new Date(Date.now() + 60_000));
    expect(pruned).toEqual({ trimmed: 5, deleted: 0 });
    const after = await app.gqlOk<{
      outboxMessages: { kind: string; body: string; status: string }[];
    }>(`{ outboxMessages(status: [SENT], first: 500) { kind body status } }`, {}, RESPONDER);
    expect(after.outboxMessages.filter((message) => message.kind === 'customer-notice')).toEqual(
      Array.from({ length: 5 }, () => ({ kind: 'customer-notice', body: '', status: 'SENT' })),
    );
  });
});
