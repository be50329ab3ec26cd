import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { Client } from 'pg';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/config';
import { start } from '../src/start';
import { createEmptyPostgresDatabase } from './support/test-app';

describe('starting Lagebild', () => {
  it('stops on a bad PORT with one line naming the variable', async () => {
    const result = await start({ PORT: 'abc' });
    expect(result).toEqual({
      ok: false,
      message: 'Invalid configuration: PORT must be a whole number between 1 and 65535 (got "abc")',
    });
  });

  it('stops on an unreachable DATABASE_URL with one line naming it', async () => {
    const result = await start({
      DATABASE_URL: 'postgres://postgres@127.0.0.1:1/lagebild',
      PORT: '0',
    });
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toMatch(
        /^Cannot open the database \(DATABASE_URL\): PostgreSQL at postgres:\/\/postgres@127\.0\.0\.1:1\/lagebild: /,
      );
      expect(result.message).not.toContain('\n');
    }
  });

  it('migrates an empty SQLite file, serves /health and prints both URLs', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lagebild-start-'));
    const result = await start({
      DATABASE_URL: `sqlite:${join(dir, 'fresh.sqlite')}`,
      PORT: '0',
      HOST: '127.0.0.1',
      LAGEBILD_DEMO: 'false',
    });
    try {
      expect(result.ok).toBe(true);
      if (result.ok) {
        expect(result.urls.graphql).toMatch(/\/graphql$/);
        const address = result.app.getHttpServer().address();
        const port = typeof address === 'object' && address ? address.port : 0;
        const health = await fetch(`http://127.0.0.1:${port}/health`);
        expect(await health.json()).toEqual({ status: 'ok', database: 'reachable' });
      }
    } finally {
      if (result.ok) await result.app.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('starting two instances at once on an empty PostgreSQL database', () => {
  let database: Awaited<ReturnType<typeof createEmptyPostgresDatabase>>;
  const apps: NestFastifyApplication[] = [];

  beforeEach(async () => {
    database = await createEmptyPostgresDatabase();
  });

  afterEach(async () => {
    for (const app of apps.splice(0)) await app.close();
    await database.drop();
  });

  async function health(app: NestFastifyApplication): Promise<unknown> {
    const address = app.getHttpServer().address();
    const port = typeof address === 'object' && address ? address.port : 0;
    return (await fetch(`http://127.0.0.1:${port}/health`)).json();
  }

  async function appliedMigrations(): Promise<string[]> {
    const client = new Client({ connectionString: database.url });
    await client.connect();
    try {
      const result = await client.query<{ name: string }>('SELECT name FROM migrations');
      return result.rows.map((row) => row.name);
    } finally {
      await client.end();
    }
  }

  it('migrates once and both serve /health', async () => {
    const env = {
      DATABASE_URL: database.url,
      PORT: '0',
      HOST: '127.0.0.1',
      LAGEBILD_DEMO: 'false',
    };
    const results = await Promise.all([start(env), start(env)]);
    for (const result of results) if (result.ok) apps.push(result.app);
    expect(results.map((result) => (result.ok ? 'ok' : result.message))).toEqual(['ok', 'ok']);
    for (const app of apps) {
      expect(await health(app)).toEqual({ status: 'ok', database: 'reachable' });
    }
    const names = await appliedMigrations();
    expect(names.length).toBeGreaterThan(0);
    expect(new Set(names).size).toBe(names.length);
  });

  it('migrates once when both apps are built at once without the start-up check', async () => {
    const config = {
      ...loadConfig({ LAGEBILD_DEMO: 'false' }),
      database: { kind: 'postgres' as const, url: database.url },
    };
    const results = await Promise.allSettled([
      createApp(config, { quiet: true }),
      createApp(config, { quiet: true }),
    ]);
    for (const result of results) if (result.status === 'fulfilled') apps.push(result.value);
    expect(results.map((result) => result.status)).toEqual(['fulfilled', 'fulfilled']);
    const names = await appliedMigrations();
    expect(new Set(names).size).toBe(names.length);
  });
});
