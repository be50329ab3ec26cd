import { describeEachDatabase, type TestApp } from './support/test-app';
import { authHeadersFor, type TestIdentity } from './support/test-auth';

async function scrape(app: TestApp, as: TestIdentity): Promise<Response> {
  return fetch(`${app.url}/metrics`, { headers: await authHeadersFor(app, as) });
}

/** The value of one sample line (`name{labels} value`), or undefined when absent. */
function sample(text: string, name: string, labels: string): number | undefined {
  const line = text.split('\n').find((entry) => entry.startsWith(`${name}{${labels}}`));
  return line === undefined ? undefined : Number(line.slice(line.lastIndexOf(' ') + 1));
}

describeEachDatabase('/metrics for operators', (use, database) => {
  it('answers administrators only', async () => {
    const app = use();
    expect((await scrape(app, 'anonymous')).status).toBe(401);
    expect((await scrape(app, 'VIEWER')).status).toBe(403);
    const admin = await scrape(app, 'ADMIN');
    expect(admin.status).toBe(200);
    expect(admin.headers.get('content-type')).toMatch(/^text\/plain; version=0\.0\.4/);
  });

  it('counts requests per route and operation, errors by code, the pool and the event loop', async () => {
    const app = use();
    const before = await (await scrape(app, 'ADMIN')).text();
    const overviews = (text: string) =>
      sample(
        text,
        'lagebild_graphql_operation_duration_seconds_count',
        'operation="query overview"',
      ) ?? 0;
    const refusals = (text: string) =>
      sample(text, 'lagebild_graphql_errors_total', 'code="BAD_USER_INPUT"') ?? 0;

    for (let round = 0; round < 3; round += 1) {
      await app.gqlOk('{ overview { activeIncidentCount } }', {}, { as: 'VIEWER' });
    }
    await fetch(`${app.url}/api/v2/summary.json`);
    const refused = await app.gql(
      `mutation { createService(input: { key: "", name: "", tier: 9, rtoMinutes: -1, rpoMinutes: 0 }) { key } }`,
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');

    const after = await (await scrape(app, 'ADMIN')).text();
    expect(overviews(after) - overviews(before)).toBe(3);
    expect(refusals(after) - refusals(before)).toBe(1);
    expect(
      sample(
        after,
        'lagebild_http_request_duration_seconds_count',
        'method="GET",route="/api/v2/summary.json",status_code="200"',
      ),
    ).toBeGreaterThanOrEqual(1);
    expect(after).toMatch(/^lagebild_nodejs_eventloop_lag_seconds \d/m);
    expect(after).toMatch(/^lagebild_outbox_queued \d+$/m);
    expect(after).toMatch(/^lagebild_outbox_failed \d+$/m);
    const connections = sample(after, 'lagebild_database_pool_connections', 'state="total"');
    expect(connections).toBeGreaterThanOrEqual(1);
    if (database === 'postgres') {
      expect(sample(after, 'lagebild_database_pool_connections', 'state="idle"')).toEqual(
        expect.any(Number),
      );
    }
  });
});
