import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { start } from '../src/start';

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
