import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCli, databaseUrl, runCli } from './support/cli';
import {
  createEmptyPostgresDatabase,
  describeEachDatabase,
  type TestApp,
} from './support/test-app';

const dir = mkdtempSync(join(tmpdir(), 'lagebild-backup-'));
const drops: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const drop of drops) await drop();
  rmSync(dir, { recursive: true, force: true });
});

const withoutExportedAt = (text: string): string =>
  text.replace(/"exportedAt":"[^"]+"/, '"exportedAt":""');

async function exportOf(url: string, name: string): Promise<string> {
  const file = join(dir, `${name}.json`);
  const result = await runCli(['export', file], { DATABASE_URL: url });
  expect(result).toMatchObject({ code: 0, stderr: '' });
  return withoutExportedAt(readFileSync(file, 'utf8'));
}

async function fill(app: TestApp): Promise<void> {
  await app.gqlOk(
    `mutation C($input: CreateServiceInput!) { createService(input: $input) { key } }`,
    {
      input: { key: 'order-database', name: 'Order DB', tier: 1, rtoMinutes: 240, rpoMinutes: 60 },
    },
  );
  const { settings } = await app.gqlOk<{ settings: { version: number } }>(
    `{ settings { version } }`,
  );
  await app.gqlOk(
    `mutation S($input: UpdateSettingsInput!) { updateSettings(input: $input) { version } }`,
    { input: { version: settings.version, organisationName: 'Budo & Co' } },
  );
}

describeEachDatabase('npm run lagebild -- backup / restore', (use, database) => {
  let backup: string;
  let original: string;
  beforeAll(async () => {
    buildCli();
    await fill(use());
    backup = join(dir, `${database}.backup`);
    original = await exportOf(databaseUrl(use().config.database), `${database}-original`);
  }, 180_000);

  it('backs up the running database and checks the copy after writing', async () => {
    const result = await runCli(['backup', backup], {
      DATABASE_URL: databaseUrl(use().config.database),
    });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(
      database === 'sqlite'
        ? /^Backed up .+ to .+ \(checked: integrity ok, \d+ tables\)\n$/
        : /^Backed up the database to .+ \(checked: \d+ rows of \d+ tables read back\)\n$/,
    );
  });

  it('never overwrites an existing backup', async () => {
    const result = await runCli(['backup', backup], {
      DATABASE_URL: databaseUrl(use().config.database),
    });
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `lagebild: ${backup} exists already: a backup never overwrites one\n`,
    );
  });

  it('restores the backup into a new database holding exactly what was backed up', async () => {
    let url: string;
    if (database === 'sqlite') {
      url = `sqlite:${join(dir, 'restored.sqlite')}`;
    } else {
      const empty = await createEmptyPostgresDatabase();
      drops.push(empty.drop);
      url = empty.url;
    }
    const result = await runCli(['restore', backup], { DATABASE_URL: url });
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Restored /);
    expect(await exportOf(url, `${database}-restored`)).toBe(original);
  }, 120_000);

  if (database === 'sqlite') {
    it('restores a SQLite backup into PostgreSQL, and refuses to restore over an existing file', async () => {
      const empty = await createEmptyPostgresDatabase();
      drops.push(empty.drop);
      const result = await runCli(['restore', backup], { DATABASE_URL: empty.url });
      expect(result).toMatchObject({ code: 0, stderr: '' });
      expect(await exportOf(empty.url, 'sqlite-to-postgres')).toBe(original);

      const existing = databaseUrl(use().config.database);
      const refused = await runCli(['restore', backup], { DATABASE_URL: existing });
      expect(refused.code).toBe(1);
      expect(refused.stderr).toMatch(/exists: restore into a new database file/);
    }, 120_000);
  }
});
