import { getIntrospectionQuery } from 'graphql';
import { testEmailFor, TEST_PASSWORD } from './support/test-auth';
import { describeEachDatabase, type TestApp } from './support/test-app';
import { LOGIN_FAILURES_PER_ACCOUNT, LOGIN_FAILURES_PER_ADDRESS } from '../src/auth/login-throttle';
import { MAX_QUERY_DEPTH } from '../src/auth/query-limits';

const LOGIN = `mutation ($input: LoginInput!) { login(input: $input) { accessToken user { email } } }`;

function login(app: TestApp, email: string, password: string) {
  return app.gql<{ login: { accessToken: string } }>(
    LOGIN,
    { input: { email, password } },
    { as: 'anonymous' },
  );
}

/** `__schema { types { fields { type { ofType { ... name } } } } }`, `levels` deep (leaves count). */
function nestedIntrospection(levels: number): string {
  let inner = 'name';
  for (let level = 0; level < levels - 5; level += 1) inner = `ofType { ${inner} }`;
  return `{ __schema { types { fields { type { ${inner} } } } } }`;
}

describeEachDatabase(
  'query limits, headers and CORS',
  (use) => {
    it('lets the standard introspection query through (GraphiQL and code generators need it)', async () => {
      const result = await use().gql(getIntrospectionQuery(), {}, { as: 'anonymous' });
      expect(result.errors).toBeUndefined();
    });

    it('refuses a query nested deeper than the limit with QUERY_TOO_DEEP', async () => {
      const app = use();
      const fits = await app.gql(nestedIntrospection(MAX_QUERY_DEPTH));
      expect(fits.errors).toBeUndefined();
      const tooDeep = await app.gql(nestedIntrospection(MAX_QUERY_DEPTH + 1));
      expect(tooDeep.data ?? null).toBeNull();
      expect(tooDeep.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_DEEP');
      expect(tooDeep.errors?.[0]?.message).toMatch(/too deep.*exceeds the query depth limit of 15/);
    });

    it('refuses a query whose estimated cost is too high with QUERY_TOO_COMPLEX, before running it', async () => {
      const app = use();
      const aliases = Array.from(
        { length: 20 },
        (_, index) =>
          `b${index}: backlogs { key snapshots { at open } forecast { projection { at open } } }`,
      ).join('\n');
      await app.gqlOk('{ __typename }'); // signs the admin in first
      app.queries.reset();
      const result = await app.gql(`{ ${aliases} }`);
      expect(result.errors?.[0]?.extensions?.code).toBe('QUERY_TOO_COMPLEX');
      expect(result.errors?.[0]?.message).toMatch(
        /estimated cost \d{5,} exceeds the limit of 10000/,
      );
      // Only the actor lookup ran; the 20 lists of lists were never read.
      expect(app.queries.statements).toBeLessThanOrEqual(1);

      const modest = Array.from({ length: 20 }, (_, i) => `s${i}: services { key name }`);
      expect((await app.gql(`{ ${modest.join(' ')} }`)).errors).toBeUndefined();
    });

    it('sends security headers with a content security policy', async () => {
      const response = await fetch(`${use().url}/health`);
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(response.headers.get('x-content-type-options')).toBe('nosniff');
      expect(response.headers.get('strict-transport-security')).toMatch(/max-age=/);
      expect(response.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    });

    it('gives GraphiQL a policy that lets its bundle load, and only GraphiQL', async () => {
      const response = await fetch(`${use().url}/graphiql`);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-security-policy')).toContain(
        "script-src 'self' https://unpkg.com",
      );
    });

    it('keeps /graphql closed to other origins and allows the configured one', async () => {
      const app = use();
      const preflight = (origin: string) =>
        fetch(`${app.url}/graphql`, {
          method: 'OPTIONS',
          headers: {
            origin,
            'access-control-request-method': 'POST',
            'access-control-request-headers': 'content-type,authorization',
          },
        });
      const foreign = await preflight('https://evil.example');
      expect(foreign.headers.get('access-control-allow-origin')).toBeNull();
      const allowed = await preflight('https://intranet.example');
      expect(allowed.headers.get('access-control-allow-origin')).toBe('https://intranet.example');
      expect(allowed.headers.get('access-control-allow-headers')).toContain('authorization');
    });

    it('lets any origin read the public status resources', async () => {
      const app = use();
      for (const path of ['/api/v2/summary.json', '/status/feed.atom']) {
        const response = await fetch(`${app.url}${path}`, {
          headers: { origin: 'https://shop.example' },
        });
        expect(response.status).toBe(200);
        expect(response.headers.get('access-control-allow-origin')).toBe('*');
      }
    });

    it('refuses a request body over the configured limit', async () => {
      const response = await fetch(`${use().url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query: `{ services { key } }`,
          variables: { pad: 'x'.repeat(40_000) },
        }),
      });
      expect(response.status).toBe(413);
    });
  },
  { corsOrigins: ['https://intranet.example'], bodyLimitBytes: 32_768 },
);

describeEachDatabase('login brute force', (use) => {
  it('locks an account after repeated wrong passwords, even for the right password', async () => {
    const app = use();
    // Creates the person and logs in once, so the address has a good login behind it.
    await app.gqlOk('{ me { name } }', {}, { as: 'VIEWER' });
    const email = testEmailFor('VIEWER');
    for (let attempt = 0; attempt < LOGIN_FAILURES_PER_ACCOUNT; attempt += 1) {
      const wrong = await login(app, email, `wrong-${attempt}`);
      expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(wrong.errors?.[0]?.message).toBe('E-mail address or password is wrong');
    }
    const locked = await login(app, email, TEST_PASSWORD);
    expect(locked.data ?? null).toBeNull();
    expect(locked.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
    expect(locked.errors?.[0]?.message).toMatch(/Too many failed logins; try again in 15 minute/);
    // Another account is still open.
    await app.gqlOk('{ me { name } }', {}, { as: 'RESPONDER' });
  });

  it('answers an unknown account exactly like a wrong password', async () => {
    const result = await login(use(), 'nobody@example.com', 'whatever-it-is');
    expect(result.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(result.errors?.[0]?.message).toBe('E-mail address or password is wrong');
  });

  it('locks the address after many failures across accounts', async () => {
    const app = use();
    // Failures so far from this address: the locked account's and the unknown account's.
    const sofar = LOGIN_FAILURES_PER_ACCOUNT + 1;
    for (let attempt = sofar; attempt < LOGIN_FAILURES_PER_ADDRESS; attempt += 1) {
      const wrong = await login(app, `guess-${attempt}@example.com`, 'guess');
      expect(wrong.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    }
    await app.gqlOk('{ me { name } }', {}, { as: 'ADMIN' }).catch(() => undefined);
    const fromSameAddress = await login(app, testEmailFor('RESPONDER'), TEST_PASSWORD);
    expect(fromSameAddress.errors?.[0]?.extensions?.code).toBe('TOO_MANY_REQUESTS');
  });
});
