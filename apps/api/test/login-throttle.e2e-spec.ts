import { randomBytes } from 'node:crypto';
import { type NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApp } from '../src/bootstrap';
import { loadConfig } from '../src/config/config';
import {
  LOGIN_FREE_FAILURES_PER_ADDRESS,
  LOGIN_FREE_FAILURES_PER_PAIR,
} from '../src/auth/login-throttle';
import { eventually, startTcpProxy, type TcpProxy } from './support/tcp-proxy';
import { testEmailFor, TEST_PASSWORD } from './support/test-auth';
import { describeEachDatabase, startTestApp, type TestApp } from './support/test-app';

const REDIS_URL = process.env['LAGEBILD_TEST_REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken } }`;

interface LoginOutcome {
  ok: boolean;
  code: string | undefined;
  message: string | undefined;
}

/** Logs in over real HTTP at `url`, as if from `from` (an X-Forwarded-For address). */
async function loginAt(
  url: string,
  email: string,
  password: string,
  from?: string,
): Promise<LoginOutcome> {
  const response = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(from ? { 'x-forwarded-for': from } : {}),
    },
    body: JSON.stringify({ query: LOGIN, variables: { input: { email, password } } }),
  });
  const body = (await response.json()) as {
    data?: { login?: { accessToken: string } } | null;
    errors?: { message: string; extensions?: { code?: string } }[];
  };
  return {
    ok: Boolean(body.data?.login?.accessToken),
    code: body.errors?.[0]?.extensions?.code,
    message: body.errors?.[0]?.message,
  };
}

async function ensurePerson(app: TestApp, role: 'VIEWER' | 'RESPONDER' | 'ADMIN'): Promise<string> {
  // The harness creates the person and logs in once.
  await app.gqlOk('{ me { name } }', {}, { as: role });
  return testEmailFor(role);
}

describeEachDatabase(
  'login throttling behind a configured proxy',
  (use) => {
    it('does not lock the owner out when misses for the account come from another address', async () => {
      const app = use();
      const email = await ensurePerson(app, 'VIEWER');
      for (let attempt = 0; attempt < 12; attempt += 1) {
        const outcome = await loginAt(app.url, email, `guess-${attempt}`, '203.0.113.9');
        expect(outcome.ok).toBe(false);
      }
      const owner = await loginAt(app.url, email, TEST_PASSWORD, '198.51.100.7');
      expect(owner).toEqual({ ok: true, code: undefined, message: undefined });
    });

    it('slows one account from one address with a delay that grows with each miss', async () => {
      const app = use();
      const email = await ensurePerson(app, 'RESPONDER');
      const from = '203.0.113.20';
      for (let attempt = 0; attempt < LOGIN_FREE_FAILURES_PER_PAIR; attempt += 1) {
        expect(await loginAt(app.url, email, `guess-${attempt}`, from)).toMatchObject({
          code: 'UNAUTHENTICATED',
        });
      }
      // Even the right password waits; the refusal says for how long.
      const first = await loginAt(app.url, email, TEST_PASSWORD, from);
      expect(first.code).toBe('TOO_MANY_REQUESTS');
      expect(first.message).toMatch(/try again in 1 second/);
      await eventually(
        async () => (await loginAt(app.url, email, 'still-wrong', from)).code === 'UNAUTHENTICATED',
        'the first delay to pass',
      );
      const second = await loginAt(app.url, email, TEST_PASSWORD, from);
      expect(second.code).toBe('TOO_MANY_REQUESTS');
      expect(second.message).toMatch(/try again in 2 seconds/);
      // After the delay the right password gets in and clears the misses.
      await eventually(
        async () => (await loginAt(app.url, email, TEST_PASSWORD, from)).ok,
        'the second delay to pass',
      );
      expect(await loginAt(app.url, email, 'one-more-miss', from)).toMatchObject({
        code: 'UNAUTHENTICATED',
      });
    });

    it('slows one address that misses across many accounts, and only that address', async () => {
      const app = use();
      const from = '203.0.113.30';
      const email = await ensurePerson(app, 'ADMIN');
      for (let attempt = 0; attempt < LOGIN_FREE_FAILURES_PER_ADDRESS; attempt += 1) {
        expect(await loginAt(app.url, `guess-${attempt}@example.com`, 'guess', from)).toMatchObject(
          { code: 'UNAUTHENTICATED' },
        );
      }
      expect((await loginAt(app.url, email, TEST_PASSWORD, from)).code).toBe('TOO_MANY_REQUESTS');
      expect((await loginAt(app.url, email, TEST_PASSWORD, '198.51.100.8')).ok).toBe(true);
    });
  },
  { trustedProxies: ['127.0.0.1'] },
);

describeEachDatabase('login throttling without a configured proxy', (use) => {
  it('answers an unknown account exactly like a wrong password', async () => {
    const outcome = await loginAt(use().url, 'nobody@example.com', 'whatever-it-is');
    expect(outcome).toEqual({
      ok: false,
      code: 'UNAUTHENTICATED',
      message: 'E-mail address or password is wrong',
    });
  });

  it('ignores X-Forwarded-For from a client that is not a trusted proxy', async () => {
    const app = use();
    for (let attempt = 0; attempt < LOGIN_FREE_FAILURES_PER_ADDRESS; attempt += 1) {
      // A different forged address every time: it must not reset the per-address count.
      const forged = `10.0.${attempt}.1`;
      await loginAt(app.url, `spray-${attempt}@example.com`, 'guess', forged);
    }
    const email = await ensurePerson(app, 'VIEWER').catch(() => testEmailFor('VIEWER'));
    const next = await loginAt(app.url, email, TEST_PASSWORD, '10.9.9.9');
    expect(next.code).toBe('TOO_MANY_REQUESTS');
  });
});

describe('login throttling across two instances sharing Redis (postgres)', () => {
  let proxy: TcpProxy;
  let first: TestApp;
  let second: NestFastifyApplication;
  let secondUrl: string;

  beforeAll(async () => {
    const target = new URL(REDIS_URL);
    proxy = await startTcpProxy(target.hostname, Number(target.port || 6379));
    const defaults = loadConfig({});
    first = await startTestApp('postgres', {
      redisUrl: proxy.urlFor(REDIS_URL),
      liveTopicPrefix: `test-${randomBytes(6).toString('hex')}:`,
      auth: { ...defaults.auth, jwtSecret: randomBytes(32).toString('hex') },
      trustedProxies: ['127.0.0.1'],
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

  it('delays the next attempt on instance B after the misses on instance A', async () => {
    const email = await ensurePerson(first, 'VIEWER');
    const from = '203.0.113.40';
    for (let attempt = 0; attempt < LOGIN_FREE_FAILURES_PER_PAIR; attempt += 1) {
      await loginAt(first.url, email, `guess-${attempt}`, from);
    }
    expect((await loginAt(secondUrl, email, TEST_PASSWORD, from)).code).toBe('TOO_MANY_REQUESTS');
  });

  it('keeps logins working and throttled in memory while Redis is unreachable', async () => {
    const email = await ensurePerson(first, 'RESPONDER');
    proxy.cut();
    try {
      expect((await loginAt(first.url, email, TEST_PASSWORD, '198.51.100.50')).ok).toBe(true);
      const from = '203.0.113.50';
      for (let attempt = 0; attempt < LOGIN_FREE_FAILURES_PER_PAIR; attempt += 1) {
        expect(await loginAt(first.url, email, `guess-${attempt}`, from)).toMatchObject({
          code: 'UNAUTHENTICATED',
        });
      }
      expect((await loginAt(first.url, email, TEST_PASSWORD, from)).code).toBe('TOO_MANY_REQUESTS');
    } finally {
      proxy.restore();
    }
  });
});
