import { loadConfig } from '../src/config/config';
import { startTestApp, type TestApp } from './support/test-app';

/** As production starts it: NODE_ENV=production sets both defaults. */
const production = loadConfig({
  NODE_ENV: 'production',
  LAGEBILD_JWT_SECRET: 'introspection-test-secret-0123456789abcdef',
});

describe('the schema and GraphiQL in production', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await startTestApp('sqlite', {
      graphiql: production.graphiql,
      openIntrospection: production.openIntrospection,
    });
  });

  afterAll(async () => {
    await app.close();
  });

  it('tells the schema only to callers who are signed in', async () => {
    for (const query of [
      '{ __schema { queryType { name } } }',
      '{ __type(name: "Query") { name } }',
    ]) {
      const anonymous = await app.gql(query, {}, { as: 'anonymous' });
      expect(anonymous.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
      expect(anonymous.data ?? null).toBeNull();
      const viewer = await app.gql(query, {}, { as: 'VIEWER' });
      expect(viewer.errors).toBeUndefined();
    }
    // `__typename` is no schema: the public page may still ask for it.
    expect(
      await app.gqlOk('{ __typename statusPage { indicator } }', {}, { as: 'anonymous' }),
    ).toEqual({
      __typename: 'Query',
      statusPage: { indicator: expect.any(String) },
    });
  });

  it('serves no GraphiQL', async () => {
    expect((await fetch(`${app.url}/graphiql`)).status).toBe(404);
  });
});
