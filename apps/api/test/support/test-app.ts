import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { createApp } from '../../src/bootstrap';
import { type AppConfig, loadConfig } from '../../src/config/config';
import { QueryCountingLogger } from '../../src/database/query-counter';
import { authHeadersFor, type TestIdentity } from './test-auth';

export type DatabaseKind = 'sqlite' | 'postgres';
export const DATABASES: DatabaseKind[] = ['sqlite', 'postgres'];

/** The PostgreSQL server every test run uses; each suite gets a database of its own. */
const POSTGRES_ADMIN_URL =
  process.env['LAGEBILD_TEST_POSTGRES_URL'] ?? 'postgres://postgres@127.0.0.1:5432/postgres';

export interface GraphQLResponse<T> {
  data?: T | null;
  errors?: {
    message: string;
    extensions?: { code?: string; issues?: { field: string; message: string }[] };
  }[];
}

export interface TestApp {
  app: NestFastifyApplication;
  /** The configuration it runs with (a second instance on the same database reuses it). */
  config: AppConfig;
  url: string;
  database: DatabaseKind;
  queries: QueryCountingLogger;
  /** Sends a GraphQL request over real HTTP; by default as an ADMIN. */
  gql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: TestIdentity; headers?: Record<string, string> },
  ): Promise<GraphQLResponse<T>>;
  /** Like `gql` but fails the test on any error and returns `data`. */
  gqlOk<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    options?: { as?: TestIdentity },
  ): Promise<T>;
  close(): Promise<void>;
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

/** An empty PostgreSQL database of its own (no tables yet); `drop` removes it. */
export async function createEmptyPostgresDatabase(): Promise<{
  url: string;
  drop: () => Promise<void>;
}> {
  const name = `lagebild_test_${randomBytes(6).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(POSTGRES_ADMIN_URL);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () =>
      withAdminClient((client) =>
        client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`),
      ).then(() => undefined),
  };
}

/** Starts the real application on a fresh database and a free port. */
export async function startTestApp(
  database: DatabaseKind,
  overrides: Partial<AppConfig> = {},
  options: {
    /** Reaches the test's PostgreSQL database through another address (a TCP proxy). */
    postgresUrl?: (url: string) => string;
  } = {},
): Promise<TestApp> {
  const cleanups: (() => Promise<void> | void)[] = [];
  let databaseConfig: AppConfig['database'];
  if (database === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'lagebild-test-'));
    cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
    databaseConfig = { kind: 'sqlite', path: join(dir, 'test.sqlite') };
  } else {
    const empty = await createEmptyPostgresDatabase();
    cleanups.push(empty.drop);
    databaseConfig = {
      kind: 'postgres',
      url: options.postgresUrl ? options.postgresUrl(empty.url) : empty.url,
    };
  }

  const defaults = loadConfig({});
  const config: AppConfig = {
    ...defaults,
    port: 0,
    host: '127.0.0.1',
    demo: false,
    // Statement counts must not depend on how long ago the person was last read.
    auth: { ...defaults.auth, personAccessReuseMs: 0 },
    // The outbox worker polls each second; suites that send mail or webhooks turn it on.
    delivery: { ...defaults.delivery, workerEnabled: false },
    ...overrides,
    database: databaseConfig,
  };
  const queries = new QueryCountingLogger(false);
  const app = await createApp(config, { queryLogger: queries, quiet: true });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address();
  const port = typeof address === 'object' && address ? address.port : 0;
  const url = `http://127.0.0.1:${port}`;

  const testApp: TestApp = {
    app,
    config,
    url,
    database,
    queries,
    async gql(query, variables = {}, options = {}) {
      const auth = await authHeadersFor(testApp, options.as ?? 'ADMIN');
      const response = await fetch(`${url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...auth, ...(options.headers ?? {}) },
        body: JSON.stringify({ query, variables }),
      });
      return (await response.json()) as GraphQLResponse<never>;
    },
    async gqlOk(query, variables = {}, options = {}) {
      const result = await testApp.gql(query, variables, options);
      if (result.errors?.length) {
        throw new Error(`GraphQL errors: ${JSON.stringify(result.errors, null, 2)}`);
      }
      return result.data as never;
    },
    async close() {
      await app.close();
      for (const cleanup of cleanups.reverse()) await cleanup();
    },
  };
  return testApp;
}

/**
 * Runs the same suite once on SQLite and once on PostgreSQL, each on a fresh database.
 * `use()` returns the running app inside tests.
 */
export function describeEachDatabase(
  title: string,
  suite: (use: () => TestApp, database: DatabaseKind) => void,
  overrides: Partial<AppConfig> = {},
): void {
  describe.each(DATABASES)(`${title} (%s)`, (database) => {
    let testApp: TestApp | undefined;
    beforeAll(async () => {
      testApp = await startTestApp(database, overrides);
    });
    afterAll(async () => {
      await testApp?.close();
    });
    suite(() => {
      if (!testApp) throw new Error('test app not started');
      return testApp;
    }, database);
  });
}
