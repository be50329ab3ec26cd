import { randomBytes } from 'node:crypto';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { createClient } from 'graphql-ws';
import Redis from 'ioredis';
import WebSocket from 'ws';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/config';
import { startTestApp, type TestApp } from './support/test-app';
import { authHeadersFor } from './support/test-auth';

const REDIS_URL = process.env['LAGEBILD_TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/**
 * Two API instances share one PostgreSQL database and the Redis server: a change made through
 * one instance reaches a subscriber connected to the other.
 */
describe('scale-out: two instances behind a load balancer', () => {
  let first: TestApp;
  let second: NestFastifyApplication;
  let secondUrl: string;

  beforeAll(async () => {
    // Both instances must sign and check tokens with the same secret, as in production.
    const defaults = loadConfig({});
    first = await startTestApp('postgres', {
      redisUrl: REDIS_URL,
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
  });

  it('uses the real Redis server', async () => {
    const redis = new Redis(REDIS_URL);
    try {
      expect(await redis.ping()).toBe('PONG');
    } finally {
      redis.disconnect();
    }
  });

  it('delivers overviewChanged to a subscriber on instance B for a change made on instance A', async () => {
    const headers = await authHeadersFor(first, 'ADMIN');
    const client = createClient({
      url: `${secondUrl.replace('http', 'ws')}/graphql`,
      webSocketImpl: WebSocket,
      connectionParams: { authorization: headers['authorization'] },
      retryAttempts: 0,
    });
    const received = new Promise<unknown>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('no event crossed instances')), 10_000);
      client.subscribe(
        { query: 'subscription { overviewChanged { change } }' },
        {
          next: (event) => {
            clearTimeout(timer);
            resolve(event.data);
          },
          error: reject,
          complete: () => undefined,
        },
      );
    });
    await new Promise((resolve) => setTimeout(resolve, 500));

    await first.gqlOk(
      `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`,
      { input: { key: 'web-shop', name: 'Web shop', tier: 1, rtoMinutes: 60, rpoMinutes: 15 } },
    );
    expect(await received).toEqual({ overviewChanged: { change: 'service' } });
    await client.dispose();
  });
});
