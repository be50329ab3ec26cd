import { BacklogItemQueues } from '../src/backlogs/backlog-item-queues';
import { isBackgroundWork } from '../src/database/query-counter';
import { createWorkingCalendar, forecastForBacklog, type BacklogItem } from '@lagebild/domain';
import { describeEachDatabase, type TestApp } from './support/test-app';

const RESPONDER = { as: 'RESPONDER' as const };
const HOUR = 3_600_000;
const MINUTE = 60_000;
/** Monday 23 November 2026, 08:00 in Berlin. */
const AS_OF = Date.parse('2026-11-23T07:00:00.000Z');

const FORECAST = `query F($key: String!, $asOf: DateTime, $staff: Float) {
  backlog(key: $key) {
    forecast(asOf: $asOf, staff: $staff) {
      open arrivalRatePerHour arrivalRateSource clearsAt itemsMissingPromiseCount
      itemsMissingPromise(first: 3) { externalRef receivedAt dueAt expectedDoneAt overdue }
    }
  }
}`;

interface ForecastResult {
  backlog: {
    forecast: {
      open: number;
      arrivalRatePerHour: number;
      arrivalRateSource: string;
      clearsAt: string | null;
      itemsMissingPromiseCount: number;
      itemsMissingPromise: {
        externalRef: string;
        receivedAt: string;
        dueAt: string;
        expectedDoneAt: string | null;
        overdue: boolean;
      }[];
    };
  };
}

async function createBacklog(app: TestApp, key: string, staff: number): Promise<void> {
  await app.gqlOk(
    `mutation C($input: CreateBacklogInput!) { createBacklog(input: $input) { id } }`,
    {
      input: { key, name: key, unit: 'e-mail', promiseHours: 24, staff, itemsPerStaffHour: 10 },
    },
    RESPONDER,
  );
}

async function upsert(app: TestApp, key: string, items: readonly BacklogItem[]): Promise<void> {
  await app.gqlOk(
    `mutation U($input: UpsertBacklogItemsInput!) { upsertBacklogItems(input: $input) { inserted } }`,
    {
      input: {
        backlogKey: key,
        idempotencyKey: `${key}-${items.length}`,
        items: items.map((item) => ({
          externalRef: item.externalRef,
          receivedAt: item.receivedAt.toISOString(),
          dueAt: item.dueAt?.toISOString() ?? null,
          doneAt: item.doneAt?.toISOString() ?? null,
        })),
      },
    },
    RESPONDER,
  );
}

/** E-mails from Saturday 16:00 Berlin on, one a minute, none answered (at most 2,400 by asOf). */
function weekendMails(count: number): BacklogItem[] {
  return Array.from({ length: count }, (_, index) => ({
    externalRef: `weekend-${String(index).padStart(5, '0')}`,
    receivedAt: new Date(AS_OF - 40 * HOUR + index * MINUTE),
    dueAt: null,
    doneAt: null,
  }));
}

/** Forecasts read the queue kept in memory, or (when none may be kept) the SQL aggregates. */
const MODES = [
  { name: 'queues kept in memory', keptQueueItems: 4_000_000 },
  { name: 'SQL aggregates only', keptQueueItems: 0 },
];

for (const mode of MODES) {
  describeEachDatabase(
    `backlog forecasts from aggregates, ${mode.name}`,
    (use) => {
      it('counts and lists the items missing their promise like the item-level forecast', async () => {
        const app = use();
        await createBacklog(app, 'mixed', 1);
        const items: BacklogItem[] = [
          ...weekendMails(30),
          // Answered already: not open, but they count as arrivals of the last 72 hours.
          ...Array.from({ length: 12 }, (_, index) => ({
            externalRef: `answered-${index}`,
            receivedAt: new Date(AS_OF - 20 * HOUR + index * MINUTE),
            dueAt: null,
            doneAt: new Date(AS_OF - 19 * HOUR),
          })),
          // Monday morning, promised for this morning: whether each is late depends on its place
          // in the queue within the hour, and equal arrival times queue by ref.
          ...['c', 'a', 'b', 'e', 'd'].map((ref, index) => ({
            externalRef: `morning-${ref}`,
            receivedAt: new Date(AS_OF - 30 * MINUTE + (index < 3 ? 0 : index) * MINUTE),
            dueAt: new Date(AS_OF + 3 * HOUR + 5 * MINUTE + index * 3 * MINUTE),
            doneAt: null,
          })),
          // Arrives after asOf: not in this forecast.
          {
            externalRef: 'later',
            receivedAt: new Date(AS_OF + HOUR),
            dueAt: null,
            doneAt: null,
          },
        ];
        await upsert(app, 'mixed', items);

        const { backlog } = await app.gqlOk<ForecastResult>(FORECAST, {
          key: 'mixed',
          asOf: new Date(AS_OF).toISOString(),
        });
        const reference = forecastForBacklog(
          {
            key: 'mixed',
            name: 'mixed',
            unit: 'e-mail',
            incidentId: null,
            promiseHours: 24,
            capacity: { staff: 1, itemsPerStaffHour: 10 },
            arrivalRatePerHour: null,
            calendar: createWorkingCalendar({}),
            accepted: false,
          },
          { snapshots: [], items },
          { asOf: new Date(AS_OF) },
        );
        // 35 open at 10 an hour: the weekend's 30 are overdue; the morning's are done every 6
        // minutes from 11:06 Berlin in the order a, b, c, e, d and due 11:08, 11:11, 11:05, 11:14
        // and 11:17: all but 'morning-a' are late.
        expect(backlog.forecast.open).toBe(35);
        expect(backlog.forecast.arrivalRateSource).toBe('ITEMS');
        expect(backlog.forecast.arrivalRatePerHour).toBeCloseTo(47 / 72, 12);
        expect(backlog.forecast.itemsMissingPromiseCount).toBe(
          reference.itemsMissingPromise.length,
        );
        expect(backlog.forecast.itemsMissingPromiseCount).toBe(34);
        expect(backlog.forecast.itemsMissingPromise).toEqual(
          reference.itemsMissingPromise.slice(0, 3).map((item) => ({
            externalRef: item.externalRef,
            receivedAt: item.receivedAt.toISOString(),
            dueAt: item.dueAt.toISOString(),
            expectedDoneAt: item.expectedDoneAt?.toISOString() ?? null,
            overdue: item.overdue,
          })),
        );
        expect(backlog.forecast.itemsMissingPromise.map((item) => item.externalRef)).toEqual([
          'weekend-00000',
          'weekend-00001',
          'weekend-00002',
        ]);
        expect(backlog.forecast.clearsAt).toBe(reference.clearsAt?.toISOString());

        // With 30 people the morning's are all in time; the list skips to what is late.
        const { backlog: whatIf } = await app.gqlOk<ForecastResult>(FORECAST, {
          key: 'mixed',
          asOf: new Date(AS_OF).toISOString(),
          staff: 30,
        });
        expect(whatIf.forecast.itemsMissingPromiseCount).toBe(30);
      });

      it('reads no item rows for the forecast, and only the listed rows for its first page', async () => {
        const app = use();
        await createBacklog(app, 'small', 2);
        await upsert(app, 'small', weekendMails(20));
        await createBacklog(app, 'large', 2);
        await upsert(app, 'large', weekendMails(2000));

        const statementsFor = async (key: string) => {
          const seen: string[] = [];
          const original = app.queries.logQuery.bind(app.queries);
          app.queries.logQuery = (sql: string, ...rest: unknown[]) => {
            // A kept picture recomputing meanwhile (after the upserts, or the minute tick) is not
            // the forecast's work.
            if (!isBackgroundWork()) seen.push(sql);
            original(sql, ...(rest as []));
          };
          const result = await app.gqlOk<ForecastResult>(FORECAST, {
            key,
            asOf: new Date(AS_OF).toISOString(),
          });
          app.queries.logQuery = original;
          return { result, seen };
        };

        // The first forecasts sign in and, with kept queues, read each queue once.
        await statementsFor('small');
        await statementsFor('large');
        const small = await statementsFor('small');
        const large = await statementsFor('large');
        expect(large.result.backlog.forecast.itemsMissingPromiseCount).toBe(2000);
        expect(large.result.backlog.forecast.itemsMissingPromise).toHaveLength(3);
        expect(large.seen).toHaveLength(small.seen.length);

        // Only one statement returns item rows (only they name the ref), limited to the page.
        const itemRowReads = large.seen.filter((sql) => sql.includes('external_ref'));
        expect(itemRowReads).toHaveLength(1);
        expect(itemRowReads[0]).toMatch(/LIMIT 3\b/);

        // A list of backlogs reads the pages of all of them in that one statement.
        const LIST = `{ backlogs { key forecast(asOf: "${new Date(AS_OF).toISOString()}") {
      itemsMissingPromise(first: 2) { externalRef } } } }`;
        app.queries.reset();
        const listed = await app.gqlOk<{
          backlogs: { key: string; forecast: { itemsMissingPromise: { externalRef: string }[] } }[];
        }>(LIST);
        const withThree = app.queries.statements;
        expect(listed.backlogs.map((entry) => entry.forecast.itemsMissingPromise.length)).toEqual([
          2, 2, 2,
        ]);
        await createBacklog(app, 'another', 1);
        await upsert(app, 'another', weekendMails(50));
        await app.gqlOk(LIST); // reads the new backlog's queue once
        app.queries.reset();
        await app.gqlOk(LIST);
        expect(app.queries.statements).toBe(withThree);
      });

      it('answers the next forecast after an item write with that write', async () => {
        const app = use();
        await createBacklog(app, 'fresh', 1);
        await upsert(app, 'fresh', weekendMails(10));
        const asOf = new Date(AS_OF).toISOString();
        const queues = app.app.get(BacklogItemQueues);
        const before = await app.gqlOk<ForecastResult>(FORECAST, { key: 'fresh', asOf });
        expect(before.backlog.forecast.open).toBe(10);
        const keptBefore = queues.keptItems;

        // Two answered, one new: the kept queue, if any, is outdated by the write.
        await app.gqlOk(
          `mutation U($input: UpsertBacklogItemsInput!) { upsertBacklogItems(input: $input) { updated } }`,
          {
            input: {
              backlogKey: 'fresh',
              idempotencyKey: 'fresh-answers',
              items: [
                ...weekendMails(2).map((item) => ({
                  externalRef: item.externalRef,
                  receivedAt: item.receivedAt.toISOString(),
                  doneAt: new Date(AS_OF - HOUR).toISOString(),
                })),
                { externalRef: 'fresh-new', receivedAt: new Date(AS_OF - MINUTE).toISOString() },
              ],
            },
          },
          RESPONDER,
        );
        const after = await app.gqlOk<ForecastResult>(FORECAST, { key: 'fresh', asOf });
        expect(after.backlog.forecast.open).toBe(9);
        expect(after.backlog.forecast.itemsMissingPromise[0]?.externalRef).toBe('weekend-00002');
        // With kept queues, the outdated one was replaced by one of 11 items.
        expect(queues.keptItems - keptBefore).toBe(mode.keptQueueItems > 0 ? 1 : 0);
      });
    },
    { keptQueueItems: mode.keptQueueItems },
  );
}
