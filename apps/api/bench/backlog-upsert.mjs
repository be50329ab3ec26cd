// Times `upsertBacklogItems` with 10,000 items in one call against the built API, on SQLite
// and on PostgreSQL: a fresh import, a retry with the same idempotency key, and a second
// export that changes every item. Run after `npm run build`: `node bench/backlog-upsert.mjs`.
// PostgreSQL is taken from LAGEBILD_BENCH_POSTGRES_URL (default: local server, trust auth);
// a throwaway database is created and dropped.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const require = createRequire(import.meta.url);
const { createApp } = require('../dist/bootstrap.js');
const { loadConfig } = require('../dist/config/config.js');
const { Client } = require('pg');

const ITEMS = 10_000;
const POSTGRES_URL =
  process.env.LAGEBILD_BENCH_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

const UPSERT = `mutation Upsert($input: UpsertBacklogItemsInput!) {
  upsertBacklogItems(input: $input) { inserted updated unchanged replayed backlog { open } }
}`;
const FORECAST = `query($key: String!, $asOf: DateTime) {
  backlog(key: $key) { forecast(asOf: $asOf) { clearsAt itemsMissingPromiseCount } }
}`;

async function withAdmin(work) {
  const client = new Client({ connectionString: POSTGRES_URL });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

async function prepare(kind) {
  if (kind === 'sqlite') {
    const dir = mkdtempSync(join(tmpdir(), 'lagebild-bench-'));
    return {
      database: { kind: 'sqlite', path: join(dir, 'bench.sqlite') },
      cleanup: async () => rmSync(dir, { recursive: true, force: true }),
    };
  }
  const name = `lagebild_bench_${randomBytes(6).toString('hex')}`;
  await withAdmin((client) => client.query(`CREATE DATABASE ${name}`));
  const url = new URL(POSTGRES_URL);
  url.pathname = `/${name}`;
  return {
    database: { kind: 'postgres', url: url.toString() },
    cleanup: () =>
      withAdmin((client) => client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`)),
  };
}

async function timed(work) {
  const started = process.hrtime.bigint();
  const result = await work();
  return { ms: Number(process.hrtime.bigint() - started) / 1e6, result };
}

async function run(kind) {
  const { database, cleanup } = await prepare(kind);
  const app = await createApp(
    { ...loadConfig({}), port: 0, host: '127.0.0.1', demo: false, database },
    { quiet: true },
  );
  try {
    await app.listen(0, '127.0.0.1');
    const { port } = app.getHttpServer().address();
    const gql = async (query, variables) => {
      const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query, variables }),
      });
      const body = await response.json();
      if (body.errors?.length) throw new Error(JSON.stringify(body.errors));
      return body.data;
    };
    await gql(
      `mutation { createBacklog(input: { key: "bench-orders", name: "Bench orders", unit: "order", promiseHours: 48, staff: 4, itemsPerStaffHour: 10 }) { key } }`,
    );
    const received = Date.parse('2026-11-20T06:00:00.000Z');
    const items = Array.from({ length: ITEMS }, (_, index) => ({
      externalRef: `order-${index}`,
      receivedAt: new Date(received + index * 1000).toISOString(),
    }));
    const input = { backlogKey: 'bench-orders', items, idempotencyKey: 'bench-1' };
    const fresh = await timed(() => gql(UPSERT, { input }));
    const replay = await timed(() => gql(UPSERT, { input }));
    const changed = await timed(() =>
      gql(UPSERT, {
        input: {
          backlogKey: 'bench-orders',
          idempotencyKey: 'bench-2',
          items: items.map((item, index) =>
            index % 2 === 0
              ? { ...item, doneAt: '2026-11-23T10:00:00.000Z' }
              : { ...item, dueAt: '2026-11-24T10:00:00.000Z' },
          ),
        },
      }),
    );
    const forecast = await timed(() =>
      gql(FORECAST, { key: 'bench-orders', asOf: '2026-11-23T11:00:00.000Z' }),
    );
    return {
      database: kind,
      items: ITEMS,
      insertMs: Math.round(fresh.ms),
      replayMs: Math.round(replay.ms),
      updateAllMs: Math.round(changed.ms),
      forecastMs: Math.round(forecast.ms),
      check: {
        inserted: fresh.result.upsertBacklogItems.inserted,
        replayed: replay.result.upsertBacklogItems.replayed,
        updated: changed.result.upsertBacklogItems.updated,
        openAfter: changed.result.upsertBacklogItems.backlog.open,
      },
    };
  } finally {
    await app.close();
    await cleanup();
  }
}

const results = [];
for (const kind of ['sqlite', 'postgres']) {
  try {
    results.push(await run(kind));
  } catch (error) {
    results.push({ database: kind, skipped: String(error?.message ?? error).slice(0, 200) });
  }
}
console.table(results.map(({ check: _check, ...row }) => row));
console.log(JSON.stringify(results));
