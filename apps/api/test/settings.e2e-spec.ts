import { describeEachDatabase, type TestApp } from './support/test-app';

const SETTINGS = `{
  settings {
    organisationName statusPageTitle supportContact timeZone publicUrl version
    contactWays { kind label value }
    cadence { severity minutes }
    services { serviceKey publicName shownOnStatusPage }
  }
}`;
const UPDATE = `mutation U($input: UpdateSettingsInput!) {
  updateSettings(input: $input) {
    organisationName statusPageTitle supportContact timeZone publicUrl version
    contactWays { kind label value }
    cadence { severity minutes }
    services { serviceKey publicName shownOnStatusPage }
  }
}`;
const STATUS_PAGE = `{
  statusPage {
    organisationName title supportContact timeZone
    contactWays { kind label value }
    services { key name status }
    activeIncidents { ref affectedServiceKeys }
  }
}`;

interface Settings {
  organisationName: string;
  statusPageTitle: string;
  supportContact: string;
  timeZone: string;
  publicUrl: string | null;
  version: number;
  contactWays: { kind: string; label: string; value: string }[];
  cadence: { severity: string; minutes: number | null }[];
  services: { serviceKey: string; publicName: string | null; shownOnStatusPage: boolean }[];
}

async function createService(app: TestApp, key: string, name: string): Promise<void> {
  await app.gqlOk(
    `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`,
    { input: { key, name, tier: 1, rtoMinutes: 60, rpoMinutes: 0 } },
  );
}

async function current(app: TestApp): Promise<Settings> {
  return (await app.gqlOk<{ settings: Settings }>(SETTINGS)).settings;
}

describeEachDatabase('organisation settings', (use) => {
  beforeAll(async () => {
    await createService(use(), 'web-shop', 'Web shop');
    await createService(use(), 'phone-system', 'PBX Asterisk');
    await createService(use(), 'order-database', 'Order DB');
  });

  it('starts with defaults: the name Lagebild, UTC, the default cadence, every service shown', async () => {
    const settings = await current(use());
    expect(settings).toMatchObject({
      organisationName: 'Lagebild',
      statusPageTitle: '',
      timeZone: 'Etc/UTC',
      publicUrl: null,
      version: 1,
      contactWays: [],
    });
    expect(settings.cadence).toEqual([
      { severity: 'SEV1', minutes: 60 },
      { severity: 'SEV2', minutes: 120 },
      { severity: 'SEV3', minutes: 480 },
      { severity: 'SEV4', minutes: null },
    ]);
    expect(settings.services.every((service) => service.shownOnStatusPage)).toBe(true);
    expect(settings.services.map((service) => service.serviceKey).sort()).toEqual([
      'order-database',
      'phone-system',
      'web-shop',
    ]);
  });

  it('is for admins only: a responder may neither read nor change it', async () => {
    const app = use();
    const read = await app.gql(SETTINGS, {}, { as: 'RESPONDER' });
    expect(read.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const write = await app.gql(
      UPDATE,
      { input: { version: 1, organisationName: 'X' } },
      { as: 'RESPONDER' },
    );
    expect(write.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await current(app)).organisationName).toBe('Lagebild');
  });

  it('refuses invalid settings field by field and writes nothing', async () => {
    const app = use();
    const result = await app.gql(UPDATE, {
      input: {
        version: 1,
        organisationName: '  ',
        timeZone: 'Mars/Olympus',
        publicUrl: 'not a url',
        cadence: [{ severity: 'SEV1', minutes: 0 }],
        services: [{ serviceKey: 'nope', shownOnStatusPage: false }],
      },
    });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(result.errors?.[0]?.extensions?.issues?.map((issue) => issue.field).sort()).toEqual([
      'cadence.SEV1',
      'organisationName',
      'publicUrl',
      'services.0.serviceKey',
      'timeZone',
    ]);
    expect(await current(app)).toMatchObject({ organisationName: 'Lagebild', version: 1 });
  });

  it('saves every field, and the status page, summary.json and feed carry the organisation at once', async () => {
    const app = use();
    // An incident on the phones only, which the public page will not show.
    await app.gqlOk(
      `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
      {
        input: {
          title: 'Phones down',
          severity: 'SEV2',
          startedAt: new Date(Date.now() - 3_600_000).toISOString(),
          impacts: [{ serviceKey: 'phone-system', status: 'MAJOR_OUTAGE' }],
        },
      },
    );
    // Read once so that the kept picture exists before the change.
    await app.gqlOk(STATUS_PAGE, {}, { as: 'anonymous' });

    const { updateSettings } = await app.gqlOk<{ updateSettings: Settings }>(UPDATE, {
      input: {
        version: 1,
        organisationName: ' Budo & Co ',
        statusPageTitle: 'Wie es bei Budo & Co steht',
        supportContact: 'hilfe@budo.example',
        contactWays: [
          { kind: 'PHONE', label: 'Mobil', value: '+49 170 0000000' },
          { kind: 'WEB', label: 'Forum', value: 'https://forum.budo.example' },
        ],
        timeZone: 'Europe/Berlin',
        cadence: [
          { severity: 'SEV1', minutes: 30 },
          { severity: 'SEV2', minutes: 90 },
        ],
        publicUrl: 'https://status.budo.example/',
        services: [
          { serviceKey: 'web-shop', publicName: 'Online-Shop', shownOnStatusPage: true },
          { serviceKey: 'phone-system', publicName: null, shownOnStatusPage: false },
        ],
      },
    });
    expect(updateSettings).toMatchObject({
      organisationName: 'Budo & Co',
      publicUrl: 'https://status.budo.example',
      timeZone: 'Europe/Berlin',
      version: 2,
    });
    expect(updateSettings.cadence).toEqual([
      { severity: 'SEV1', minutes: 30 },
      { severity: 'SEV2', minutes: 90 },
      { severity: 'SEV3', minutes: null },
      { severity: 'SEV4', minutes: null },
    ]);
    expect(await current(app)).toEqual(updateSettings);

    const { statusPage } = await app.gqlOk<{
      statusPage: {
        organisationName: string;
        title: string;
        supportContact: string;
        timeZone: string;
        contactWays: unknown[];
        services: { key: string; name: string }[];
        activeIncidents: { affectedServiceKeys: string[] }[];
      };
    }>(STATUS_PAGE, {}, { as: 'anonymous' });
    expect(statusPage).toMatchObject({
      organisationName: 'Budo & Co',
      title: 'Wie es bei Budo & Co steht',
      supportContact: 'hilfe@budo.example',
      timeZone: 'Europe/Berlin',
    });
    expect(statusPage.contactWays).toHaveLength(2);
    expect(statusPage.services.map((service) => [service.key, service.name])).toEqual([
      ['order-database', 'Order DB'],
      ['web-shop', 'Online-Shop'],
    ]);
    // Its only impaired service is hidden, and it said nothing public: it is not shown.
    expect(statusPage.activeIncidents).toEqual([]);

    const summary = (await (await fetch(`${app.url}/api/v2/summary.json`)).json()) as {
      page: { name: string; url: string; time_zone: string };
      components: { id: string }[];
    };
    expect(summary.page).toMatchObject({
      name: 'Budo & Co',
      url: 'https://status.budo.example/status',
      time_zone: 'Europe/Berlin',
    });
    expect(summary.components.map((component) => component.id)).not.toContain('phone-system');
    const feed = await (await fetch(`${app.url}/status/feed.atom`)).text();
    expect(feed).toContain('<title>Wie es bei Budo &amp; Co steht</title>');
    expect(feed).toContain('<author><name>Budo &amp; Co</name></author>');
  });

  it('refuses a change based on an outdated version with CONFLICT, keeping the newer one', async () => {
    const app = use();
    const before = await current(app);
    const result = await app.gql(UPDATE, { input: { version: 1, organisationName: 'Stale' } });
    expect(result.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(await current(app)).toEqual(before);
  });

  it('keeps fields left out, clears the public URL with null, and records the change in the audit log', async () => {
    const app = use();
    const before = await current(app);
    const { updateSettings } = await app.gqlOk<{ updateSettings: Settings }>(UPDATE, {
      input: { version: before.version, publicUrl: null },
    });
    expect(updateSettings).toEqual({ ...before, publicUrl: null, version: before.version + 1 });
    const { auditLog } = await app.gqlOk<{ auditLog: { action: string }[] }>(
      `{ auditLog(entity: "OrganisationSettings", id: "1") { action } }`,
    );
    expect(auditLog.map((entry) => entry.action)).toEqual(['updateSettings', 'updateSettings']);
  });

  it('measures communication debt against the cadence set: the incident page and the overview turn overdue', async () => {
    const app = use();
    const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
      `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
      {
        input: {
          title: 'Shop slow',
          severity: 'SEV3',
          startedAt: new Date(Date.now() - 2 * 3_600_000).toISOString(),
          impacts: [{ serviceKey: 'web-shop', status: 'DEGRADED_PERFORMANCE' }],
        },
      },
    );
    const DEBT = `query I($id: ID!) { incident(id: $id) { communicationDebt { status cadenceMinutes } } }`;
    const OVERDUE = `{ overview { overdueCommunications { incident { id } } } }`;
    const debt = async () =>
      (
        await app.gqlOk<{
          incident: { communicationDebt: { status: string; cadenceMinutes: number } };
        }>(DEBT, { id: declareIncident.id })
      ).incident.communicationDebt;
    const overdueIds = async () =>
      (
        await app.gqlOk<{ overview: { overdueCommunications: { incident: { id: string } }[] } }>(
          OVERDUE,
        )
      ).overview.overdueCommunications.map((line) => line.incident.id);

    // The cadence saved earlier owes SEV3 nothing.
    expect(await debt()).toEqual({ status: 'NOT_REQUIRED', cadenceMinutes: null });
    expect(await overdueIds()).not.toContain(declareIncident.id);

    const { version } = await current(app);
    await app.gqlOk(UPDATE, {
      input: { version, cadence: [{ severity: 'SEV3', minutes: 60 }] },
    });
    expect(await debt()).toEqual({ status: 'OVERDUE', cadenceMinutes: 60 });
    expect(await overdueIds()).toContain(declareIncident.id);
  });
});
