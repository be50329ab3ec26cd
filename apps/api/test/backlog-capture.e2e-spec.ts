import { DateTime } from 'luxon';
import { describeEachDatabase, type TestApp } from './support/test-app';

/*
 * Offline capture: work written on paper while the systems were down comes back as a CSV
 * upload of items or counts, checked with problems by line, all or nothing, and idempotent.
 */

const IMPORT = `mutation I($input: ImportBacklogCaptureInput!) {
  importBacklogCapture(input: $input) {
    kind dryRun rows created updated unchanged replayed errorCount
    errors { line column code params message }
    backlog { key open itemCount }
  }
}`;

interface ImportResult {
  kind: string;
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  replayed: boolean;
  errorCount: number;
  errors: { line: number; column: string | null; code: string; params: Record<string, unknown> }[];
  backlog: { key: string; open: number; itemCount: number };
}

const BERLIN = 'Europe/Berlin';

/** A moment `hoursAgo` before now as a person in Berlin types it: `26.11.2026 14:30`. */
function typed(hoursAgo: number): string {
  return DateTime.now()
    .minus({ hours: hoursAgo })
    .setZone(BERLIN)
    .startOf('minute')
    .toFormat('dd.MM.yyyy HH:mm');
}

function instant(hoursAgo: number): string {
  return DateTime.now()
    .minus({ hours: hoursAgo })
    .setZone(BERLIN)
    .startOf('minute')
    .toUTC()
    .toISO() as string;
}

async function importCapture(
  app: TestApp,
  input: Record<string, unknown>,
  as: 'RESPONDER' | 'VIEWER' = 'RESPONDER',
) {
  return app.gql<{ importBacklogCapture: ImportResult }>(IMPORT, { input }, { as });
}

async function importOk(app: TestApp, input: Record<string, unknown>): Promise<ImportResult> {
  return (
    await app.gqlOk<{ importBacklogCapture: ImportResult }>(IMPORT, { input }, { as: 'RESPONDER' })
  ).importBacklogCapture;
}

async function itemsOf(app: TestApp, key: string) {
  return (
    await app.gqlOk<{ backlog: { open: number; itemCount: number } }>(
      `query B($key: String!) { backlog(key: $key) { open itemCount } }`,
      { key },
    )
  ).backlog;
}

async function snapshotsOf(app: TestApp, key: string) {
  return (
    await app.gqlOk<{ backlog: { open: number; snapshots: { at: string; open: number }[] } }>(
      `query B($key: String!) { backlog(key: $key) { open snapshots { at open } } }`,
      { key },
    )
  ).backlog;
}

describeEachDatabase('offline capture of a backlog', (use) => {
  beforeAll(async () => {
    const app = use();
    const { settings } = await app.gqlOk<{ settings: { version: number } }>(
      `{ settings { version } }`,
    );
    await app.gqlOk(
      `mutation S($input: UpdateSettingsInput!) { updateSettings(input: $input) { timeZone } }`,
      { input: { version: settings.version, timeZone: BERLIN } },
    );
    for (const key of ['paper-orders', 'paper-mails']) {
      await app.gqlOk(
        `mutation C($input: CreateBacklogInput!) { createBacklog(input: $input) { key } }`,
        { input: { key, name: key, unit: 'order', promiseHours: 48 } },
      );
    }
  });

  it('lists problems by line, writes nothing until the file is right, then imports it once', async () => {
    const app = use();
    const broken = [
      '\uFEFFReferenz;Eingegangen;Fällig;Erledigt',
      `"B-1;Tel";${typed(30)};;`,
      `B-2;gestern früh;;`,
      `B-1;Tel;${typed(20)};;`,
      `B-3;${typed(10)};${typed(12)};`,
    ].join('\r\n');

    const preview = await importOk(app, {
      backlogKey: 'paper-orders',
      kind: 'ITEMS',
      csv: broken,
      dryRun: true,
    });
    expect(preview).toMatchObject({ dryRun: true, rows: 4, created: 0, errorCount: 4 });
    expect(preview.errors.map(({ line, column, code }) => ({ line, column, code }))).toEqual([
      { line: 3, column: 'receivedAt', code: 'DATE_FORMAT' },
      { line: 4, column: null, code: 'FIELD_COUNT' },
      { line: 4, column: 'receivedAt', code: 'DATE_FORMAT' },
      { line: 5, column: 'dueAt', code: 'BEFORE_RECEIVED_AT' },
    ]);
    expect(preview.errors[0]?.params).toMatchObject({ value: 'gestern früh' });

    const refused = await importCapture(app, {
      backlogKey: 'paper-orders',
      kind: 'ITEMS',
      csv: broken,
    });
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.errors?.[0]?.extensions?.issues).toEqual([
      expect.objectContaining({
        field: 'csv',
        code: 'DATE_FORMAT',
        params: expect.objectContaining({ line: 3, column: 'receivedAt' }),
      }),
      expect.objectContaining({
        code: 'FIELD_COUNT',
        params: expect.objectContaining({ line: 4 }),
      }),
      expect.objectContaining({
        code: 'DATE_FORMAT',
        params: expect.objectContaining({ line: 4 }),
      }),
      expect.objectContaining({ code: 'BEFORE_RECEIVED_AT' }),
    ]);
    expect(await itemsOf(app, 'paper-orders')).toEqual({ open: 0, itemCount: 0 });

    const fixed = [
      'Referenz;Eingegangen;Fällig;Erledigt',
      `"B-1;Tel";${typed(30)};;`,
      `B-2;${typed(29)};;${typed(2)}`,
      `B-3;${typed(10)};${typed(-12)};`,
    ].join('\r\n');
    const dryRun = await importOk(app, {
      backlogKey: 'paper-orders',
      kind: 'ITEMS',
      csv: fixed,
      dryRun: true,
    });
    expect(dryRun).toMatchObject({ rows: 3, created: 3, updated: 0, unchanged: 0, errors: [] });
    expect(await itemsOf(app, 'paper-orders')).toEqual({ open: 0, itemCount: 0 });

    const imported = await importOk(app, { backlogKey: 'paper-orders', kind: 'ITEMS', csv: fixed });
    expect(imported).toMatchObject({
      kind: 'ITEMS',
      dryRun: false,
      rows: 3,
      created: 3,
      updated: 0,
      unchanged: 0,
      errorCount: 0,
      replayed: false,
      backlog: { key: 'paper-orders', open: 2, itemCount: 3 },
    });

    const again = await importOk(app, { backlogKey: 'paper-orders', kind: 'ITEMS', csv: fixed });
    expect(again).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    expect(await itemsOf(app, 'paper-orders')).toEqual({ open: 2, itemCount: 3 });

    // B-1 was answered after all: one row changes, the rest stays as it was.
    const answered = fixed.replace(
      `"B-1;Tel";${typed(30)};;`,
      `"B-1;Tel";${typed(30)};;${typed(1)}`,
    );
    const update = await importOk(app, {
      backlogKey: 'paper-orders',
      kind: 'ITEMS',
      csv: answered,
      idempotencyKey: 'paper-orders-sheet-2',
    });
    expect(update).toMatchObject({ created: 0, updated: 1, unchanged: 2, replayed: false });
    const replay = await importOk(app, {
      backlogKey: 'paper-orders',
      kind: 'ITEMS',
      csv: answered,
      idempotencyKey: 'paper-orders-sheet-2',
    });
    expect(replay).toMatchObject({ created: 0, updated: 1, unchanged: 2, replayed: true });
    expect(await itemsOf(app, 'paper-orders')).toEqual({ open: 1, itemCount: 3 });

    const audit = await app.gqlOk<{ auditLog: { action: string }[] }>(
      `{ auditLog(entity: "Backlog", limit: 100) { action } }`,
    );
    expect(audit.auditLog.filter((entry) => entry.action === 'importBacklogCapture')).toHaveLength(
      3,
    );
  });

  it('imports counts keyed by their moment: the same file twice changes nothing', async () => {
    const app = use();
    const counts = ['at,open', `${instant(6)},"3,500"`, `${typed(3)},3120`].join('\n');
    const first = await importOk(app, { backlogKey: 'paper-mails', kind: 'COUNTS', csv: counts });
    expect(first).toMatchObject({ kind: 'COUNTS', rows: 2, created: 2, updated: 0, unchanged: 0 });
    expect(await snapshotsOf(app, 'paper-mails')).toEqual({
      open: 3120,
      snapshots: [
        { at: instant(6), open: 3500 },
        { at: instant(3), open: 3120 },
      ],
    });

    const second = await importOk(app, { backlogKey: 'paper-mails', kind: 'COUNTS', csv: counts });
    expect(second).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect((await snapshotsOf(app, 'paper-mails')).snapshots).toHaveLength(2);

    const corrected = ['Zeitpunkt;Offen', `${typed(3)};3100`, `${typed(1)};2900`].join('\n');
    const third = await importOk(app, {
      backlogKey: 'paper-mails',
      kind: 'COUNTS',
      csv: corrected,
    });
    expect(third).toMatchObject({ created: 1, updated: 1, unchanged: 0 });
    const after = await snapshotsOf(app, 'paper-mails');
    expect(after.open).toBe(2900);
    expect(after.snapshots.filter((snapshot) => snapshot.at === instant(3)).at(-1)?.open).toBe(
      3100,
    );
    const rerun = await importOk(app, {
      backlogKey: 'paper-mails',
      kind: 'COUNTS',
      csv: corrected,
    });
    expect(rerun).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
  });

  it('refuses a viewer, an unknown backlog and unreadable CSV, writing nothing', async () => {
    const app = use();
    const csv = ['ref,receivedAt', `V-1,${typed(1)}`].join('\n');
    const asViewer = await importCapture(
      app,
      { backlogKey: 'paper-orders', kind: 'ITEMS', csv },
      'VIEWER',
    );
    expect(asViewer.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const viewerDryRun = await importCapture(
      app,
      { backlogKey: 'paper-orders', kind: 'ITEMS', csv, dryRun: true },
      'VIEWER',
    );
    expect(viewerDryRun.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await itemsOf(app, 'paper-orders')).itemCount).toBe(3);

    const unknown = await importCapture(app, { backlogKey: 'nope', kind: 'ITEMS', csv });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');

    const unclosed = await importOk(app, {
      backlogKey: 'paper-orders',
      kind: 'ITEMS',
      csv: ['ref;receivedAt', `V-1;${typed(1)}`, `"V-2;${typed(1)}`].join('\n'),
      dryRun: true,
    });
    expect(unclosed.errors).toEqual([
      expect.objectContaining({ line: 3, column: null, code: 'CSV_SYNTAX' }),
    ]);

    const wrongKind = await importCapture(app, { backlogKey: 'paper-orders', kind: 'COUNTS', csv });
    expect(wrongKind.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await itemsOf(app, 'paper-orders')).itemCount).toBe(3);
  });
});
