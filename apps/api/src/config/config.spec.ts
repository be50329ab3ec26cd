import { ConfigError, loadConfig } from './config';

describe('loadConfig', () => {
  it('defaults to port 4000 and an embedded SQLite file with the demo on', () => {
    const config = loadConfig({});
    expect(config.port).toBe(4000);
    expect(config.database).toEqual({ kind: 'sqlite', path: './data/lagebild.sqlite' });
    expect(config.demo).toBe(true);
  });

  it('selects PostgreSQL for a postgres:// URL', () => {
    const config = loadConfig({ DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/test' });
    expect(config.database).toEqual({
      kind: 'postgres',
      url: 'postgres://postgres@127.0.0.1:5432/test',
    });
  });

  it.each([
    [
      { PORT: 'abc' },
      'Invalid configuration: PORT must be a whole number between 1 and 65535 (got "abc")',
    ],
    [
      { PORT: '70000' },
      'Invalid configuration: PORT must be a whole number between 1 and 65535 (got "70000")',
    ],
    [
      { DATABASE_URL: 'mysql://x' },
      'Invalid configuration: DATABASE_URL must start with sqlite: (a file path) or postgres:// (got "mysql://x")',
    ],
    [
      { LAGEBILD_DEMO: 'maybe' },
      'Invalid configuration: LAGEBILD_DEMO must be one of true, false, 1, 0, yes, no (got "maybe")',
    ],
    [
      { LAGEBILD_PICTURE_COALESCE_MS: '-5' },
      'Invalid configuration: LAGEBILD_PICTURE_COALESCE_MS must be a whole number of milliseconds between 0 and 10000 (got "-5")',
    ],
    [
      { LAGEBILD_LIVE_TOPIC_PREFIX: 'a/#' },
      'Invalid configuration: LAGEBILD_LIVE_TOPIC_PREFIX must be 1 to 64 letters, digits or _ . : - (got "a/#")',
    ],
  ])('rejects %j with one line naming the variable', (env, message) => {
    expect(() => loadConfig(env)).toThrow(new ConfigError(message));
  });

  it('reads LAGEBILD_DEMO=false as an empty start', () => {
    expect(loadConfig({ LAGEBILD_DEMO: 'false' }).demo).toBe(false);
  });

  it('keeps the pictures with a 200 ms window and a minute tick', () => {
    const config = loadConfig({});
    expect(config.picture).toEqual({ coalesceMs: 200, tickMs: 60_000 });
    expect(loadConfig({ LAGEBILD_LIVE_TOPIC_PREFIX: 'staging.' }).liveTopicPrefix).toBe('staging.');
  });

  it('serves GraphiQL and the schema to strangers only outside production, unless told', () => {
    expect(loadConfig({})).toMatchObject({ graphiql: true, openIntrospection: true });
    const production = { NODE_ENV: 'production', LAGEBILD_JWT_SECRET: 'x'.repeat(32) };
    expect(loadConfig(production)).toMatchObject({ graphiql: false, openIntrospection: false });
    expect(
      loadConfig({ ...production, LAGEBILD_GRAPHIQL: 'true', LAGEBILD_OPEN_INTROSPECTION: 'true' }),
    ).toMatchObject({ graphiql: true, openIntrospection: true });
  });

  it('keeps deployments on different databases apart on a shared Redis by default', () => {
    const prefixOf = (url: string) => loadConfig({ DATABASE_URL: url }).liveTopicPrefix;
    const production = prefixOf('postgres://app:secret@db.example:5432/lagebild');
    // Instances of one deployment share it, whatever credentials they use.
    expect(prefixOf('postgres://other:pw@db.example:5432/lagebild')).toBe(production);
    expect(prefixOf('postgres://app:secret@db.example:5432/lagebild_staging')).not.toBe(production);
    expect(prefixOf('sqlite:./data/a.sqlite')).not.toBe(prefixOf('sqlite:./data/b.sqlite'));
    expect(production).toMatch(/^db-[0-9a-f]{12}\.$/);
    expect(production).not.toContain('secret');
  });

  it('trusts no proxy by default and reads LAGEBILD_TRUSTED_PROXIES as addresses and ranges', () => {
    expect(loadConfig({}).trustedProxies).toEqual([]);
    expect(
      loadConfig({ LAGEBILD_TRUSTED_PROXIES: '10.0.0.5, 10.0.1.0/24,::1' }).trustedProxies,
    ).toEqual(['10.0.0.5', '10.0.1.0/24', '::1']);
    expect(() => loadConfig({ LAGEBILD_TRUSTED_PROXIES: 'load-balancer' })).toThrow(
      /LAGEBILD_TRUSTED_PROXIES must be a comma-separated list of IP addresses or CIDR ranges/,
    );
  });
});
