import { getIntrospectionQuery } from 'graphql';
import { describeEachDatabase } from './support/test-app';
import { MAX_QUERY_DEPTH } from '../src/auth/query-limits';

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
