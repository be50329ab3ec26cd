import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SituationPictures } from '../src/situation-picture/situation-pictures.service';
import { StaticExportService } from '../src/status-page/static-export.service';
import { buildCli, databaseUrl, runCli } from './support/cli';
import { describeEachDatabase, type TestApp } from './support/test-app';

const parent = mkdtempSync(join(tmpdir(), 'lagebild-static-'));
afterAll(() => rmSync(parent, { recursive: true, force: true }));

/** Waits until the kept public picture and the static site reflect every change so far. */
async function siteWritten(app: TestApp): Promise<void> {
  await fetch(`${app.url}/api/v2/summary.json`);
  await app.app.get(SituationPictures).settled();
  await app.app.get(StaticExportService).written();
}

async function liveBytes(app: TestApp, path: string): Promise<Buffer> {
  return Buffer.from(await (await fetch(`${app.url}${path}`)).arrayBuffer());
}

/** The folder the running server keeps current (each database's suite in turn). */
const live = join(parent, 'live');

describeEachDatabase(
  'static status site',
  (use, database) => {
    beforeAll(() => buildCli(), 120_000);

    beforeAll(async () => {
      const app = use();
      await app.gqlOk(
        `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`,
        { input: { key: 'phone-system', name: 'Phones', tier: 1, rtoMinutes: 60, rpoMinutes: 0 } },
      );
      const { settings } = await app.gqlOk<{ settings: { version: number } }>(
        `{ settings { version } }`,
      );
      await app.gqlOk(
        `mutation S($input: UpdateSettingsInput!) { updateSettings(input: $input) { version } }`,
        {
          input: {
            version: settings.version,
            organisationName: 'Budo & Co',
            publicUrl: 'https://status.budo.example',
            timeZone: 'Europe/Berlin',
            contactWays: [{ kind: 'PHONE', label: 'Mobil', value: '+49 170 0000000' }],
          },
        },
      );
    });

    it('refreshes the folder after a public change: the same summary.json and feed bytes as the live server, a page without script in German and English, CORS headers, the moment it was made', async () => {
      const app = use();
      const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
        `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
        {
          input: {
            title: 'Telefone ausgefallen',
            severity: 'SEV2',
            startedAt: new Date(Date.now() - 3_600_000).toISOString(),
            impacts: [{ serviceKey: 'phone-system', status: 'MAJOR_OUTAGE' }],
          },
        },
      );
      await app.gqlOk(
        `mutation P($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { id } }`,
        {
          input: {
            incidentId: declareIncident.id,
            body: 'Schreiben Sie uns <bitte> per Mail.',
            visibility: 'PUBLIC',
          },
        },
      );
      await siteWritten(app);

      expect(readFileSync(join(live, 'api/v2/summary.json'))).toEqual(
        await liveBytes(app, '/api/v2/summary.json'),
      );
      expect(readFileSync(join(live, 'status/feed.atom'))).toEqual(
        await liveBytes(app, '/status/feed.atom'),
      );
      const index = readFileSync(join(live, 'index.html'), 'utf8');
      expect(index).not.toMatch(/<script/i);
      expect(index).toContain(
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
      );
      expect(index).toContain('<section lang="de"');
      expect(index).toContain('<section lang="en"');
      expect(index).toContain('Budo &amp; Co');
      expect(index).toContain('Erhebliche Störung');
      expect(index).toContain('Major disruption');
      expect(index).toContain('Schreiben Sie uns &lt;bitte&gt; per Mail.');
      expect(index).toContain('<a href="tel:+491700000000">+49 170 0000000</a>');
      const madeAt = readFileSync(join(live, 'made-at.txt'), 'utf8').trim();
      expect(new Date(madeAt).toISOString()).toBe(madeAt);
      expect(index).toContain(`datetime="${madeAt}"`);
      const headers = readFileSync(join(live, '_headers'), 'utf8');
      expect(headers).toMatch(/^\/api\/v2\/\*\n {2}Access-Control-Allow-Origin: \*$/m);
      // Written aside and renamed into place: nothing is left beside it.
      expect(readdirSync(parent).filter((name) => name.startsWith('.'))).toEqual([]);
    });

    it('rewrites it when the organisation changes, and leaves it alone when nothing public changed', async () => {
      const app = use();
      const before = readFileSync(join(live, 'made-at.txt'), 'utf8');
      app.app.get(SituationPictures).tick();
      await siteWritten(app);
      expect(readFileSync(join(live, 'made-at.txt'), 'utf8')).toBe(before);

      const { settings } = await app.gqlOk<{ settings: { version: number } }>(
        `{ settings { version } }`,
      );
      await app.gqlOk(
        `mutation S($input: UpdateSettingsInput!) { updateSettings(input: $input) { version } }`,
        { input: { version: settings.version, organisationName: 'Budo & Co. KG' } },
      );
      await siteWritten(app);
      expect(readFileSync(join(live, 'index.html'), 'utf8')).toContain('Budo &amp; Co. KG');
      const summary = JSON.parse(readFileSync(join(live, 'api/v2/summary.json'), 'utf8')) as {
        page: { name: string };
      };
      expect(summary.page.name).toBe('Budo & Co. KG');
    });

    it('npm run lagebild -- static-export DIR writes the same site once, from the database', async () => {
      const app = use();
      const dir = join(parent, `once-${database}`, 'site');
      const result = await runCli(['static-export', dir], {
        DATABASE_URL: databaseUrl(app.config.database),
      });
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toBe(`Wrote the static status site to ${dir}\n`);
      expect(readFileSync(join(dir, 'api/v2/summary.json'))).toEqual(
        await liveBytes(app, '/api/v2/summary.json'),
      );
      expect(existsSync(join(dir, 'index.html'))).toBe(true);
      expect(existsSync(join(dir, '_headers'))).toBe(true);
    }, 120_000);
  },
  { staticExportDir: live },
);
