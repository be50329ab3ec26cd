import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BACKLOG_MAX_ITEMS_PER_CALL } from '@lagebild/domain';
import { buildCli } from './support/cli';
import { createEmptyPostgresDatabase, DATABASES } from './support/test-app';

/**
 * Issue 13, finding 11: one import of the largest batch the API takes must not freeze the
 * server. The production build runs as operators run it (its own process, NODE_ENV=production);
 * while the import runs, `/health` is asked again and again. Between two answers the server
 * could answer nobody else: the longest such stretch is what a caller waits at worst.
 *
 * It is measured as the processor time the server spent between two answers (from
 * /proc/<pid>/stat), not as wall time: on a shared two-core machine the wall time also counts
 * the moments other processes had the cores, which no change to the server can remove. Wall
 * times are printed beside it.
 */
const ITEMS = BACKLOG_MAX_ITEMS_PER_CALL;

/**
 * The bound on that stretch. Before the fix the import held the event loop in one piece for
 * 1.9–2.0 s of processor time (its variables coerced twice, then class-validator over every
 * nested item, then lookups one after another without a turn of the loop in between); now the
 * items are checked and looked up in slices that yield, and measured 0.6–0.75 s remain — mostly
 * GraphQL's own coercion of the 50,000 variables before any of our code runs (docs/adr/0015).
 */
const WORST_CPU_GAP_MS = 1_000;

const UPSERT = `mutation Upsert($input: UpsertBacklogItemsInput!) {
  upsertBacklogItems(input: $input) { received inserted replayed }
}`;
const ADMIN = { email: 'import-admin@example.com', password: 'import-admin-password' };

interface Server {
  url: string;
  /** Processor time the server process has used so far, in milliseconds. */
  cpuMs(): number;
  stop(): Promise<void>;
}

const TICKS_PER_SECOND = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;

function cpuMsOf(pid: number): number {
  // Fields after the command name: state is the 3rd, utime the 14th, stime the 15th.
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function startBuiltServer(database: 'sqlite' | 'postgres'): Promise<Server> {
  const cleanups: (() => Promise<void> | void)[] = [];
  let databaseUrl: string;
  if (database === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'lagebild-import-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    databaseUrl = `sqlite:${join(dir, 'import.sqlite')}`;
  } else {
    const empty = await createEmptyPostgresDatabase();
    cleanups.push(empty.drop);
    databaseUrl = empty.url;
  }
  const port = await freePort();
  const child: ChildProcess = spawn(process.execPath, [join(__dirname, '..', 'dist', 'main.js')], {
    env: {
      PATH: process.env['PATH'] ?? '',
      NODE_ENV: 'production',
      PORT: String(port),
      HOST: '127.0.0.1',
      DATABASE_URL: databaseUrl,
      LAGEBILD_DEMO: 'false',
      LAGEBILD_JWT_SECRET: 'import-test-secret-0123456789abcdefghijklmnop',
      LAGEBILD_ADMIN_EMAIL: ADMIN.email,
      LAGEBILD_ADMIN_PASSWORD: ADMIN.password,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const url = `http://127.0.0.1:${port}`;
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
    await exited;
    for (const cleanup of cleanups.reverse()) await cleanup();
  };
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null) {
      await stop();
      throw new Error(`The server exited: ${output}`);
    }
    try {
      if ((await fetch(`${url}/health`)).ok) {
        const pid = child.pid ?? 0;
        return { url, stop, cpuMs: () => cpuMsOf(pid) };
      }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`The server did not answer /health: ${output}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function gql<T>(
  server: Server,
  query: string,
  variables: Record<string, unknown>,
  token?: string,
): Promise<T> {
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(JSON.stringify(body.errors));
  return body.data as T;
}

interface Gaps {
  /** The longest wall time between two answers. */
  worstWall: number;
  /** The most processor time the server spent between two answers. */
  worstCpu: number;
  answers: number;
}

/** Asks `/health` one request after another until `done` settles; the longest gaps between answers. */
async function healthGapsWhile(server: Server, done: Promise<unknown>): Promise<Gaps> {
  let finished = false;
  void done.finally(() => {
    finished = true;
  });
  let lastWall = performance.now();
  let lastCpu = server.cpuMs();
  const gaps: Gaps = { worstWall: 0, worstCpu: 0, answers: 0 };
  while (!finished) {
    const response = await fetch(`${server.url}/health`);
    expect(response.status).toBe(200);
    await response.arrayBuffer();
    const wall = performance.now();
    const cpu = server.cpuMs();
    gaps.worstWall = Math.max(gaps.worstWall, wall - lastWall);
    gaps.worstCpu = Math.max(gaps.worstCpu, cpu - lastCpu);
    lastWall = wall;
    lastCpu = cpu;
    gaps.answers += 1;
  }
  return gaps;
}

function items(count: number, prefix: string) {
  const base = Date.now() - 3 * 24 * 3_600_000;
  return Array.from({ length: count }, (_, index) => ({
    externalRef: `${prefix}-${String(index).padStart(6, '0')}`,
    receivedAt: new Date(base + index * 1_000).toISOString(),
    ...(index % 3 === 0
      ? { doneAt: new Date(base + index * 1_000 + 3_600_000).toISOString() }
      : {}),
  }));
}

beforeAll(() => buildCli(), 120_000);

describe.each(DATABASES)('a 50,000-item import leaves the server answering (%s)', (database) => {
  let server: Server | undefined;
  let token = '';
  beforeAll(async () => {
    server = await startBuiltServer(database);
    const { login } = await gql<{ login: { accessToken: string } }>(
      server,
      'mutation ($input: LoginInput!) { login(input: $input) { accessToken } }',
      { input: ADMIN },
    );
    token = login.accessToken;
    await gql(
      server,
      `mutation C($input: CreateBacklogInput!) { createBacklog(input: $input) { key } }`,
      {
        input: {
          key: 'orders',
          name: 'Orders to reconstruct',
          unit: 'order',
          promiseHours: 48,
          staff: 4,
          itemsPerStaffHour: 10,
          arrivalRatePerHour: 0,
        },
      },
      token,
    );
  }, 90_000);
  afterAll(async () => {
    await server?.stop();
  });

  it(`keeps /health answering, never more than ${WORST_CPU_GAP_MS} ms of work apart, while ${ITEMS} items are imported`, async () => {
    if (!server) throw new Error('server not started');
    const { url } = server;
    // The request body is made before the clock starts: the test's own work is not measured.
    const body = JSON.stringify({
      query: UPSERT,
      variables: {
        input: { backlogKey: 'orders', idempotencyKey: 'large-1', items: items(ITEMS, 'order') },
      },
    });
    // Warm up: the first requests compile the code paths the measured ones reuse.
    await healthGapsWhile(server, new Promise((resolve) => setTimeout(resolve, 200)));

    const started = performance.now();
    const importing = fetch(`${url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body,
    }).then(
      async (response) =>
        (await response.json()) as {
          data?: { upsertBacklogItems: { received: number; inserted: number } };
          errors?: unknown[];
        },
    );
    const gaps = await healthGapsWhile(server, importing);
    const result = await importing;
    const tookMs = performance.now() - started;

    expect(result.errors).toBeUndefined();
    expect(result.data?.upsertBacklogItems).toMatchObject({ received: ITEMS, inserted: ITEMS });
    console.log(
      `${database}: import of ${ITEMS} items took ${Math.round(tookMs)} ms; /health answered ${gaps.answers} times; worst gap ${Math.round(gaps.worstCpu)} ms of server processor time, ${Math.round(gaps.worstWall)} ms of wall time`,
    );
    // Many answers came while the import ran, and none waited for much work.
    expect(gaps.answers).toBeGreaterThan(10);
    expect(gaps.worstCpu).toBeLessThan(WORST_CPU_GAP_MS);
  }, 120_000);
});
