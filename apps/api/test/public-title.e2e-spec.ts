import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SituationPictures } from '../src/situation-picture/situation-pictures.service';
import { StaticExportService } from '../src/status-page/static-export.service';
import { describeEachDatabase, type TestApp } from './support/test-app';

/** The team's own words: a supplier's name and an annoyance, not for customers. */
const INTERNAL_TITLE = 'Ärger mit Hermes-Schnittstelle';

interface PublicIncident {
  id: string;
  title: string;
  titleCode: string;
  titleServices: string[];
}

const STATUS_PAGE = `{ statusPage {
  activeIncidents { id title titleCode titleServices }
  recentIncidents { id title titleCode titleServices }
} }`;

const UPDATE = `mutation U($input: UpdateIncidentInput!) {
  updateIncident(input: $input) { id version title publicTitle }
}`;

async function publicIncident(app: TestApp, id: string): Promise<PublicIncident | undefined> {
  await app.app.get(SituationPictures).settled();
  const { statusPage } = await app.gqlOk<{
    statusPage: { activeIncidents: PublicIncident[]; recentIncidents: PublicIncident[] };
  }>(STATUS_PAGE, {}, { as: 'anonymous' });
  return [...statusPage.activeIncidents, ...statusPage.recentIncidents].find(
    (incident) => incident.id === id,
  );
}

/** Everything the public can read: the page, summary.json, the feed and the static site. */
async function everythingPublic(app: TestApp): Promise<string> {
  await app.app.get(SituationPictures).settled();
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-public-title-'));
  try {
    await app.app.get(StaticExportService).exportTo(dir);
    const page = await app.gql(STATUS_PAGE, {}, { as: 'anonymous' });
    const summary = await (await fetch(`${app.url}/api/v2/summary.json`)).text();
    const feed = await (await fetch(`${app.url}/status/feed.atom`)).text();
    return [
      JSON.stringify(page),
      summary,
      feed,
      readFileSync(join(dir, 'index.html'), 'utf8'),
      readFileSync(join(dir, 'api/v2/summary.json'), 'utf8'),
      readFileSync(join(dir, 'status/feed.atom'), 'utf8'),
    ].join('\n');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describeEachDatabase('an incident’s public title', (use) => {
  beforeAll(async () => {
    const app = use();
    await app.gqlOk(
      `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`,
      {
        input: {
          key: 'carrier-labels',
          name: 'Hermes label API',
          tier: 2,
          rtoMinutes: 240,
          rpoMinutes: 0,
        },
      },
    );
    const { settings } = await app.gqlOk<{ settings: { version: number } }>(
      `{ settings { version } }`,
    );
    await app.gqlOk(
      `mutation S($input: UpdateSettingsInput!) { updateSettings(input: $input) { version } }`,
      {
        input: {
          version: settings.version,
          services: [
            { serviceKey: 'carrier-labels', publicName: 'Versand', shownOnStatusPage: true },
          ],
        },
      },
    );
  });

  let incidentId = '';

  it('without a public title, the public reads a neutral wording from the services’ public names, never the internal title', async () => {
    const app = use();
    const { declareIncident } = await app.gqlOk<{
      declareIncident: { id: string; title: string; publicTitle: string | null };
    }>(
      `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id title publicTitle } }`,
      {
        input: {
          title: INTERNAL_TITLE,
          severity: 'SEV2',
          startedAt: new Date(Date.now() - 600_000).toISOString(),
          impacts: [{ serviceKey: 'carrier-labels', status: 'MAJOR_OUTAGE' }],
        },
      },
    );
    incidentId = declareIncident.id;
    expect(declareIncident).toMatchObject({ title: INTERNAL_TITLE, publicTitle: null });
    await app.gqlOk(
      `mutation P($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { id } }`,
      { input: { incidentId, body: 'Paketlabels verzögert.', visibility: 'PUBLIC' } },
    );

    expect(await publicIncident(app, incidentId)).toEqual({
      id: incidentId,
      title: 'Disruption: Versand',
      titleCode: 'DISRUPTION',
      titleServices: ['Versand'],
    });
    const text = await everythingPublic(app);
    expect(text).not.toContain('Ärger');
    expect(text).not.toContain('\\u00c4rger');
    expect(text).not.toContain('Hermes');
    expect(text).toContain('Störung: Versand');
    expect(text).toContain('Disruption: Versand');
  });

  it('a responder sets the public title with a versioned write; the public reads it everywhere', async () => {
    const app = use();
    const { updateIncident } = await app.gqlOk<{
      updateIncident: { version: number; publicTitle: string | null };
    }>(
      UPDATE,
      { input: { id: incidentId, version: 2, publicTitle: '  Verzögerter Paketversand ' } },
      { as: 'RESPONDER' },
    );
    expect(updateIncident.publicTitle).toBe('Verzögerter Paketversand');
    expect(await publicIncident(app, incidentId)).toMatchObject({
      title: 'Verzögerter Paketversand',
      titleCode: 'SET',
      titleServices: [],
    });
    const text = await everythingPublic(app);
    expect(text).not.toContain('Hermes');
    expect(text).toContain('Verzögerter Paketversand');

    // A stale version and a title too long change nothing.
    const stale = await app.gql(UPDATE, {
      input: { id: incidentId, version: 2, publicTitle: 'Something else' },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const long = await app.gql(UPDATE, {
      input: { id: incidentId, version: updateIncident.version, publicTitle: 'x'.repeat(201) },
    });
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(long.errors?.[0]?.extensions?.issues?.[0]?.field).toBe('publicTitle');
    expect((await publicIncident(app, incidentId))?.title).toBe('Verzögerter Paketversand');

    // Null removes it: the neutral wording returns.
    await app.gqlOk(UPDATE, {
      input: { id: incidentId, version: updateIncident.version, publicTitle: null },
    });
    expect((await publicIncident(app, incidentId))?.titleCode).toBe('DISRUPTION');
  });

  it('a public title given at declaration is what the public reads from the start', async () => {
    const app = use();
    const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
      `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
      {
        input: {
          title: 'Hermes again',
          publicTitle: 'Versand eingeschränkt',
          severity: 'SEV3',
          impacts: [{ serviceKey: 'carrier-labels', status: 'DEGRADED_PERFORMANCE' }],
        },
      },
    );
    expect((await publicIncident(app, declareIncident.id))?.title).toBe('Versand eingeschränkt');
    expect(await everythingPublic(app)).not.toContain('Hermes');
  });
});
