import { SaxesParser, type SaxesTagNS } from 'saxes';
import { recomputationStatements, statusPicture } from './support/pictures';
import { describeEachDatabase, type TestApp } from './support/test-app';

/** Text that exists only in internal places; none of it may reach a public resource. */
const SECRETS = [
  'RAID-SECRET',
  'INTERNAL-SUMMARY',
  'INTERNAL-ONLY-INCIDENT',
  'STAFF-EMAIL',
  // The team's title of an incident without a public title.
  'Server failure',
];

const STATUS_PAGE = `{
  statusPage {
    indicator description updatedAt
    services { key name status }
    activeIncidents { id ref title severity status affectedServiceKeys updates { id body status displayAt } }
    recentIncidents { id ref title status resolvedAt updates { body } }
  }
}`;

interface PublicIncidentView {
  id: string;
  ref: string;
  title: string;
  status: string;
  affectedServiceKeys: string[];
  updates: { id: string; body: string; status: string }[];
}

interface StatusPageView {
  indicator: string;
  description: string;
  services: { key: string; status: string }[];
  activeIncidents: PublicIncidentView[];
  recentIncidents: PublicIncidentView[];
}

const hoursAgo = (hours: number): string => new Date(Date.now() - hours * 3_600_000).toISOString();

async function declare(app: TestApp, input: Record<string, unknown>): Promise<string> {
  const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
    `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
    { input },
  );
  return declareIncident.id;
}

async function post(app: TestApp, input: Record<string, unknown>): Promise<void> {
  await app.gqlOk(
    `mutation P($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { id } }`,
    { input },
  );
}

/** Drafts, approves and publishes a message; returns its id and version after publishing. */
async function publish(
  app: TestApp,
  input: Record<string, unknown>,
): Promise<{ id: string; version: number }> {
  const { draftCommunication } = await app.gqlOk<{ draftCommunication: { id: string } }>(
    `mutation D($input: DraftCommunicationInput!) { draftCommunication(input: $input) { id } }`,
    { input },
  );
  const id = draftCommunication.id;
  await app.gqlOk(
    `mutation A($input: CommunicationTransitionInput!) { approveCommunication(input: $input) { id } }`,
    { input: { id, version: 1 } },
  );
  await app.gqlOk(
    `mutation P($input: PublishCommunicationInput!) { publishCommunication(input: $input) { id } }`,
    { input: { id, version: 2 } },
  );
  return { id, version: 3 };
}

async function retract(app: TestApp, message: { id: string; version: number }): Promise<void> {
  await app.gqlOk(
    `mutation R($input: CommunicationTransitionInput!) { retractCommunication(input: $input) { id } }`,
    { input: message },
  );
}

function parseXml(text: string): { elements: { name: string; text: string }[] } {
  const parser = new SaxesParser({ xmlns: true });
  const elements: { name: string; text: string }[] = [];
  const open: { name: string; text: string }[] = [];
  parser.on('opentag', (tag: SaxesTagNS) => open.push({ name: tag.name, text: '' }));
  parser.on('text', (value: string) => {
    const current = open.at(-1);
    if (current) current.text += value;
  });
  parser.on('closetag', () => {
    const done = open.pop();
    if (done) elements.push(done);
  });
  parser.on('error', (error: Error) => {
    throw error;
  });
  parser.write(text).close();
  return { elements };
}

describeEachDatabase('public status page, summary.json and Atom feed', (use) => {
  let serverFailure = '';
  let mondayOutage = '';

  beforeAll(async () => {
    const app = use();
    const create = `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`;
    for (const [key, name, tier] of [
      ['web-shop', 'Web shop', 1],
      ['phone-system', 'Phone system', 2],
      ['e-mail-inbox', 'E-mail inbox', 2],
    ] as const) {
      await app.gqlOk(create, { input: { key, name, tier, rtoMinutes: 240, rpoMinutes: 60 } });
    }

    serverFailure = await declare(app, {
      title: 'Server failure',
      summary: 'INTERNAL-SUMMARY: disk array lost',
      severity: 'SEV1',
      startedAt: hoursAgo(6),
      impacts: [{ serviceKey: 'phone-system', status: 'MAJOR_OUTAGE' }],
    });
    await post(app, {
      incidentId: serverFailure,
      body: 'RAID-SECRET controller',
      visibility: 'INTERNAL',
    });
    await post(app, {
      incidentId: serverFailure,
      body: 'We found the cause & work on <it>.',
      visibility: 'PUBLIC',
      statusChange: 'IDENTIFIED',
    });
    await publish(app, {
      incidentId: serverFailure,
      channel: 'STATUS_PAGE',
      audience: 'PUBLIC',
      locale: 'en',
    });
    const mistake = await publish(app, {
      incidentId: serverFailure,
      channel: 'STATUS_PAGE',
      audience: 'PUBLIC',
      locale: 'de',
      template: { subject: '{{title}}', body: 'Versehentlich veröffentlicht' },
    });
    await retract(app, mistake);
    await publish(app, {
      incidentId: serverFailure,
      channel: 'EMAIL',
      audience: 'INTERNAL',
      locale: 'en',
      template: { subject: 'Staff', body: 'STAFF-EMAIL: everybody to the warehouse' },
    });

    // Tracked by the team only: no impact, no public word.
    const internal = await declare(app, { title: 'INTERNAL-ONLY-INCIDENT', severity: 'SEV3' });
    await post(app, { incidentId: internal, body: 'RAID-SECRET again', visibility: 'INTERNAL' });

    // Resolved yesterday: history, not the summary's unresolved incidents.
    mondayOutage = await declare(app, {
      title: 'Web shop slow',
      publicTitle: 'Web shop slow',
      severity: 'SEV3',
      startedAt: hoursAgo(30),
      impacts: [{ serviceKey: 'web-shop', status: 'DEGRADED_PERFORMANCE' }],
    });
    await post(app, {
      incidentId: mondayOutage,
      body: 'The shop is slow; we are on it.',
      visibility: 'PUBLIC',
    });
    const { incident } = await app.gqlOk<{ incident: { version: number } }>(
      `query I($id: ID!) { incident(id: $id) { version } }`,
      { id: mondayOutage },
    );
    await app.gqlOk(
      `mutation R($input: ResolveIncidentInput!) { resolveIncident(input: $input) { id } }`,
      {
        input: {
          id: mondayOutage,
          version: incident.version,
          body: 'The shop is fast again.',
          visibility: 'PUBLIC',
        },
      },
    );
  });

  it('statusPage shows services, active incidents with public updates only, and the history', async () => {
    const app = use();
    const { statusPage } = await app.gqlOk<{ statusPage: StatusPageView }>(
      STATUS_PAGE,
      {},
      {
        as: 'anonymous',
      },
    );
    expect(statusPage).toMatchObject({ indicator: 'critical', description: 'Major System Outage' });
    expect(statusPage.services).toEqual([
      { key: 'web-shop', name: 'Web shop', status: 'OPERATIONAL' },
      { key: 'e-mail-inbox', name: 'E-mail inbox', status: 'OPERATIONAL' },
      { key: 'phone-system', name: 'Phone system', status: 'MAJOR_OUTAGE' },
    ]);
    // No public title was set: the public reads which service is disrupted, not the team's title.
    expect(statusPage.activeIncidents.map((incident) => incident.title)).toEqual([
      'Disruption: Phone system',
    ]);
    const [active] = statusPage.activeIncidents;
    expect(active?.affectedServiceKeys).toEqual(['phone-system']);
    // Newest first: the published status-page message, then the public entry; the retracted
    // message and the internal entry are not there.
    expect(active?.updates).toHaveLength(2);
    expect(active?.updates[1]).toMatchObject({
      body: 'We found the cause & work on <it>.',
      status: 'IDENTIFIED',
    });
    expect(active?.updates[0]?.body).toBe(
      'We have found the cause.\n\n- Phone system: unavailable',
    );
    expect(statusPage.recentIncidents).toEqual([
      expect.objectContaining({
        title: 'Web shop slow',
        status: 'RESOLVED',
        updates: [{ body: 'The shop is fast again.' }, { body: 'The shop is slow; we are on it.' }],
      }),
    ]);
    const text = JSON.stringify(statusPage);
    for (const secret of [...SECRETS, 'Versehentlich']) expect(text).not.toContain(secret);
  });

  it('serves summary.json in the common format to any origin, without internal entries', async () => {
    const response = await fetch(`${use().url}/api/v2/summary.json`, {
      headers: { origin: 'https://shop.example.com' },
    });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('content-type')).toContain('application/json');
    const text = await response.text();
    for (const secret of [...SECRETS, 'Versehentlich']) expect(text).not.toContain(secret);
    const summary = JSON.parse(text) as {
      page: { id: string; name: string; url: string; updated_at: string };
      status: { indicator: string; description: string };
      components: { id: string; name: string; status: string }[];
      incidents: {
        id: string;
        name: string;
        status: string;
        impact: string;
        incident_updates: { status: string; body: string }[];
        components: { id: string }[];
      }[];
    };
    expect(summary.page).toMatchObject({ id: 'lagebild', name: 'Lagebild' });
    expect(summary.page.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/status$/);
    expect(new Date(summary.page.updated_at).getTime()).not.toBeNaN();
    expect(summary.status).toEqual({ indicator: 'critical', description: 'Major System Outage' });
    expect(summary.components.map((component) => [component.id, component.status])).toEqual([
      ['web-shop', 'operational'],
      ['e-mail-inbox', 'operational'],
      ['phone-system', 'major_outage'],
    ]);
    expect(summary.incidents).toHaveLength(1);
    expect(summary.incidents[0]).toMatchObject({
      id: serverFailure,
      name: 'Disruption: Phone system',
      status: 'identified',
      impact: 'critical',
      components: [{ id: 'phone-system' }],
    });
    expect(summary.incidents[0]?.incident_updates.map((update) => update.status)).toEqual([
      'identified',
      'identified',
    ]);
  });

  it('serves the public updates as a valid Atom feed to any origin', async () => {
    const response = await fetch(`${use().url}/status/feed.atom`);
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe('*');
    expect(response.headers.get('content-type')).toContain('application/atom+xml');
    const text = await response.text();
    for (const secret of [...SECRETS, 'Versehentlich']) expect(text).not.toContain(secret);
    const { elements } = parseXml(text);
    const entries = elements.filter((element) => element.name === 'entry');
    expect(entries).toHaveLength(4);
    const contents = elements.filter((element) => element.name === 'content').map((e) => e.text);
    expect(contents).toEqual(
      expect.arrayContaining([
        'We found the cause & work on <it>.',
        'The shop is fast again.',
        'The shop is slow; we are on it.',
      ]),
    );
    const titles = elements.filter((element) => element.name === 'title').map((e) => e.text);
    expect(titles[0]).toBe('Lagebild status');
    expect(titles).toContain('Web shop slow: Resolved');
  });

  it('takes a retracted status-page message off every public resource', async () => {
    const app = use();
    const message = await publish(app, {
      incidentId: serverFailure,
      channel: 'STATUS_PAGE',
      audience: 'PUBLIC',
      locale: 'en',
      template: { subject: '{{title}}', body: 'Wrong-incident text' },
    });
    const shown = async () => [
      JSON.stringify((await app.gqlOk(STATUS_PAGE)) as unknown),
      await (await fetch(`${app.url}/api/v2/summary.json`)).text(),
      await (await fetch(`${app.url}/status/feed.atom`)).text(),
    ];
    for (const text of await shown()) expect(text).toContain('Wrong-incident text');
    await retract(app, message);
    for (const text of await shown()) expect(text).not.toContain('Wrong-incident text');
  });

  it('keeps the status page within a fixed number of SQL statements', async () => {
    const app = use();
    // The page is read from memory; what costs statements is computing it after a change.
    const recomputation = () => recomputationStatements(app, statusPicture(app.app));
    const first = await recomputation();
    expect(first).toBeGreaterThan(0);
    for (let index = 0; index < 5; index += 1) {
      await post(app, {
        incidentId: mondayOutage,
        body: `More history ${index}`,
        visibility: 'PUBLIC',
      });
    }
    expect(await recomputation()).toBe(first);
    app.queries.reset();
    await app.gqlOk(STATUS_PAGE, {}, { as: 'anonymous' });
    expect(app.queries.statements).toBe(0);
  });
});
