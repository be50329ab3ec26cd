import { DataSource } from 'typeorm';
import { BacklogsRepository } from '../src/backlogs/backlogs.repository';
import { describeEachDatabase, type TestApp } from './support/test-app';

const RESPONDER = { as: 'RESPONDER' as const };
const BASE = Date.parse('2026-11-23T07:00:00.000Z');
const MINUTE = 60_000;

const UPSERT = `mutation U($input: UpsertBacklogItemsInput!) {
  upsertBacklogItems(input: $input) { inserted updated unchanged replayed } }`;

/** A small deterministic generator, so a failure can be replayed. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state * 1_664_525 + 1_013_904_223) >>> 0;
    return state / 4_294_967_296;
  };
}

interface Row {
  received_hour: string;
  due_hour: string;
  done_hour: string;
  missed: string | number;
  count: string | number;
}

function normalised(rows: readonly Row[]) {
  return rows
    .map((row) => ({
      receivedHour: row.received_hour,
      dueHour: row.due_hour,
      doneHour: row.done_hour,
      missed: Number(row.missed),
      count: Number(row.count),
    }))
    .sort((left, right) =>
      JSON.stringify(left) < JSON.stringify(right)
        ? -1
        : JSON.stringify(left) > JSON.stringify(right)
          ? 1
          : 0,
    );
}

/** The groups as a fresh count over the items would give them (the migration's backfill). */
async function freshGroups(app: TestApp, backlogId: string) {
  const dataSource = app.app.get(DataSource);
  const [sql, values] = dataSource.driver.escapeQueryWithParameters(
    `SELECT received_hour, due_hour, done_hour, missed, COUNT(*) AS count FROM (
       SELECT substr(received_at, 1, 13) AS received_hour,
         COALESCE(substr(due_at, 1, 13), '') AS due_hour,
         COALESCE(substr(done_at, 1, 13), '') AS done_hour,
         CASE WHEN due_at IS NOT NULL AND (done_at IS NULL OR done_at > due_at) THEN 1 ELSE 0 END AS missed
       FROM backlog_items WHERE backlog_id = :backlogId) item
     GROUP BY received_hour, due_hour, done_hour, missed`,
    { backlogId },
    {},
  );
  return normalised((await dataSource.query(sql, values)) as Row[]);
}

async function storedGroups(app: TestApp, backlogId: string) {
  const dataSource = app.app.get(DataSource);
  const [sql, values] = dataSource.driver.escapeQueryWithParameters(
    `SELECT received_hour, due_hour, done_hour, missed, "count" AS count
     FROM backlog_item_groups WHERE backlog_id = :backlogId`,
    { backlogId },
    {},
  );
  return normalised((await dataSource.query(sql, values)) as Row[]);
}

/** Items and items not done, counted afresh. */
async function freshTotals(app: TestApp, backlogId: string) {
  const dataSource = app.app.get(DataSource);
  const [sql, values] = dataSource.driver.escapeQueryWithParameters(
    `SELECT COUNT(*) AS items, SUM(CASE WHEN done_at IS NULL THEN 1 ELSE 0 END) AS open
     FROM backlog_items WHERE backlog_id = :backlogId`,
    { backlogId },
    {},
  );
  const [row] = (await dataSource.query(sql, values)) as { items: unknown; open: unknown }[];
  return { items: Number(row?.items ?? 0), open: Number(row?.open ?? 0) };
}

/** The totals kept on the backlog's row. */
async function storedTotals(app: TestApp, backlogId: string) {
  const dataSource = app.app.get(DataSource);
  const [sql, values] = dataSource.driver.escapeQueryWithParameters(
    'SELECT item_count, open_item_count FROM backlogs WHERE id = :backlogId',
    { backlogId },
    {},
  );
  const [row] = (await dataSource.query(sql, values)) as {
    item_count: unknown;
    open_item_count: unknown;
  }[];
  return { items: Number(row?.item_count), open: Number(row?.open_item_count) };
}

describeEachDatabase('backlog item groups kept on write', (use) => {
  it('equal a fresh count of the items after random imports, updates and replays', async () => {
    const app = use();
    const { createBacklog } = await app.gqlOk<{ createBacklog: { id: string } }>(
      `mutation C($input: CreateBacklogInput!) { createBacklog(input: $input) { id } }`,
      {
        input: {
          key: 'groups',
          name: 'groups',
          unit: 'e-mail',
          promiseHours: 24,
          staff: 1,
          itemsPerStaffHour: 10,
        },
      },
      RESPONDER,
    );
    const next = random(4711);
    const minutes = (max: number) =>
      Math.floor(next() * max) * MINUTE + Math.floor(next() * 3) * 20_000;
    for (let call = 0; call < 12; call += 1) {
      const refs = new Set<number>();
      const count = 1 + Math.floor(next() * 40);
      while (refs.size < count) refs.add(Math.floor(next() * 60));
      const items = [...refs].map((ref) => {
        const receivedMs = BASE + minutes(8 * 60);
        const dueMs = next() < 0.2 ? null : receivedMs + minutes(6 * 60);
        const doneMs = next() < 0.5 ? null : receivedMs + minutes(6 * 60);
        return {
          externalRef: `mail-${ref}`,
          receivedAt: new Date(receivedMs).toISOString(),
          dueAt: dueMs === null ? null : new Date(dueMs).toISOString(),
          doneAt: doneMs === null ? null : new Date(doneMs).toISOString(),
        };
      });
      const input = { backlogKey: 'groups', idempotencyKey: `call-${call}`, items };
      await app.gqlOk(UPSERT, { input }, RESPONDER);
      // A retry of the same call changes nothing.
      if (call % 4 === 0) await app.gqlOk(UPSERT, { input }, RESPONDER);
      // Sending the same items again under a new key counts them as unchanged.
      if (call % 5 === 0) {
        await app.gqlOk(
          UPSERT,
          { input: { ...input, idempotencyKey: `again-${call}` } },
          RESPONDER,
        );
      }
      expect(await storedGroups(app, createBacklog.id)).toEqual(
        await freshGroups(app, createBacklog.id),
      );
      // The totals on the backlog's row, which its open count reads, agree as well.
      expect(await storedTotals(app, createBacklog.id)).toEqual(
        await freshTotals(app, createBacklog.id),
      );
    }
    const groups = await app.app.get(BacklogsRepository).itemGroups(createBacklog.id);
    expect(groups.reduce((sum, group) => sum + group.count, 0)).toBeLessThanOrEqual(60);
    expect(groups.every((group) => group.count > 0)).toBe(true);
  });
});
