// `npm run test:reliability`: the production build under mixed load from this separate process,
// killed with SIGKILL in the middle of an import and restarted, and fed hostile generated
// inputs as anonymous and as each role; then it proves that every acknowledged write is there
// exactly once, that nothing answered 5xx or INTERNAL, and that refusals changed nothing.
// Last, a second server on PostgreSQL has its Redis and then its database cut under load
// (outage.ts).
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { type ApiServer, type ApiServerOptions, startApi } from './api-server';
import { GraphqlClient } from './graphql-client';
import { describeMachine } from './machine';
import { outagePhase } from './outage';
import { RESULTS_DIR } from './paths';

const ADMIN = { email: 'reliability-admin@example.com', password: 'reliability-admin-password' };
const ROLES = ['VIEWER', 'RESPONDER', 'ADMIN'] as const;
type Role = (typeof ROLES)[number];

interface Scale {
  name: 'short' | 'full';
  clients: number;
  loadSeconds: number;
  importItems: number;
  generatedOperations: number;
  /** The outage phase: clients, how long Redis and the database each stay cut, load around. */
  outage: { clients: number; cutSeconds: number; steadySeconds: number };
}

const SCALES: Record<Scale['name'], Scale> = {
  short: {
    name: 'short',
    clients: 50,
    loadSeconds: 20,
    importItems: 50_000,
    generatedOperations: 1_000,
    outage: { clients: 30, cutSeconds: 4, steadySeconds: 2 },
  },
  full: {
    name: 'full',
    clients: 200,
    loadSeconds: 120,
    importItems: 50_000,
    generatedOperations: 10_000,
    outage: { clients: 100, cutSeconds: 15, steadySeconds: 10 },
  },
};

/** What one answer tells: its HTTP status and the codes of its GraphQL errors. */
interface Answer {
  status: number;
  codes: string[];
  data: Record<string, unknown> | null;
}

interface Tally {
  requests: number;
  serverErrors: number;
  internal: number;
  samples: string[];
}

const tally = (): Tally => ({ requests: 0, serverErrors: 0, internal: 0, samples: [] });

async function post(
  baseUrl: string,
  token: string | null,
  body: Record<string, unknown>,
  counts: Tally,
): Promise<Answer> {
  const send = () =>
    fetch(`${baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(body),
    });
  let response: Response;
  try {
    // A kept-alive connection the server closed just as the request left is sent again once,
    // as a client library would; a second failure counts.
    response = await send().catch(send);
  } catch (error) {
    // No answer at all: the connection was dropped, as bad as a 5xx.
    counts.requests += 1;
    counts.serverErrors += 1;
    if (counts.samples.length < 5) {
      counts.samples.push(
        `no answer (${(error as Error).message}) to ${JSON.stringify(body).slice(0, 300)}`,
      );
    }
    return { status: 0, codes: [], data: null };
  }
  const text = await response.text();
  let payload: {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: { code?: string } }[];
  };
  try {
    payload = JSON.parse(text) as typeof payload;
  } catch {
    payload = {};
  }
  const codes = (payload.errors ?? []).map((error) => String(error.extensions?.code));
  counts.requests += 1;
  if (response.status >= 500) counts.serverErrors += 1;
  if (codes.includes('INTERNAL_SERVER_ERROR')) counts.internal += 1;
  if (
    (response.status >= 500 || codes.includes('INTERNAL_SERVER_ERROR')) &&
    counts.samples.length < 5
  ) {
    counts.samples.push(
      `${response.status} ${JSON.stringify(body).slice(0, 200)} -> ${text.slice(0, 200)}`,
    );
  }
  return { status: response.status, codes, data: payload.data ?? null };
}

const DECLARE = `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id ref } }`;
const UPDATE = `mutation P($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { id } }`;
const UPSERT = `mutation U($input: UpsertBacklogItemsInput!) { upsertBacklogItems(input: $input) { inserted updated unchanged replayed } }`;
const READS = [
  '{ overview { activeIncidentCount servicesNotOperational { serviceKey } backlogs { totalOpen } } }',
  '{ incidents(first: 20) { totalCount nodes { ref status impacts { serviceKey status } } } }',
  '{ statusPage { indicator activeIncidents { title } } }',
];

/** Phase 1: writers and readers at once; every acknowledged declaration is remembered. */
async function loadPhase(
  baseUrl: string,
  tokens: Record<Role, string>,
  scale: Scale,
  acknowledged: Map<string, string>,
  counts: Tally,
): Promise<{ seconds: number }> {
  const started = performance.now();
  const until = started + scale.loadSeconds * 1000;
  const client = async (index: number) => {
    let sent = 0;
    while (performance.now() < until) {
      sent += 1;
      if (index % 4 === 0) {
        // A writer: declares with an idempotency key, sometimes sends it twice (a retry).
        const key = `load-${index}-${sent}`;
        const input = { title: `Load ${index}/${sent}`, severity: 'SEV3', idempotencyKey: key };
        const answer = await post(
          baseUrl,
          tokens.RESPONDER,
          { query: DECLARE, variables: { input } },
          counts,
        );
        const declared = answer.data?.['declareIncident'] as
          { id: string; ref: string } | undefined;
        if (declared) {
          acknowledged.set(key, declared.ref);
          if (sent % 5 === 0) {
            const again = await post(
              baseUrl,
              tokens.RESPONDER,
              { query: DECLARE, variables: { input } },
              counts,
            );
            const replayed = again.data?.['declareIncident'] as { ref: string } | undefined;
            if (replayed && replayed.ref !== declared.ref) {
              throw new Error(`A retry of ${key} declared ${replayed.ref}, not ${declared.ref}`);
            }
          }
          await post(
            baseUrl,
            tokens.RESPONDER,
            {
              query: UPDATE,
              variables: {
                input: {
                  incidentId: declared.id,
                  body: 'Working on it',
                  visibility: 'INTERNAL',
                  idempotencyKey: `${key}-u`,
                },
              },
            },
            counts,
          );
        }
      } else if (index % 10 === 1) {
        const response = await fetch(`${baseUrl}/api/v2/summary.json`);
        await response.arrayBuffer();
        counts.requests += 1;
        if (response.status >= 500) counts.serverErrors += 1;
      } else {
        await post(baseUrl, tokens.VIEWER, { query: READS[sent % READS.length] as string }, counts);
      }
    }
  };
  await Promise.all(Array.from({ length: scale.clients }, (_, index) => client(index)));
  return { seconds: (performance.now() - started) / 1000 };
}

/** Phase 2: SIGKILL while an import runs, restart, retry the same call: all or nothing, once. */
async function killDuringImport(
  options: ApiServerOptions,
  server: ApiServer,
  scale: Scale,
  counts: Tally,
): Promise<{
  server: ApiServer;
  itemsAfterRetry: number;
  killedAfterMs: number;
  health: HealthGaps;
}> {
  const admin = new GraphqlClient(server.baseUrl, ADMIN);
  await admin.request(
    `mutation { createBacklog(input: { key: "reliability-mails", name: "Mails", unit: "e-mail", promiseHours: 24, staff: 2, itemsPerStaffHour: 10 }) { id } }`,
  );
  const now = Date.now();
  const items = Array.from({ length: scale.importItems }, (_, index) => ({
    externalRef: `mail-${index}`,
    receivedAt: new Date(now - 48 * 3_600_000 + index * 1000).toISOString(),
  }));
  const input = { backlogKey: 'reliability-mails', idempotencyKey: 'import-1', items };
  const token = await admin.accessToken();
  const inFlight = post(
    server.baseUrl,
    token,
    { query: UPSERT, variables: { input } },
    tally(),
  ).catch(() => null);
  // Kill once the import is surely running (its body is several megabytes).
  const killedAfterMs = 400;
  await new Promise((resolve) => setTimeout(resolve, killedAfterMs));
  await server.kill();
  await inFlight;
  const restarted = await startApi(options);
  const again = new GraphqlClient(restarted.baseUrl, ADMIN);
  const retrying = post(
    restarted.baseUrl,
    await again.accessToken(),
    { query: UPSERT, variables: { input } },
    counts,
  );
  // The retry is a whole import: meanwhile the server must keep answering others (finding 11).
  const health = await healthGapsWhile(restarted.baseUrl, retrying);
  const retried = await retrying;
  if (retried.codes.length > 0)
    throw new Error(`The retried import was refused: ${retried.codes.join(', ')}`);
  const { backlog } = await again.request<{ backlog: { itemCount: number } }>(
    '{ backlog(key: "reliability-mails") { itemCount } }',
  );
  return { server: restarted, itemsAfterRetry: backlog.itemCount, killedAfterMs, health };
}

interface HealthGaps {
  answers: number;
  /** The longest wait between two answers of `/health`, in milliseconds (wall time). */
  worstMs: number;
  failures: number;
}

/** Asks `/health` one request after another until `done` settles. */
async function healthGapsWhile(baseUrl: string, done: Promise<unknown>): Promise<HealthGaps> {
  let finished = false;
  void done.finally(() => {
    finished = true;
  });
  const gaps: HealthGaps = { answers: 0, worstMs: 0, failures: 0 };
  let last = performance.now();
  while (!finished) {
    try {
      const response = await fetch(`${baseUrl}/health`);
      await response.arrayBuffer();
      if (response.status !== 200) gaps.failures += 1;
    } catch {
      gaps.failures += 1;
    }
    const now = performance.now();
    gaps.worstMs = Math.max(gaps.worstMs, now - last);
    last = now;
    gaps.answers += 1;
  }
  return gaps;
}

/** Hostile values: NUL bytes, huge and odd strings, far dates, wrong types, nulls. */
const hostile = fc.oneof(
  fc.string({ maxLength: 30 }),
  fc.string({ unit: 'grapheme', maxLength: 30 }),
  fc.constantFrom(
    '\u0000',
    'a\u0000b',
    '',
    ' ',
    'x'.repeat(5000),
    '9999999-01-01T00:00:00Z',
    '2099-01-01T00:00:00.000Z',
    '1900-01-01T00:00:00.000Z',
    'SEV1',
    'PUBLIC',
    "'; DROP TABLE incidents; --",
  ),
  fc.integer(),
  fc.double({ noNaN: true }),
  fc.constantFrom(null, true, false, -1, 0, 2 ** 53, []),
);

const NOW = Date.now();
const text = fc.string({ minLength: 1, maxLength: 40 }).filter((value) => value.trim() !== '');
const nearNow = fc
  .integer({ min: -72 * 60, max: 60 })
  .map((minutes) => new Date(NOW + minutes * 60_000).toISOString());

/** For each input field, values a caller means, mixed with hostile ones (3 : 1). */
function field(name: string, incidentIds: readonly string[]): fc.Arbitrary<unknown> {
  const valid: Record<string, fc.Arbitrary<unknown>> = {
    title: text,
    name: text,
    body: text,
    summary: text,
    severity: fc.constantFrom('SEV1', 'SEV2', 'SEV3', 'SEV4'),
    visibility: fc.constantFrom('PUBLIC', 'INTERNAL'),
    key: fc.stringMatching(/^[a-z][a-z0-9-]{2,20}$/),
    tier: fc.integer({ min: 1, max: 3 }),
    rtoMinutes: fc.integer({ min: 0, max: 10_000 }),
    rpoMinutes: fc.integer({ min: 0, max: 10_000 }),
    startedAt: nearNow,
    nextUpdateAt: fc
      .integer({ min: 10, max: 600 })
      .map((minutes) => new Date(NOW + minutes * 60_000).toISOString()),
    idempotencyKey: fc.string({ minLength: 1, maxLength: 20 }),
    incidentId: incidentIds.length > 0 ? fc.constantFrom(...incidentIds) : fc.uuid(),
    backlogKey: fc.constant('reliability-mails'),
    items: fc.array(
      fc.record({ externalRef: fc.stringMatching(/^gen-[a-z0-9]{1,12}$/), receivedAt: nearNow }),
      { maxLength: 20 },
    ),
    email: fc.emailAddress(),
    password: fc.string({ minLength: 12, maxLength: 30 }),
    ref: fc.integer({ min: 1, max: 2000 }).map((n) => `INC-${String(n).padStart(4, '0')}`),
  };
  return fc.oneof(
    { arbitrary: valid[name] ?? hostile, weight: 3 },
    { arbitrary: hostile, weight: 1 },
  );
}

const GENERATED: { query: string; fields: string[]; asInput: boolean }[] = [
  {
    query: DECLARE,
    fields: ['title', 'severity', 'summary', 'startedAt', 'idempotencyKey'],
    asInput: true,
  },
  {
    query: UPDATE,
    fields: ['incidentId', 'body', 'visibility', 'nextUpdateAt', 'idempotencyKey'],
    asInput: true,
  },
  {
    query: `mutation S($input: CreateServiceInput!) { createService(input: $input) { key } }`,
    fields: ['key', 'name', 'tier', 'rtoMinutes', 'rpoMinutes'],
    asInput: true,
  },
  { query: UPSERT, fields: ['backlogKey', 'idempotencyKey', 'items'], asInput: true },
  {
    query: `mutation L($input: LoginInput!) { login(input: $input) { accessToken } }`,
    fields: ['email', 'password'],
    asInput: true,
  },
  {
    query: `query Q($ref: String!) { incidentByRef(ref: $ref) { id } }`,
    fields: ['ref'],
    asInput: false,
  },
];

interface Counts {
  incidents: number;
  services: number;
  items: number;
}

/** What the generated mutations could have created. */
async function countsOf(admin: GraphqlClient): Promise<Counts> {
  const data = await admin.request<{
    incidents: { totalCount: number };
    services: unknown[];
    backlogs: { itemCount: number }[];
  }>('{ incidents(first: 1) { totalCount } services { key } backlogs { itemCount } }');
  return {
    incidents: data.incidents.totalCount,
    services: data.services.length,
    items: data.backlogs.reduce((sum, backlog) => sum + backlog.itemCount, 0),
  };
}

/**
 * Phase 3: generated operations with hostile inputs, as anonymous and as each role. What the
 * accepted ones created is counted from their answers; the data must have grown by exactly
 * that, so no refusal left anything behind.
 */
async function hostilePhase(
  baseUrl: string,
  tokens: Record<Role, string>,
  admin: GraphqlClient,
  scale: Scale,
  counts: Tally,
): Promise<{ tried: number; refused: number; expected: Counts; before: Counts; after: Counts }> {
  const before = await countsOf(admin);
  const expected = { ...before };
  const { incidents } = await admin.request<{ incidents: { nodes: { id: string }[] } }>(
    '{ incidents(first: 50) { nodes { id } } }',
  );
  const incidentIds = incidents.nodes.map((node) => node.id);
  const operation = fc.constantFrom(...GENERATED).chain((shape) =>
    fc.record({
      shape: fc.constant(shape),
      as: fc.constantFrom<Role | 'anonymous'>('anonymous', ...ROLES),
      values: fc.tuple(
        ...shape.fields.map((name) => fc.option(field(name, incidentIds), { freq: 6 })),
      ),
    }),
  );
  let refused = 0;
  // A retried key answers with what it created before: count each incident once.
  const declared = new Set<string>();
  const samples = fc.sample(operation, { numRuns: scale.generatedOperations, seed: 20261126 });
  for (const sample of samples) {
    const token = sample.as === 'anonymous' ? null : tokens[sample.as];
    // `null` from `fc.option` leaves a field out; a hostile `null` sends it.
    const given: Record<string, unknown> = {};
    sample.shape.fields.forEach((name, index) => {
      const value = sample.values[index];
      if (value !== null) given[name] = value;
    });
    const variables = sample.shape.asInput ? { input: given } : given;
    const answer = await post(baseUrl, token, { query: sample.shape.query, variables }, counts);
    if (answer.codes.length > 0 || answer.status >= 400) {
      refused += 1;
      continue;
    }
    const incident = answer.data?.['declareIncident'] as { ref: string } | undefined;
    if (incident && !declared.has(incident.ref)) {
      declared.add(incident.ref);
      expected.incidents += 1;
    }
    if (answer.data?.['createService']) expected.services += 1;
    const upserted = answer.data?.['upsertBacklogItems'] as
      { inserted: number; replayed: boolean } | undefined;
    if (upserted && !upserted.replayed) expected.items += upserted.inserted;
  }
  return { tried: samples.length, refused, expected, before, after: await countsOf(admin) };
}

async function main(): Promise<void> {
  const scale = { ...SCALES[process.env['RELIABILITY_SCALE'] === 'full' ? 'full' : 'short'] };
  if (process.env['RELIABILITY_LOAD_SECONDS']) {
    scale.loadSeconds = Number(process.env['RELIABILITY_LOAD_SECONDS']);
  }
  const workDir = mkdtempSync(join(tmpdir(), 'lagebild-reliability-'));
  const options: ApiServerOptions = {
    port: Number(process.env['RELIABILITY_PORT'] ?? 4200),
    sqliteFile: join(workDir, 'reliability.sqlite'),
    demo: false,
    adminEmail: ADMIN.email,
    adminPassword: ADMIN.password,
  };
  const started = performance.now();
  console.log(
    `Reliability run (${scale.name}): ${scale.clients} clients for ${scale.loadSeconds} s, a SIGKILL during a ${scale.importItems}-item import, ${scale.generatedOperations} generated operations, Redis and the database cut for ${scale.outage.cutSeconds} s each under ${scale.outage.clients} clients`,
  );
  let server = await startApi(options);
  try {
    const admin = new GraphqlClient(server.baseUrl, ADMIN);
    const tokens = {} as Record<Role, string>;
    for (const role of ROLES) {
      const person = {
        email: `reliability-${role.toLowerCase()}@example.com`,
        password: `reliability-${role}-password`,
      };
      if (role !== 'ADMIN') {
        await admin.request(
          'mutation($input: CreateUserInput!) { createUser(input: $input) { id } }',
          {
            input: { ...person, name: role, role },
          },
        );
      }
      tokens[role] = await new GraphqlClient(
        server.baseUrl,
        role === 'ADMIN' ? ADMIN : person,
      ).accessToken();
    }

    const load = tally();
    const acknowledged = new Map<string, string>();
    const loadResult = await loadPhase(server.baseUrl, tokens, scale, acknowledged, load);
    console.log(
      `  load: ${load.requests} requests in ${loadResult.seconds.toFixed(1)} s, ${acknowledged.size} declarations acknowledged`,
    );

    const faults = tally();
    const killed = await killDuringImport(options, server, scale, faults);
    server = killed.server;
    console.log(`  SIGKILL during the import, restart and retry: ${killed.itemsAfterRetry} items`);

    const fresh = new GraphqlClient(server.baseUrl, ADMIN);
    for (const role of ROLES) {
      tokens[role] =
        role === 'ADMIN'
          ? await fresh.accessToken()
          : await new GraphqlClient(server.baseUrl, {
              email: `reliability-${role.toLowerCase()}@example.com`,
              password: `reliability-${role}-password`,
            }).accessToken();
    }
    const fuzz = tally();
    const hostileResult = await hostilePhase(server.baseUrl, tokens, fresh, scale, fuzz);
    console.log(`  generated: ${hostileResult.tried} operations, ${hostileResult.refused} refused`);

    // Every acknowledged declaration is there exactly once.
    let missing = 0;
    for (const ref of new Set(acknowledged.values())) {
      const found = await fresh.request<{ incidentByRef: { id: string } | null }>(
        'query($ref: String!) { incidentByRef(ref: $ref) { id } }',
        { ref },
      );
      if (!found.incidentByRef) missing += 1;
    }
    const duplicates = acknowledged.size - new Set(acknowledged.values()).size;

    // The first server is done; the outage phase runs its own on PostgreSQL.
    await server.kill();
    const outage = await outagePhase({
      port: options.port + 1,
      admin: ADMIN,
      ...scale.outage,
    });
    console.log(`  Redis and the database cut and restored in ${outage.seconds.toFixed(1)} s`);
    const unchanged =
      JSON.stringify(hostileResult.after) === JSON.stringify(hostileResult.expected);

    const rows = [
      [
        'load held',
        `${scale.clients} clients, ${load.requests} requests, ${(load.requests / loadResult.seconds).toFixed(0)} req/s`,
        `${load.serverErrors} 5xx, ${load.internal} INTERNAL`,
      ],
      [
        'faults survived',
        `SIGKILL ${killed.killedAfterMs} ms into a ${scale.importItems}-item import, restart, retry`,
        `${killed.itemsAfterRetry} of ${scale.importItems} items, ${faults.serverErrors + faults.internal} errors`,
      ],
      [
        'kept answering',
        `/health asked one request after another during the retried ${scale.importItems}-item import`,
        `${killed.health.answers} answers, ${killed.health.failures} failed, worst gap ${Math.round(killed.health.worstMs)} ms`,
      ],
      [
        'inputs tried',
        `${hostileResult.tried} generated operations as anonymous and each role`,
        `${hostileResult.refused} refused, ${fuzz.serverErrors} 5xx, ${fuzz.internal} INTERNAL`,
      ],
      [
        'refusals changed nothing',
        `incidents, services and items counted before and after`,
        unchanged
          ? 'grew by exactly what was accepted'
          : `expected ${JSON.stringify(hostileResult.expected)}, found ${JSON.stringify(hostileResult.after)}`,
      ],
      [
        'data lost',
        `${acknowledged.size} acknowledged declarations checked`,
        `${missing} missing, ${duplicates} duplicated`,
      ],
      ...outage.rows,
    ];
    const ok =
      load.serverErrors +
        load.internal +
        fuzz.serverErrors +
        fuzz.internal +
        faults.serverErrors +
        faults.internal ===
        0 &&
      killed.itemsAfterRetry === scale.importItems &&
      killed.health.failures === 0 &&
      missing === 0 &&
      duplicates === 0 &&
      unchanged &&
      outage.ok;
    const table = [
      '| check | what ran | result |',
      '| ----- | -------- | ------ |',
      ...rows.map((row) => `| ${row.join(' | ')} |`),
    ].join('\n');
    console.log(`\n${table}\n`);
    const samples = [...load.samples, ...fuzz.samples, ...faults.samples, ...outage.samples];
    for (const sample of samples) console.log(`  ! ${sample}`);
    const machine = describeMachine();
    mkdirSync(RESULTS_DIR, { recursive: true });
    const file = join(
      RESULTS_DIR,
      `reliability-${new Date().toISOString().replace(/[:.]/g, '-')}.json`,
    );
    writeFileSync(
      file,
      `${JSON.stringify({ scale, machine, seconds: (performance.now() - started) / 1000, ok, rows, outage: { seconds: outage.seconds, ...outage.details }, samples }, null, 2)}\n`,
    );
    console.log(
      `${ok ? 'PASSED' : 'FAILED'} in ${((performance.now() - started) / 1000).toFixed(0)} s; written to ${file}`,
    );
    if (!ok) process.exitCode = 1;
  } finally {
    await server.kill();
    rmSync(workDir, { recursive: true, force: true });
  }
}

void main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
