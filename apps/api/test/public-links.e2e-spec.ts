import { request as httpRequest } from 'node:http';
import { SituationPictures } from '../src/situation-picture/situation-pictures.service';
import { describeEachDatabase, type TestApp } from './support/test-app';

/**
 * A GET with headers of the caller's choosing. `fetch` will not send a forged Host header, a
 * plain HTTP request does — as any client on the internet can.
 */
function get(app: TestApp, path: string, headers: Record<string, string>): Promise<string> {
  const url = new URL(app.url);
  return new Promise((resolve, reject) => {
    const request = httpRequest(
      { host: url.hostname, port: url.port, path, method: 'GET', headers },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
        response.on('error', reject);
      },
    );
    request.on('error', reject);
    request.end();
  });
}

const FORGED = {
  host: 'evil.example',
  'x-forwarded-host': 'evil.example',
  'x-forwarded-proto': 'https',
};

const PUBLIC_RESOURCES = [
  '/api/v2/summary.json',
  '/status/feed.atom',
  // The subscription pages carry links and forms of their own.
  '/status/unsubscribe/not-a-token',
  '/status/subscriptions/confirm/not-a-token',
];

describeEachDatabase('public links never come from the Host header', (use) => {
  beforeAll(async () => {
    const app = use();
    await app.gqlOk(
      `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`,
      { input: { key: 'web-shop', name: 'Web shop', tier: 1, rtoMinutes: 60, rpoMinutes: 0 } },
    );
    const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
      `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
      {
        input: {
          title: 'Shop down',
          severity: 'SEV2',
          startedAt: new Date(Date.now() - 600_000).toISOString(),
          impacts: [{ serviceKey: 'web-shop', status: 'MAJOR_OUTAGE' }],
        },
      },
    );
    await app.gqlOk(
      `mutation P($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { id } }`,
      { input: { incidentId: declareIncident.id, body: 'We are on it.', visibility: 'PUBLIC' } },
    );
    await app.app.get(SituationPictures).settled();
  });

  it('without any public URL set, summary.json and the feed link to the server’s own address, whatever Host says', async () => {
    const app = use();
    const port = new URL(app.url).port;
    for (const path of PUBLIC_RESOURCES) {
      const body = await get(app, path, FORGED);
      expect(body).not.toContain('evil.example');
      expect(body).not.toContain('https://');
    }
    for (const path of PUBLIC_RESOURCES.slice(0, 2)) {
      expect(await get(app, path, FORGED)).toContain(`http://127.0.0.1:${port}/status`);
    }
  });

  it('with the organisation’s public URL set, every link starts there, whatever Host says', async () => {
    const app = use();
    const { settings } = await app.gqlOk<{ settings: { version: number } }>(
      `{ settings { version } }`,
    );
    await app.gqlOk(
      `mutation S($input: UpdateSettingsInput!) { updateSettings(input: $input) { version } }`,
      { input: { version: settings.version, publicUrl: 'https://status.shop.example' } },
    );
    await app.app.get(SituationPictures).settled();
    for (const path of PUBLIC_RESOURCES) {
      expect(await get(app, path, FORGED)).not.toContain('evil.example');
    }
    for (const path of PUBLIC_RESOURCES.slice(0, 2)) {
      const body = await get(app, path, FORGED);
      expect(body).toContain('https://status.shop.example/status');
    }
  });
});
