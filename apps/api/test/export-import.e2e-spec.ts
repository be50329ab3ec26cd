import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../src/bootstrap';
import { parseDatabaseUrl } from '../src/config/config';
import { buildCli, databaseUrl, runCli } from './support/cli';
import {
  createEmptyPostgresDatabase,
  DATABASES,
  type DatabaseKind,
  startTestApp,
  type TestApp,
} from './support/test-app';

/** A picture with every kind of row: services, an incident with impacts, updates and tasks, a backlog with snapshots and items, a message, settings, a person, an API key. */
async function fillWithTheStory(app: TestApp): Promise<void> {
  const create = `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`;
  await app.gqlOk(create, {
    input: {
      key: 'order-database',
      name: 'Order DB',
      tier: 1,
      rtoMinutes: 240,
      rpoMinutes: 60,
      mtpdMinutes: 480,
      outageCostPerHour: { orders: 30, euros: 1500 },
    },
  });
  await app.gqlOk(create, {
    input: {
      key: 'carrier',
      name: 'Versanddienstleister',
      tier: 2,
      rtoMinutes: 1440,
      rpoMinutes: 0,
      supplier: true,
    },
  });
  await app.gqlOk(create, {
    input: {
      key: 'web-shop',
      name: 'Web shop',
      tier: 1,
      rtoMinutes: 60,
      rpoMinutes: 0,
      dependsOn: ['order-database'],
    },
  });
  const { declareIncident } = await app.gqlOk<{ declareIncident: { id: string } }>(
    `mutation D($input: DeclareIncidentInput!) { declareIncident(input: $input) { id } }`,
    {
      input: {
        title: 'Server failure „Freitag“ & <phones>',
        severity: 'SEV1',
        startedAt: new Date(Date.now() - 5 * 3_600_000).toISOString(),
        impacts: [{ serviceKey: 'order-database', status: 'MAJOR_OUTAGE' }],
      },
    },
  );
  const incidentId = declareIncident.id;
  await app.gqlOk(
    `mutation P($input: PostIncidentUpdateInput!) { postIncidentUpdate(input: $input) { id } }`,
    { input: { incidentId, body: 'Wir sind noch da. 🙂', visibility: 'PUBLIC' } },
  );
  await app.gqlOk(
    `mutation A($input: AddRecoveryTaskInput!) { addRecoveryTask(input: $input) { id } }`,
    {
      input: {
        incidentId,
        title: 'Reconstruct orders',
        serviceKey: 'order-database',
        estimateMinutes: 600,
      },
    },
  );
  const { createBacklog } = await app.gqlOk<{ createBacklog: { key: string } }>(
    `mutation B($input: CreateBacklogInput!) { createBacklog(input: $input) { key } }`,
    {
      input: {
        key: 'unanswered-emails',
        name: 'Unanswered e-mails',
        unit: 'e-mails',
        incidentId,
        promiseHours: 24,
        staff: 2,
        itemsPerStaffHour: 10,
      },
    },
  );
  await app.gqlOk(
    `mutation S($input: RecordBacklogSnapshotInput!) { recordBacklogSnapshot(input: $input) { replayed } }`,
    {
      input: {
        backlogKey: createBacklog.key,
        open: 3500,
        at: new Date(Date.now() - 3_600_000).toISOString(),
        idempotencyKey: 'snap-1',
      },
    },
  );
  await app.gqlOk(
    `mutation U($input: UpsertBacklogItemsInput!) { upsertBacklogItems(input: $input) { inserted } }`,
    {
      input: {
        backlogKey: createBacklog.key,
        idempotencyKey: 'items-1',
        items: Array.from({ length: 30 }, (_, index) => ({
          externalRef: `mail-${index}`,
          receivedAt: new Date(Date.now() - (index + 2) * 3_600_000).toISOString(),
          ...(index % 3 === 0 ? { doneAt: new Date(Date.now() - 1_800_000).toISOString() } : {}),
        })),
      },
    },
  );
  await app.gqlOk(
    `mutation D($input: DraftCommunicationInput!) { draftCommunication(input: $input) { id } }`,
    { input: { incidentId, channel: 'STATUS_PAGE', audience: 'PUBLIC', locale: 'de' } },
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
        timeZone: 'Europe/Berlin',
      },
    },
  );
  await app.gqlOk(
    `mutation K($input: CreateApiKeyInput!) { createApiKey(input: $input) { secret } }`,
    { input: { name: 'Shop', role: 'RESPONDER' } },
  );
}

const withoutExportedAt = (text: string): string =>
  text.replace(/"exportedAt":"[^"]+"/, '"exportedAt":""');

async function emptyDatabase(kind: DatabaseKind, dir: string, name: string) {
  if (kind === 'sqlite')
    return { url: `sqlite:${join(dir, `${name}.sqlite`)}`, drop: async () => undefined };
  const empty = await createEmptyPostgresDatabase();
  return { url: empty.url, drop: empty.drop };
}

describe('npm run lagebild -- export / import', () => {
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-export-'));
  const drops: (() => Promise<void>)[] = [];
  beforeAll(() => buildCli(), 120_000);
  afterAll(async () => {
    for (const drop of drops) await drop();
    rmSync(dir, { recursive: true, force: true });
  });

  describe.each(DATABASES)('from %s', (source) => {
    let app: TestApp;
    let first: string;
    beforeAll(async () => {
      app = await startTestApp(source);
      await fillWithTheStory(app);
      first = join(dir, `${source}-first.json`);
      const result = await runCli(['export', first], {
        DATABASE_URL: databaseUrl(app.config.database),
      });
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(result.stdout).toMatch(/^Exported \d+ rows of \d+ tables to /);
    }, 120_000);
    afterAll(async () => {
      await app.close();
    });

    it('writes one versioned JSON document holding every table, the derived ones too, and only password and key hashes', () => {
      const text = readFileSync(first, 'utf8');
      const document = JSON.parse(text) as {
        format: string;
        version: number;
        exportedAt: string;
        migrations: string[];
        tables: Record<string, Record<string, unknown>[]>;
      };
      expect(document).toMatchObject({ format: 'lagebild-export', version: 1 });
      expect(new Date(document.exportedAt).getTime()).not.toBeNaN();
      expect(document.migrations).toContain('OrganisationSettings1764004000000');
      for (const table of [
        'services',
        'incidents',
        'incident_impacts',
        'incident_updates',
        'recovery_tasks',
        'backlogs',
        'backlog_snapshots',
        'backlog_items',
        'backlog_item_groups',
        'communications',
        'organisation_settings',
        'users',
        'api_keys',
        'audit_entries',
      ]) {
        expect(Object.keys(document.tables)).toContain(table);
      }
      expect(document.tables['backlog_items']).toHaveLength(30);
      expect(document.tables['backlogs']?.[0]).toMatchObject({
        item_count: 30,
        open_item_count: 20,
      });
      expect(text).toContain('Wir sind noch da. 🙂');
      // The impact analysis travels: MTPD, the cost of an hour of outage, the supplier flag.
      expect(document.tables['services']).toEqual(
        expect.arrayContaining([
          expect.objectContaining({
            key: 'order-database',
            mtpd_minutes: 480,
            outage_orders_per_hour: 30,
            outage_euros_per_hour: 1500,
            supplier: false,
          }),
          expect.objectContaining({ key: 'carrier', mtpd_minutes: null, supplier: true }),
        ]),
      );
      expect(text).not.toContain('test-password-of-the-suite');
      expect(document.tables['api_keys']?.[0]).not.toHaveProperty('secret');
    });

    it.each(DATABASES)(
      'imports into an empty %s database, and exporting that gives the same document apart from exportedAt',
      async (target) => {
        const fresh = await emptyDatabase(target, dir, `${source}-to-${target}`);
        drops.push(fresh.drop);
        const imported = await runCli(['import', first], { DATABASE_URL: fresh.url });
        expect(imported).toMatchObject({ code: 0, stderr: '' });
        expect(imported.stdout).toMatch(/^Imported \d+ rows of \d+ tables from /);
        const second = join(dir, `${source}-to-${target}-second.json`);
        const exported = await runCli(['export', second], { DATABASE_URL: fresh.url });
        expect(exported.code).toBe(0);
        expect(withoutExportedAt(readFileSync(second, 'utf8'))).toBe(
          withoutExportedAt(readFileSync(first, 'utf8')),
        );

        // The imported database serves the same picture: the organisation's name on the public page.
        const served = await createApp(
          { ...app.config, database: parseDatabaseUrl(fresh.url) },
          { quiet: true },
        );
        try {
          await served.listen(0, '127.0.0.1');
          const address = served.getHttpServer().address();
          const port = typeof address === 'object' && address ? address.port : 0;
          const response = await fetch(`http://127.0.0.1:${port}/api/v2/summary.json`);
          const summary = (await response.json()) as { page: { name: string } };
          expect(summary.page.name).toBe('Budo & Co');
        } finally {
          await served.close();
        }
      },
      120_000,
    );

    it('refuses to import into a database that holds anything, and changes nothing there', async () => {
      const result = await runCli(['import', first], {
        DATABASE_URL: databaseUrl(app.config.database),
      });
      expect(result.code).toBe(1);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
      expect(result.stderr).toMatch(
        /^lagebild: The database is not empty \(table \w+ holds \d+ rows\)/,
      );
    });
  });

  describe('refusals', () => {
    it('refuses an export of a newer format version, naming both versions', async () => {
      const newer = join(dir, 'newer.json');
      writeFileSync(
        newer,
        '{"format":"lagebild-export","version":2,"exportedAt":"2030-01-01T00:00:00.000Z","migrations":[],\n"tables":{\n}}\n',
      );
      const fresh = await emptyDatabase('sqlite', dir, 'newer');
      const result = await runCli(['import', newer], { DATABASE_URL: fresh.url });
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        'lagebild: The export has format version 2; this Lagebild reads version 1 and older: update Lagebild first\n',
      );
    });

    it('refuses a cut-off export and leaves the database empty', async () => {
      const source = await startTestApp('sqlite');
      try {
        await fillWithTheStory(source);
        const whole = join(dir, 'whole.json');
        await runCli(['export', whole], { DATABASE_URL: databaseUrl(source.config.database) });
        const lines = readFileSync(whole, 'utf8').split('\n');
        const cut = join(dir, 'cut.json');
        writeFileSync(cut, lines.slice(0, Math.floor(lines.length / 2)).join('\n'));
        const fresh = await emptyDatabase('sqlite', dir, 'cut');
        const result = await runCli(['import', cut], { DATABASE_URL: fresh.url });
        expect(result.code).toBe(1);
        expect(result.stderr).toMatch(/^lagebild: The export ends early after line \d+/);
        // Nothing half-written: the same file imports afterwards.
        const retry = await runCli(['import', whole], { DATABASE_URL: fresh.url });
        expect(retry).toMatchObject({ code: 0, stderr: '' });
      } finally {
        await source.close();
      }
    }, 120_000);

    it.each([
      [[], /^lagebild: usage: npm run lagebild -- /],
      [['export'], /^lagebild: export needs a FILE: usage: /],
      [['import', 'a', 'b'], /^lagebild: import takes one FILE, got 2 arguments: /],
      [['explode'], /^lagebild: Unknown command "explode": usage: /],
    ])('answers %j with one line and exit code 2', async (args, message) => {
      const result = await runCli(args, { DATABASE_URL: `sqlite:${join(dir, 'unused.sqlite')}` });
      expect(result.code).toBe(2);
      expect(result.stderr).toMatch(message);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });

    it('names a bad DATABASE_URL in one line', async () => {
      const result = await runCli(['export', join(dir, 'x.json')], {
        DATABASE_URL: 'mysql://nope',
      });
      expect(result.code).toBe(1);
      expect(result.stderr).toMatch(/^lagebild: Invalid configuration: DATABASE_URL /);
      expect(result.stderr.trim().split('\n')).toHaveLength(1);
    });
  });
});
