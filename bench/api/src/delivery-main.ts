// The delivery bench (part of `npm run bench`): 10,000 customers on backlog items, one notice
// published to all of them, and the outbox worker sending to a local SMTP sink.
// Goals: the publish (queueing 10,000 mails in its transaction) under 5 s; >= 200 mails/s.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';
import { startApi } from './api-server';
import { GraphqlClient } from './graphql-client';
import { describeMachine } from './machine';
import { RESULTS_DIR } from './paths';

const ADMIN = { email: 'bench-admin@example.com', password: 'bench-admin-password' };
const CUSTOMERS = Number(process.env['BENCH_DELIVERY_CUSTOMERS'] ?? 10_000);
const RATE = Number(process.env['BENCH_DELIVERY_RATE_PER_SECOND'] ?? 2_000);
const CONCURRENCY = Number(process.env['BENCH_DELIVERY_CONCURRENCY'] ?? 32);
const PORT = Number(process.env['BENCH_DELIVERY_PORT'] ?? 4_610);
const QUEUE_GOAL_MS = 5_000;
const SEND_GOAL_PER_SECOND = 200;

const log = (line: string) => console.log(line);

/** An SMTP server that accepts everything and counts the distinct recipients. */
async function startSink(): Promise<{
  url: string;
  recipients: Set<string>;
  close(): Promise<void>;
}> {
  const recipients = new Set<string>();
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onData(stream, session, callback) {
      stream.on('data', () => undefined);
      stream.on('end', () => {
        for (const rcpt of session.envelope.rcptTo) recipients.add(rcpt.address);
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.server.address() as AddressInfo).port;
  return {
    url: `smtp://127.0.0.1:${port}`,
    recipients,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

async function main(): Promise<void> {
  const machine = describeMachine();
  log(
    `Delivery bench: ${CUSTOMERS} customers, rate limit ${RATE}/s, ${machine.cpuModel} x${machine.cores}`,
  );
  const sink = await startSink();
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-delivery-bench-'));
  const api = await startApi({
    port: PORT,
    sqliteFile: join(dir, 'bench.sqlite'),
    demo: false,
    adminEmail: ADMIN.email,
    adminPassword: ADMIN.password,
    env: {
      SMTP_URL: sink.url,
      LAGEBILD_DELIVERY_RATE_PER_SECOND: String(RATE),
      LAGEBILD_DELIVERY_CONCURRENCY: String(CONCURRENCY),
      LAGEBILD_PUBLIC_URL: 'https://status.bench.example',
    },
  });
  try {
    const client = new GraphqlClient(api.baseUrl, ADMIN);
    const { declareIncident } = await client.request<{ declareIncident: { id: string } }>(
      'mutation($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }',
      { input: { title: 'Order database failure', severity: 'SEV1', impacts: [] } },
    );
    await client.request(
      'mutation($input: CreateBacklogInput!) { createBacklog(input: $input) { key } }',
      {
        input: {
          key: 'orders',
          name: 'Orders to reconstruct',
          unit: 'order',
          incidentId: declareIncident.id,
          staff: 10,
          itemsPerStaffHour: 20,
        },
      },
    );
    const now = Date.now();
    const items = Array.from({ length: CUSTOMERS }, (_, index) => ({
      externalRef: `ORDER-${100_000 + index}`,
      receivedAt: new Date(now - (CUSTOMERS - index) * 1_000).toISOString(),
      customerEmail: `customer-${index}@bench.example`,
      customerName: `Customer ${index}`,
      locale: 'de',
    }));
    let started = performance.now();
    await client.request(
      'mutation($input: UpsertBacklogItemsInput!) { upsertBacklogItems(input: $input) { inserted } }',
      { input: { backlogKey: 'orders', items, idempotencyKey: 'bench-customers' } },
    );
    const feedMs = performance.now() - started;
    log(`  fed ${CUSTOMERS} items with customers in ${feedMs.toFixed(0)} ms`);

    const fields = 'id version';
    const { draftCommunication: draft } = await client.request<{
      draftCommunication: { id: string; version: number };
    }>(
      `mutation($input: DraftCommunicationInput!) { draftCommunication(input: $input) { ${fields} } }`,
      {
        input: {
          incidentId: declareIncident.id,
          channel: 'EMAIL',
          audience: 'AFFECTED_CUSTOMERS',
          locale: 'de',
          kind: 'PERSONAL_DATA',
          cohort: { backlogKeys: ['orders'], openOnly: true },
        },
      },
    );
    started = performance.now();
    const preview = await client.request<{
      incident: { communications: { cohortPreview: { recipientCount: number } | null }[] };
    }>(
      'query($id: ID!) { incident(id: $id) { communications { cohortPreview { recipientCount } } } }',
      { id: declareIncident.id },
    );
    const previewMs = performance.now() - started;
    const { approveCommunication: approved } = await client.request<{
      approveCommunication: { id: string; version: number };
    }>(
      `mutation($input: CommunicationTransitionInput!) { approveCommunication(input: $input) { ${fields} } }`,
      { input: { id: draft.id, version: draft.version } },
    );
    started = performance.now();
    await client.request(
      `mutation($input: PublishCommunicationInput!) { publishCommunication(input: $input) { ${fields} } }`,
      { input: { id: approved.id, version: approved.version } },
    );
    const publishedAt = performance.now();
    const queueMs = publishedAt - started;
    log(
      `  preview (${preview.incident.communications[0]?.cohortPreview?.recipientCount} recipients) ${previewMs.toFixed(0)} ms; publish queued the notices in ${queueMs.toFixed(0)} ms`,
    );
    const deadline = Date.now() + 15 * 60_000;
    while (sink.recipients.size < CUSTOMERS && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const sendMs = performance.now() - publishedAt;
    const delivered = sink.recipients.size;
    const mailsPerSecond = delivered / (sendMs / 1000);
    // The records: every recipient SENT once the worker recorded the last attempt.
    let sent = 0;
    const recordDeadline = Date.now() + 60_000;
    while (Date.now() < recordDeadline) {
      const answer = await client.request<{
        incident: { communications: { deliveries: { sent: number } }[] };
      }>(
        'query($id: ID!) { incident(id: $id) { communications { deliveries(first: 0) { sent } } } }',
        {
          id: declareIncident.id,
        },
      );
      sent = answer.incident.communications[0]?.deliveries.sent ?? 0;
      if (sent >= CUSTOMERS) break;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
    log(
      `  the sink received ${delivered} distinct recipients in ${(sendMs / 1000).toFixed(1)} s: ${mailsPerSecond.toFixed(0)} mails/s; ${sent} records SENT`,
    );
    const result = {
      at: new Date().toISOString(),
      machine,
      customers: CUSTOMERS,
      rateLimitPerSecond: RATE,
      concurrency: CONCURRENCY,
      feedMs: Math.round(feedMs),
      previewMs: Math.round(previewMs),
      publishQueueMs: Math.round(queueMs),
      sendSeconds: Math.round(sendMs) / 1000,
      delivered,
      mailsPerSecond: Math.round(mailsPerSecond),
      recordsSent: sent,
      goals: {
        queueUnder5s: queueMs < QUEUE_GOAL_MS,
        atLeast200MailsPerSecond: mailsPerSecond >= SEND_GOAL_PER_SECOND,
        everyRecipientOnce: delivered === CUSTOMERS && sent === CUSTOMERS,
      },
    };
    mkdirSync(RESULTS_DIR, { recursive: true });
    writeFileSync(
      join(RESULTS_DIR, 'delivery-latest.json'),
      `${JSON.stringify(result, null, 2)}\n`,
    );
    const met = Object.values(result.goals).every(Boolean);
    log(`  goals ${met ? 'met' : 'NOT met'}: ${JSON.stringify(result.goals)}`);
    if (!met) process.exitCode = 1;
  } finally {
    await api.stop();
    await sink.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
