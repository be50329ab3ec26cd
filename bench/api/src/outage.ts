// The outage phase of `npm run test:reliability`: the production build on a fresh PostgreSQL
// database, with its database and its Redis each behind a TCP proxy inside this process. Under
// mixed readers and writers, Redis is cut for some seconds (everything must keep working), then
// the database (the public page answers, writes answer SERVICE_UNAVAILABLE), then both come back
// (the API must recover by itself). Afterwards every acknowledged write is there exactly once,
// whole, with one audit entry; a refused write is absent unless it was retried with its
// idempotency key, and then it is there once.
import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { startApi } from './api-server';
import { GraphqlClient } from './graphql-client';
import { startTcpProxy, type TcpProxy } from './tcp-proxy';

const POSTGRES_ADMIN_URL =
  process.env['RELIABILITY_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env['RELIABILITY_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

const DECLARE = `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id ref } }`;
const UPDATE = `mutation P($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { id } }`;
const LOGIN = `mutation L($input: LoginInput!) { login(input: $input) { accessToken } }`;
const STATUS_PAGE = '{ statusPage { indicator activeIncidents { title } } }';
const READS = [
  '{ overview { activeIncidentCount servicesNotOperational { serviceKey } } }',
  '{ incidents(first: 20) { totalCount nodes { ref status impacts { serviceKey status } } } }',
];
const SERVICE_KEY = 'outage-shop';

export interface OutageOptions {
  port: number;
  admin: { email: string; password: string };
  clients: number;
  /** How long each of Redis and the database stays cut. */
  cutSeconds: number;
  /** Load before, between and after the cuts. */
  steadySeconds: number;
}

type Window = 'steady' | 'redis-cut' | 'redis-back' | 'database-cut' | 'database-back' | 'after';

interface Answer {
  status: number;
  codes: string[];
  data: Record<string, unknown> | null;
  /** Why there was no answer at all (the connection dropped). */
  dropped?: string;
  text: string;
}

/** One write: what was sent, when, and what came back. */
interface Write {
  kind: 'declare' | 'update';
  key: string;
  /** For an update: the key of the declaration it belongs to. */
  incidentKey: string;
  variables: Record<string, unknown>;
  startedAt: number;
  endedAt: number;
  acknowledged: boolean;
  refused: boolean;
  retried?: boolean;
}

export interface OutageResult {
  ok: boolean;
  seconds: number;
  rows: string[][];
  samples: string[];
  details: Record<string, unknown>;
}

async function send(
  baseUrl: string,
  path: string,
  token: string | null,
  body?: Record<string, unknown>,
): Promise<Answer> {
  const request = () =>
    fetch(`${baseUrl}${path}`, {
      method: body ? 'POST' : 'GET',
      headers: {
        ...(body ? { 'content-type': 'application/json' } : {}),
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });
  let response: Response;
  try {
    // A kept-alive connection the server closed as the request left is sent again once.
    response = await request().catch(request);
  } catch (error) {
    return { status: 0, codes: [], data: null, dropped: (error as Error).message, text: '' };
  }
  const text = await response.text();
  let payload: {
    data?: Record<string, unknown> | null;
    errors?: { extensions?: { code?: string } }[];
  } = {};
  try {
    payload = JSON.parse(text) as typeof payload;
  } catch {
    // not JSON: judged by its status
  }
  const codes = Array.isArray(payload.errors)
    ? payload.errors.map((error) => String(error.extensions?.code))
    : [];
  return { status: response.status, codes, data: payload.data ?? null, text };
}

async function withAdminClient<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: POSTGRES_ADMIN_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

/** Polls until `condition` holds; fails after `timeoutMs`. Returns the milliseconds it took. */
async function until(
  condition: () => Promise<boolean>,
  what: string,
  timeoutMs = 30_000,
): Promise<number> {
  const started = performance.now();
  for (;;) {
    if (await condition()) return performance.now() - started;
    if (performance.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function health(baseUrl: string): Promise<{ status: number; body: Record<string, string> }> {
  try {
    const response = await fetch(`${baseUrl}/health`);
    return { status: response.status, body: (await response.json()) as Record<string, string> };
  } catch {
    return { status: 0, body: {} };
  }
}

export async function outagePhase(options: OutageOptions): Promise<OutageResult> {
  const started = performance.now();
  const database = `lagebild_reliability_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${database}`));
  const databaseUrl = new URL(POSTGRES_ADMIN_URL);
  databaseUrl.pathname = `/${database}`;
  const redisTarget = new URL(REDIS_URL);
  const postgresProxy = await startTcpProxy(databaseUrl.hostname, Number(databaseUrl.port || 5432));
  const redisProxy = await startTcpProxy(redisTarget.hostname, Number(redisTarget.port || 6379));
  const proxies: TcpProxy[] = [postgresProxy, redisProxy];
  const server = await startApi({
    port: options.port,
    sqliteFile: '',
    databaseUrl: postgresProxy.urlFor(databaseUrl.toString()),
    redisUrl: redisProxy.urlFor(REDIS_URL),
    demo: false,
    adminEmail: options.admin.email,
    adminPassword: options.admin.password,
  });
  try {
    return await drive(server.baseUrl, options, postgresProxy, redisProxy, started);
  } finally {
    for (const proxy of proxies) proxy.restore();
    await server.kill();
    for (const proxy of proxies) await proxy.close();
    await withAdminClient((client) =>
      client.query(`DROP DATABASE IF EXISTS ${database} WITH (FORCE)`),
    );
  }
}

async function drive(
  baseUrl: string,
  options: OutageOptions,
  postgresProxy: TcpProxy,
  redisProxy: TcpProxy,
  started: number,
): Promise<OutageResult> {
  const admin = new GraphqlClient(baseUrl, options.admin);
  await admin.request(
    `mutation { createService(input: { key: "${SERVICE_KEY}", name: "Shop", tier: 1, rtoMinutes: 60, rpoMinutes: 0 }) { key } }`,
  );
  const people = {
    RESPONDER: { email: 'outage-responder@example.com', password: 'outage-responder-password' },
    VIEWER: { email: 'outage-viewer@example.com', password: 'outage-viewer-password' },
  };
  const tokens: Record<string, string> = {};
  for (const [role, person] of Object.entries(people)) {
    await admin.request('mutation($input: CreateUserInput!) { createUser(input: $input) { id } }', {
      input: { ...person, name: role, role },
    });
    tokens[role] = await new GraphqlClient(baseUrl, person).accessToken();
  }
  await until(
    async () => (await health(baseUrl)).body['liveEvents'] === 'connected',
    'the API to connect to Redis',
  );

  // The timeline: which fault is in effect, and when each began (performance.now()).
  let window: Window = 'steady';
  const at: Partial<Record<Window, number>> = { steady: performance.now() };
  const enter = (next: Window) => {
    window = next;
    at[next] = performance.now();
  };
  let running = true;

  const writes: Write[] = [];
  const failures: string[] = [];
  const fail = (what: string) => {
    if (failures.length < 10) failures.push(what);
  };
  const seen = {
    requests: 0,
    serverErrors: 0,
    internal: 0,
    dropped: 0,
    summaryDuringDatabaseCut: 0,
    statusPageDuringDatabaseCut: 0,
    refusedDuringRedisCut: 0,
    acknowledgedDuringRedisCut: 0,
    loginsDuringRedisCut: 0,
  };
  /** Counts one answer; true when it is neither 5xx, INTERNAL nor dropped. */
  const judge = (answer: Answer, what: string): boolean => {
    seen.requests += 1;
    if (answer.dropped !== undefined) {
      seen.dropped += 1;
      fail(`no answer (${answer.dropped}) to ${what} in ${window}`);
      return false;
    }
    if (answer.status >= 500) {
      seen.serverErrors += 1;
      fail(`${answer.status} to ${what} in ${window}: ${answer.text.slice(0, 200)}`);
      return false;
    }
    if (answer.codes.includes('INTERNAL_SERVER_ERROR')) {
      seen.internal += 1;
      fail(`INTERNAL to ${what} in ${window}: ${answer.text.slice(0, 200)}`);
      return false;
    }
    return true;
  };
  /** Refusing for want of the database is right from the cut until the API said it is back. */
  const databaseMayBeMissing = (startedAt: number, endedAt: number) =>
    at['database-cut'] !== undefined &&
    endedAt >= at['database-cut'] &&
    (at['after'] === undefined || startedAt < at['after']);
  const onlyUnavailable = (answer: Answer) =>
    answer.codes.length > 0 && answer.codes.every((code) => code === 'SERVICE_UNAVAILABLE');

  const write = async (
    kind: Write['kind'],
    key: string,
    incidentKey: string,
    variables: Record<string, unknown>,
  ): Promise<{ write: Write; answer: Answer }> => {
    const startedAt = performance.now();
    const answer = await send(baseUrl, '/graphql', tokens['RESPONDER'] ?? null, {
      query: kind === 'declare' ? DECLARE : UPDATE,
      variables,
    });
    const endedAt = performance.now();
    const entry: Write = {
      kind,
      key,
      incidentKey,
      variables,
      startedAt,
      endedAt,
      acknowledged: answer.codes.length === 0 && answer.data !== null && answer.status === 200,
      refused: onlyUnavailable(answer),
    };
    writes.push(entry);
    if (judge(answer, kind) && !entry.acknowledged) {
      if (!entry.refused || !databaseMayBeMissing(startedAt, endedAt)) {
        fail(`${kind} ${key} in ${window} answered ${answer.status} ${answer.text.slice(0, 200)}`);
      }
    }
    if (window === 'redis-cut') {
      if (entry.acknowledged) seen.acknowledgedDuringRedisCut += 1;
      else seen.refusedDuringRedisCut += 1;
    }
    return { write: entry, answer };
  };

  /** A refusal is answered at once; a client waits a moment before its next write. */
  const pause = () => new Promise((resolve) => setTimeout(resolve, 200));

  const client = async (index: number) => {
    let sent = 0;
    while (running) {
      sent += 1;
      const role = index % 5;
      if (role === 0 || role === 1) {
        const key = `outage-${index}-${sent}`;
        const declared = await write('declare', key, key, {
          input: {
            title: `Outage ${key}`,
            severity: 'SEV3',
            idempotencyKey: key,
            impacts: [{ serviceKey: SERVICE_KEY, status: 'DEGRADED_PERFORMANCE' }],
          },
        });
        const incident = declared.answer.data?.['declareIncident'] as { id: string } | undefined;
        if (!incident) {
          await pause();
          continue;
        }
        const update = await write('update', `${key}-u`, key, {
          input: {
            incidentId: incident.id,
            body: `Update ${key}`,
            visibility: 'INTERNAL',
            idempotencyKey: `${key}-u`,
          },
        });
        if (!update.write.acknowledged) await pause();
      } else if (role === 2) {
        const startedAt = performance.now();
        const answer = await send(baseUrl, '/api/v2/summary.json', null);
        if (judge(answer, 'summary.json') && answer.status !== 200) {
          fail(`summary.json answered ${answer.status} in ${window}`);
        }
        if (answer.status === 200 && databaseMayBeMissing(startedAt, performance.now())) {
          seen.summaryDuringDatabaseCut += 1;
        }
      } else if (role === 3) {
        const startedAt = performance.now();
        const answer = await send(baseUrl, '/graphql', null, { query: STATUS_PAGE });
        if (judge(answer, 'statusPage') && answer.codes.length > 0) {
          fail(`statusPage answered ${answer.codes.join(', ')} in ${window}`);
        }
        if (
          answer.status === 200 &&
          answer.codes.length === 0 &&
          databaseMayBeMissing(startedAt, performance.now())
        ) {
          seen.statusPageDuringDatabaseCut += 1;
        }
      } else {
        const startedAt = performance.now();
        const login = sent % 5 === 0;
        const answer = login
          ? await send(baseUrl, '/graphql', null, {
              query: LOGIN,
              variables: { input: people.VIEWER },
            })
          : await send(baseUrl, '/graphql', tokens['VIEWER'] ?? null, {
              query: READS[sent % READS.length] as string,
            });
        const what = login ? 'login' : 'a dashboard read';
        if (judge(answer, what) && answer.codes.length > 0) {
          if (!onlyUnavailable(answer) || !databaseMayBeMissing(startedAt, performance.now())) {
            fail(`${what} answered ${answer.codes.join(', ')} in ${window}`);
          } else await pause();
        }
        if (login && window === 'redis-cut' && answer.codes.length === 0) {
          seen.loginsDuringRedisCut += 1;
        }
      }
    }
  };

  const steady = () => new Promise((resolve) => setTimeout(resolve, options.steadySeconds * 1000));
  const cut = () => new Promise((resolve) => setTimeout(resolve, options.cutSeconds * 1000));
  const load = Promise.all(Array.from({ length: options.clients }, (_, index) => client(index)));

  await steady();
  enter('redis-cut');
  redisProxy.cut();
  await cut();
  const redisHealth = await health(baseUrl);
  const redisRefusedConnections = redisProxy.refusedSinceCut;
  enter('redis-back');
  redisProxy.restore();
  const redisRecoveredMs = await until(
    async () => (await health(baseUrl)).body['liveEvents'] === 'connected',
    'live events to reconnect after the Redis cut',
  );
  await steady();

  enter('database-cut');
  postgresProxy.cut();
  await cut();
  const databaseHealth = await health(baseUrl);
  enter('database-back');
  postgresProxy.restore();
  const databaseRecoveredMs = await until(async () => {
    const now = await health(baseUrl);
    return now.status === 200 && now.body['status'] === 'ok';
  }, 'the API to find its database again');
  enter('after');
  await steady();
  running = false;
  await load;

  // The client's side of a refusal: some are sent again with the same idempotency key (all
  // that were in flight when the database went, every second one of the others); the rest are
  // given up and must have left nothing behind.
  const cutAt = at['database-cut'] ?? 0;
  let refusalIndex = 0;
  for (const entry of writes.filter((candidate) => candidate.refused)) {
    const inFlightAtCut = entry.startedAt < cutAt;
    refusalIndex += 1;
    if (!inFlightAtCut && refusalIndex % 2 === 1) continue;
    entry.retried = true;
    const answer = await send(baseUrl, '/graphql', tokens['RESPONDER'] ?? null, {
      query: entry.kind === 'declare' ? DECLARE : UPDATE,
      variables: entry.variables,
    });
    if (judge(answer, `retried ${entry.kind}`) && answer.codes.length > 0) {
      fail(`retried ${entry.kind} ${entry.key} answered ${answer.codes.join(', ')}`);
    }
  }

  // What is there now.
  const incidents: {
    id: string;
    ref: string;
    title: string;
    impacts: { serviceKey: string }[];
    timeline: { body: string }[];
  }[] = [];
  for (let after: string | null = null; ;) {
    const page: {
      incidents: {
        nodes: typeof incidents;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      };
    } = await admin.request(
      'query($after: String) { incidents(first: 100, after: $after) { nodes { id ref title impacts { serviceKey } timeline { body } } pageInfo { hasNextPage endCursor } } }',
      { after },
    );
    incidents.push(...page.incidents.nodes);
    if (!page.incidents.pageInfo.hasNextPage) break;
    after = page.incidents.pageInfo.endCursor;
  }
  const audit = new Map<string, number>();
  for (let offset = 0; ; offset += 1000) {
    const { auditLog } = await admin.request<{
      auditLog: { entityId: string; action: string }[];
    }>(
      'query($offset: Int!) { auditLog(entity: "Incident", limit: 1000, offset: $offset) { entityId action } }',
      {
        offset,
      },
    );
    for (const entry of auditLog) {
      const id = `${entry.action} ${entry.entityId}`;
      audit.set(id, (audit.get(id) ?? 0) + 1);
    }
    if (auditLog.length < 1000) break;
  }

  const byTitle = new Map<string, typeof incidents>();
  for (const incident of incidents) {
    byTitle.set(incident.title, [...(byTitle.get(incident.title) ?? []), incident]);
  }
  const proof = { present: 0, missing: 0, duplicated: 0, halfWritten: 0, leftBehind: 0, audit: 0 };
  const proofFail = (what: string) => fail(what);
  const expectedIncidents = new Set<string>();
  for (const entry of writes) {
    const shouldBeThere = entry.acknowledged || entry.retried === true;
    const found = byTitle.get(`Outage ${entry.incidentKey}`) ?? [];
    if (entry.kind === 'declare') {
      if (shouldBeThere) expectedIncidents.add(`Outage ${entry.key}`);
      if (!shouldBeThere) {
        if (found.length > 0) {
          proof.leftBehind += 1;
          proofFail(`refused declaration ${entry.key} was written anyway`);
        }
        continue;
      }
      if (found.length === 0) {
        proof.missing += 1;
        proofFail(`acknowledged declaration ${entry.key} is missing`);
        continue;
      }
      if (found.length > 1) {
        proof.duplicated += 1;
        proofFail(`declaration ${entry.key} is there ${found.length} times`);
      }
      const incident = found[0]!;
      proof.present += 1;
      if (incident.impacts.length !== 1 || incident.impacts[0]?.serviceKey !== SERVICE_KEY) {
        proof.halfWritten += 1;
        proofFail(`declaration ${entry.key} lacks its impact`);
      }
      if (audit.get(`declareIncident ${incident.id}`) !== 1) {
        proof.audit += 1;
        proofFail(
          `declaration ${entry.key} has ${audit.get(`declareIncident ${incident.id}`) ?? 0} audit entries`,
        );
      }
    } else {
      const incident = found[0];
      const entries =
        incident?.timeline.filter((update) => update.body === `Update ${entry.incidentKey}`)
          .length ?? 0;
      if (!shouldBeThere) {
        if (entries > 0) {
          proof.leftBehind += 1;
          proofFail(`refused update ${entry.key} was written anyway`);
        }
        continue;
      }
      if (entries === 0) {
        proof.missing += 1;
        proofFail(`acknowledged update ${entry.key} is missing`);
      } else if (entries > 1) {
        proof.duplicated += 1;
        proofFail(`update ${entry.key} is there ${entries} times`);
      } else proof.present += 1;
      if (incident && audit.get(`postIncidentUpdate ${incident.id}`) !== 1) {
        proof.audit += 1;
        proofFail(
          `update ${entry.key} has ${audit.get(`postIncidentUpdate ${incident.id}`) ?? 0} audit entries`,
        );
      }
    }
  }
  // Nothing the writers did not ask for.
  const unexpected = incidents.filter(
    (incident) => incident.title.startsWith('Outage ') && !expectedIncidents.has(incident.title),
  ).length;
  if (unexpected > 0) proofFail(`${unexpected} incidents nobody asked for`);
  // An update never acknowledged and given up leaves no audit entry either.
  for (const incident of incidents) {
    const updates = incident.timeline.filter((update) => update.body.startsWith('Update ')).length;
    if ((audit.get(`postIncidentUpdate ${incident.id}`) ?? 0) !== updates) {
      proof.audit += 1;
      proofFail(`${incident.ref} has ${updates} updates but other audit entries`);
    }
  }

  const during = (from: Window, to: Window) =>
    writes.filter(
      (entry) =>
        entry.startedAt >= (at[from] ?? Infinity) && entry.startedAt < (at[to] ?? Infinity),
    );
  const redisWrites = during('redis-cut', 'redis-back');
  const databaseWrites = during('database-cut', 'database-back');
  const refused = writes.filter((entry) => entry.refused);
  const retried = refused.filter((entry) => entry.retried);
  const redisOk =
    seen.refusedDuringRedisCut === 0 &&
    redisHealth.status === 200 &&
    redisHealth.body['liveEvents'] === 'unavailable';
  const databaseOk =
    databaseWrites.length > 0 &&
    databaseWrites.every((entry) => entry.refused) &&
    seen.summaryDuringDatabaseCut > 0 &&
    seen.statusPageDuringDatabaseCut > 0 &&
    databaseHealth.status === 503 &&
    databaseHealth.body['database'] === 'unreachable';
  const ok =
    failures.length === 0 &&
    seen.serverErrors + seen.internal + seen.dropped === 0 &&
    redisOk &&
    databaseOk &&
    proof.missing + proof.duplicated + proof.halfWritten + proof.leftBehind + proof.audit === 0 &&
    unexpected === 0;
  const errors = `${seen.serverErrors} 5xx, ${seen.internal} INTERNAL, ${seen.dropped} dropped`;
  const rows = [
    [
      'faults survived',
      `Redis cut for ${options.cutSeconds} s under ${options.clients} clients (PostgreSQL, both behind TCP proxies)`,
      `${redisWrites.length} writes sent, ${seen.refusedDuringRedisCut} refused; ${seen.loginsDuringRedisCut} logins; /health ${redisHealth.status} liveEvents ${redisHealth.body['liveEvents'] ?? '?'}; live events back ${Math.round(redisRecoveredMs)} ms after the restore`,
    ],
    [
      'faults survived',
      `database cut for ${options.cutSeconds} s under the same load`,
      `${databaseWrites.filter((entry) => entry.refused).length} of ${databaseWrites.length} writes SERVICE_UNAVAILABLE; summary.json ${seen.summaryDuringDatabaseCut}× 200 and statusPage ${seen.statusPageDuringDatabaseCut}× answered; /health ${databaseHealth.status}; recovered by itself ${Math.round(databaseRecoveredMs)} ms after the restore`,
    ],
    ['load held', `${seen.requests} requests through both cuts`, errors],
    [
      'data lost',
      `${writes.filter((entry) => entry.acknowledged).length} acknowledged writes, ${retried.length} of ${refused.length} refused ones retried with their key`,
      `${proof.missing} missing, ${proof.duplicated} duplicated, ${proof.halfWritten} half-written, ${proof.leftBehind + unexpected} refused yet written, ${proof.audit} without exactly one audit entry`,
    ],
  ];
  return {
    ok,
    seconds: (performance.now() - started) / 1000,
    rows,
    samples: failures,
    details: {
      clients: options.clients,
      cutSeconds: options.cutSeconds,
      steadySeconds: options.steadySeconds,
      redis: {
        health: redisHealth,
        refusedConnections: redisRefusedConnections,
        recoveredMs: Math.round(redisRecoveredMs),
      },
      database: { health: databaseHealth, recoveredMs: Math.round(databaseRecoveredMs) },
      seen,
      writes: writes.length,
      refused: refused.length,
      retried: retried.length,
      proof,
    },
  };
}
