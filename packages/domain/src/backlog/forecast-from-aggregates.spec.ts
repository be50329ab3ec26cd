import fc from 'fast-check';
import { createWorkingCalendar } from '../calendar/working-calendar';
import { isItemOpenAt, type Backlog, type BacklogItem } from './backlog';
import {
  aggregateItemHistory,
  forecastFromAggregates,
  itemsMissingPromisePage,
  missingPromisePagePlan,
  cellsNeedingItems,
  positionedItemsOfCells,
  utcHourOf,
  type BacklogHistoryAggregates,
} from './forecast-from-aggregates';
import { forecastForBacklog, type BacklogForecastRequest } from './forecast-for-backlog';

const HOUR = 3_600_000;
/** Monday 23 November 2026, 08:00 in Berlin. */
const MONDAY_8_BERLIN = Date.parse('2026-11-23T07:00:00.000Z');
const calendar = createWorkingCalendar({});

function backlogWith(overrides: Partial<Backlog> = {}): Backlog {
  return {
    key: 'mails',
    name: 'E-mails',
    unit: 'e-mail',
    incidentId: null,
    promiseHours: 24,
    capacity: { staff: 1, itemsPerStaffHour: 10 },
    arrivalRatePerHour: null,
    calendar,
    accepted: false,
    ...overrides,
  };
}

function queueOrder(left: BacklogItem, right: BacklogItem): number {
  return (
    left.receivedAt.getTime() - right.receivedAt.getTime() ||
    (left.externalRef < right.externalRef ? -1 : left.externalRef > right.externalRef ? 1 : 0)
  );
}

/** What the API does: aggregates, then the open items of the cells they cannot settle. */
function aggregatesOf(
  backlog: Backlog,
  items: readonly BacklogItem[],
  request: BacklogForecastRequest,
): BacklogHistoryAggregates {
  const aggregates = { ...aggregateItemHistory(items, request.asOf), snapshots: [] };
  const cells = cellsNeedingItems(backlog, aggregates, request);
  return {
    ...aggregates,
    openItemsOfCells: { cells, items: positionedItemsOfCells(items, request.asOf, cells) },
  };
}

/** What the API reads for a page: open items of the planned hours, in queue order, limited. */
function pageOf(
  backlog: Backlog,
  items: readonly BacklogItem[],
  request: BacklogForecastRequest,
  first: number,
) {
  const aggregates = aggregatesOf(backlog, items, request);
  const forecast = forecastFromAggregates(backlog, aggregates, request);
  const plan = missingPromisePagePlan(forecast, first);
  const hours = new Set(plan.hours);
  const rows = items
    .filter((item) => isItemOpenAt(item, request.asOf) && hours.has(utcHourOf(item.receivedAt)))
    .sort(queueOrder)
    .slice(0, plan.limit);
  return { plan, page: itemsMissingPromisePage(backlog, forecast, request, rows, first) };
}

const itemsArbitrary = (asOfMs: number) =>
  fc
    .array(
      fc.record({
        // Few distinct minutes make ties in arrival time (then the ref decides the order).
        receivedMinutesBefore: fc.oneof(
          fc.integer({ min: -120, max: 100 * 60 }),
          // Crowded recent hours, where done and due times cross inside an hour.
          fc.integer({ min: 0, max: 240 }),
          fc.constantFrom(0, 30, 61, 600),
        ),
        receivedSecond: fc.integer({ min: 0, max: 59_999 }),
        dueAfterMinutes: fc.option(
          fc.oneof(fc.integer({ min: 0, max: 80 * 60 }), fc.integer({ min: 0, max: 300 })),
          { freq: 2 },
        ),
        doneAfterMinutes: fc.option(fc.integer({ min: 0, max: 120 * 60 }), { freq: 2 }),
      }),
      { maxLength: 80 },
    )
    .map((drafts) =>
      drafts.map((draft, index): BacklogItem => {
        const receivedMs =
          asOfMs - draft.receivedMinutesBefore * 60_000 - (draft.receivedSecond % 3) * 20_000;
        return {
          // Refs whose text order differs from their number order.
          externalRef: `ref-${(index * 7919) % 101}-${index}`,
          receivedAt: new Date(receivedMs),
          dueAt:
            draft.dueAfterMinutes === null
              ? null
              : new Date(receivedMs + draft.dueAfterMinutes * 60_000 + draft.receivedSecond),
          doneAt:
            draft.doneAfterMinutes === null
              ? null
              : new Date(receivedMs + draft.doneAfterMinutes * 60_000),
        };
      }),
    );

const scenario = fc
  .record({
    asOfMs: fc.integer({ min: 0, max: 14 * 24 * 60 }).map((m) => MONDAY_8_BERLIN + m * 60_000),
    promiseHours: fc.option(
      fc.oneof(fc.integer({ min: 0, max: 48 }), fc.double({ min: 0, max: 48, noNaN: true })),
    ),
    staff: fc.constantFrom(0, 0.5, 1, 2, 3),
    itemsPerStaffHour: fc.constantFrom(0, 0.7, 1, 4, 10, 30),
    arrivalRatePerHour: fc.option(fc.constantFrom(0, 0.5, 3, 40)),
    whatIfStaff: fc.option(fc.constantFrom(0, 1, 5)),
    first: fc.integer({ min: 0, max: 12 }),
  })
  .chain((settings) => itemsArbitrary(settings.asOfMs).map((items) => ({ ...settings, items })));

describe('forecastFromAggregates', () => {
  it('equals the item-level forecast: clear time, rate, late items and their first page', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const backlog = backlogWith({
          promiseHours: s.promiseHours,
          capacity: { staff: s.staff, itemsPerStaffHour: s.itemsPerStaffHour },
          arrivalRatePerHour: s.arrivalRatePerHour,
        });
        const request = { asOf: new Date(s.asOfMs), staff: s.whatIfStaff };
        const reference = forecastForBacklog(backlog, { snapshots: [], items: s.items }, request);
        const aggregated = forecastFromAggregates(
          backlog,
          aggregatesOf(backlog, s.items, request),
          request,
        );

        const { itemsMissingPromise, ...referenceRest } = reference;
        const { itemsMissingPromiseCount, queue: _queue, ...aggregatedRest } = aggregated;
        expect(aggregatedRest).toEqual(referenceRest);
        // Without any item nothing is known about due times.
        expect(itemsMissingPromiseCount).toBe(
          s.items.length === 0 ? null : itemsMissingPromise.length,
        );
        expect(pageOf(backlog, s.items, request, s.first).page).toEqual(
          itemsMissingPromise.slice(0, s.first),
        );
      }),
      { numRuns: 300 },
    );
  });

  it('settles whole hours from the buckets and reads only the late rows it lists', () => {
    // 180 e-mails, one a minute on Saturday, and 120 on Monday morning, promised within 24 h.
    const asOf = new Date(MONDAY_8_BERLIN);
    const items: BacklogItem[] = Array.from({ length: 300 }, (_, index) => ({
      externalRef: `mail-${index}`,
      receivedAt: new Date(
        MONDAY_8_BERLIN - (index < 180 ? 40 * HOUR : 2 * HOUR + 180 * 60_000) + index * 60_000,
      ),
      dueAt: null,
      doneAt: null,
    }));
    const backlog = backlogWith({ capacity: { staff: 10, itemsPerStaffHour: 10 } });
    const request = { asOf };
    const aggregates = aggregatesOf(backlog, items, request);
    expect(aggregates.openItems).toHaveLength(5);
    // Saturday's three hours are overdue already; at 100 an hour Monday's two are done by
    // 10:00, long before Tuesday: no hour needs its rows.
    expect(aggregates.openItemsOfCells?.cells).toEqual([]);
    const forecast = forecastFromAggregates(backlog, aggregates, request);
    expect(forecast.open).toBe(300);
    expect(forecast.itemsMissingPromiseCount).toBe(180);
    expect(forecast.itemsMissingPromiseCount).toBe(
      forecastForBacklog(backlog, { snapshots: [], items }, request).itemsMissingPromise.length,
    );
    const { plan, page } = pageOf(backlog, items, request, 3);
    expect(plan.limit).toBe(3);
    expect(page.map((item) => item.externalRef)).toEqual(['mail-0', 'mail-1', 'mail-2']);
    expect(page.every((item) => item.overdue)).toBe(true);
  });

  it('refuses to guess an hour whose order decides, when its items were not read', () => {
    const asOf = new Date(MONDAY_8_BERLIN);
    // Due at asOf + 6 min and + 18 min in one hour; the team finishes one every 6 minutes.
    const items: BacklogItem[] = [
      {
        externalRef: 'a',
        receivedAt: asOf,
        dueAt: new Date(asOf.getTime() + 7 * 60_000),
        doneAt: null,
      },
      {
        externalRef: 'b',
        receivedAt: asOf,
        dueAt: new Date(asOf.getTime() + 9 * 60_000),
        doneAt: null,
      },
    ];
    const backlog = backlogWith({ arrivalRatePerHour: 0 });
    const aggregates = { ...aggregateItemHistory(items, asOf), snapshots: [] };
    const hour = utcHourOf(asOf);
    expect(cellsNeedingItems(backlog, aggregates, { asOf })).toEqual([
      { receivedHour: hour, dueFrom: hour, dueTo: hour, withoutDue: false },
    ]);
    expect(() => forecastFromAggregates(backlog, aggregates, { asOf })).toThrow(/needs its items/);
    const forecast = forecastFromAggregates(backlog, aggregatesOf(backlog, items, { asOf }), {
      asOf,
    });
    // a is done at +6 min (in time), b at +12 min (3 minutes late).
    expect(forecast.itemsMissingPromiseCount).toBe(1);
    expect(pageOf(backlog, items, { asOf }, 5).page.map((item) => item.externalRef)).toEqual(['b']);
  });

  it('uses the snapshots of a backlog without items, and does not claim to know who misses the promise', () => {
    const asOf = new Date(MONDAY_8_BERLIN);
    const snapshots = [
      { at: new Date(asOf.getTime() - 10 * HOUR), open: 40 },
      { at: new Date(asOf.getTime() - 2 * HOUR), open: 70 },
    ];
    const backlog = backlogWith();
    const aggregated = forecastFromAggregates(
      backlog,
      { ...aggregateItemHistory([], asOf), snapshots },
      { asOf },
    );
    const { itemsMissingPromise: _list, ...reference } = forecastForBacklog(
      backlog,
      { snapshots, items: [] },
      { asOf },
    );
    expect(aggregated).toMatchObject(reference);
    // Counts alone say nothing about due times: unknown, not "0 will miss their promise".
    expect(aggregated.itemsMissingPromiseCount).toBeNull();
    expect(aggregated.arrivalRateSource).toBe('SNAPSHOTS');
  });
});
