import { randomBytes } from 'node:crypto';
import { createServer } from 'node:net';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/config';
import { eventually, startTcpProxy, type TcpProxy } from './support/tcp-proxy';
import { startTestApp, type TestApp } from './support/test-app';
import { authHeadersFor } from './support/test-auth';

const REDIS_URL = process.env['LAGEBILD_TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const CREATE_SERVICE = `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`;

let services = 0;
function createService(app: TestApp) {
  services += 1;
  const key = `svc-${services}`;
  return app.gql<{ createService: { key: string } }>(CREATE_SERVICE, {
    input: { key, name: `Service ${services}`, tier: 2, rtoMinutes: 60, rpoMinutes: 15 },
  });
}

async function healthOf(url: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const response = await fetch(`${url}/health`);
  return { status: response.status, body: (await response.json()) as Record<string, unknown> };
}

async function redisProxy(): Promise<TcpProxy> {
  const target = new URL(REDIS_URL);
  return startTcpProxy(target.hostname, Number(target.port || 6379));
}

describe('Redis outage: live events degrade, the API keeps serving', () => {
  describe('an instance starting while Redis is unreachable (sqlite)', () => {
    let proxy: TcpProxy;
    let app: TestApp | undefined;

    beforeAll(async () => {
      proxy = await redisProxy();
      proxy.cut();
    });

    afterAll(async () => {
      await app?.close();
      await proxy.close();
    });

    it('starts, serves reads and writes, says so on /health, and connects once Redis is back', async () => {
      app = await startTestApp('sqlite', {
        redisUrl: proxy.urlFor(REDIS_URL),
        liveTopicPrefix: `test-${randomBytes(6).toString('hex')}:`,
      });
      expect((await createService(app)).errors).toBeUndefined();
      expect(await healthOf(app.url)).toEqual({
        status: 200,
        body: { status: 'degraded', database: 'reachable', liveEvents: 'unavailable' },
      });

      proxy.restore();
      const url = app.url;
      await eventually(
        async () => (await healthOf(url)).body['liveEvents'] === 'connected',
        'the instance to reconnect to Redis',
      );
      expect(await healthOf(url)).toEqual({
        status: 200,
        body: { status: 'ok', database: 'reachable', liveEvents: 'connected' },
      });
    });
  });

  it('starts when nothing listens at the Redis address at all (sqlite)', async () => {
    // A port that was free a moment ago: connecting to it is refused.
    const probe = createServer();
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const address = probe.address();
    const port = typeof address === 'object' && address ? address.port : 0;
    await new Promise<void>((resolve) => probe.close(() => resolve()));
    const app = await startTestApp('sqlite', {
      redisUrl: `redis://127.0.0.1:${port}`,
      liveTopicPrefix: `test-${randomBytes(6).toString('hex')}:`,
    });
    try {
      expect((await createService(app)).errors).toBeUndefined();
      expect((await healthOf(app.url)).body).toEqual({
        status: 'degraded',
        database: 'reachable',
        liveEvents: 'unavailable',
      });
    } finally {
      await app.close();
    }
  });

  describe('two instances losing Redis while running (postgres)', () => {
    let proxy: TcpProxy;
    let first: TestApp;
    let second: NestFastifyApplication;
    let secondUrl: string;

    beforeAll(async () => {
      proxy = await redisProxy();
      const defaults = loadConfig({});
      first = await startTestApp('postgres', {
        redisUrl: proxy.urlFor(REDIS_URL),
        liveTopicPrefix: `test-${randomBytes(6).toString('hex')}:`,
        auth: { ...defaults.auth, jwtSecret: randomBytes(32).toString('hex') },
      });
      second = await createApp(first.config, { quiet: true });
      await second.listen(0, '127.0.0.1');
      const address = second.getHttpServer().address();
      secondUrl = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    });

    afterAll(async () => {
      await second?.close();
      await first?.close();
      await proxy?.close();
    });

    it('keeps both instances serving through the outage and delivers events again afterwards', async () => {
      const headers = await authHeadersFor(first, 'ADMIN');
      const client = createClient({
        url: `${secondUrl.replace('http', 'ws')}/graphql`,
        webSocketImpl: WebSocket,
        connectionParams: { authorization: headers['authorization'] },
        retryAttempts: 0,
      });
      let received = 0;
      client.subscribe(
        { query: 'subscription { overviewChanged { change } }' },
        { next: () => (received += 1), error: () => undefined, complete: () => undefined },
      );
      await eventually(
        async () => {
          expect((await createService(first)).errors).toBeUndefined();
          return received > 0;
        },
        'the first event to cross instances',
        { everyMs: 300 },
      );

      proxy.cut();
      // Six connections (live events and login throttling, two instances) keep retrying: wait
      // until each has tried well past the 20 tries after which ioredis gives a command up.
      await eventually(() => proxy.refusedSinceCut >= 6 * 22, 'many reconnect attempts', {
        timeoutMs: 50_000,
        everyMs: 200,
      });
      for (const url of [first.url, secondUrl]) {
        expect(await healthOf(url)).toEqual({
          status: 200,
          body: { status: 'degraded', database: 'reachable', liveEvents: 'unavailable' },
        });
      }
      expect((await createService(first)).errors).toBeUndefined();
      const viaSecond = await fetch(`${secondUrl}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        body: JSON.stringify({ query: '{ services { key } }' }),
      });
      expect(viaSecond.status).toBe(200);
      expect(((await viaSecond.json()) as { errors?: unknown }).errors).toBeUndefined();

      proxy.restore();
      const before = received;
      await eventually(
        async () => {
          expect((await createService(first)).errors).toBeUndefined();
          return received > before;
        },
        'events to cross instances again after Redis is back',
        { everyMs: 300, timeoutMs: 30_000 },
      );
      expect((await healthOf(secondUrl)).body['liveEvents']).toBe('connected');
      await client.dispose();
    }, 120_000);
  });
});
