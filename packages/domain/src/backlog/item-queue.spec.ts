import fc from 'fast-check';
import { isItemOpenAt, type BacklogItem } from './backlog';
import { utcHourOf } from './forecast-from-aggregates';
import {
  aggregateItemQueue,
  compareQueueOrder,
  itemQueueOf,
  positionedItemsOfQueue,
  openItemsOfQueue,
  sameOpenItemsAt,
  sortedDoneMs,
  windowCountsOfQueue,
} from './item-queue';

const ASOF_MS = Date.parse('2026-11-23T10:20:00.000Z');

const itemsArbitrary = fc
  .array(
    fc.record({
      receivedMinutesBefore: fc.integer({ min: -30, max: 6 * 60 }),
      dueAfterMinutes: fc.option(fc.integer({ min: 0, max: 5 * 60 })),
      doneAfterMinutes: fc.option(fc.integer({ min: 0, max: 6 * 60 })),
    }),
    { maxLength: 60 },
  )
  .map((drafts) =>
    drafts.map((draft, index): BacklogItem => {
      const receivedMs = ASOF_MS - draft.receivedMinutesBefore * 60_000;
      return {
        externalRef: `r-${(index * 37) % 11}-${index}`,
        receivedAt: new Date(receivedMs),
        dueAt:
          draft.dueAfterMinutes === null
            ? null
            : new Date(receivedMs + draft.dueAfterMinutes * 60_000),
        doneAt:
          draft.doneAfterMinutes === null
            ? null
            : new Date(receivedMs + draft.doneAfterMinutes * 60_000),
      };
    }),
  );

describe('the item queue', () => {
  it('is the same whatever order the items come in', () => {
    fc.assert(
      fc.property(itemsArbitrary, (items) => {
        const reversed = itemQueueOf([...items].reverse());
        const forward = itemQueueOf(items);
        expect(Array.from(reversed.receivedMs)).toEqual(Array.from(forward.receivedMs));
        expect(Array.from(reversed.dueMs)).toEqual(Array.from(forward.dueMs));
        expect(Array.from(reversed.doneMs)).toEqual(Array.from(forward.doneMs));
      }),
    );
  });

  it('counts every open item once, in the bucket of its arrival and due hour', () => {
    fc.assert(
      fc.property(itemsArbitrary, (items) => {
        const asOf = new Date(ASOF_MS);
        const { openItems } = aggregateItemQueue(itemQueueOf(items), asOf, 3);
        const open = items.filter((item) => isItemOpenAt(item, asOf));
        expect(openItems.reduce((sum, bucket) => sum + bucket.count, 0)).toBe(open.length);
        for (const bucket of openItems) {
          const members = open.filter(
            (item) =>
              utcHourOf(item.receivedAt) === bucket.receivedHour &&
              (item.dueAt === null ? null : utcHourOf(item.dueAt)) === bucket.dueHour,
          );
          expect(bucket.count).toBe(members.length);
        }
      }),
    );
  });

  it('places each item of a cell by the open items of its hour queued before it', () => {
    fc.assert(
      fc.property(itemsArbitrary, (items) => {
        const asOf = new Date(ASOF_MS);
        const hours = [...new Set(items.map((item) => utcHourOf(item.receivedAt)))];
        const cells = hours.map((receivedHour) => ({
          receivedHour,
          dueFrom: '2026-11-23T00',
          dueTo: '2026-11-24T00',
          withoutDue: true,
        }));
        const placed = positionedItemsOfQueue(itemQueueOf(items), asOf, cells);
        const expected = hours.flatMap((hour) =>
          items
            .filter((item) => isItemOpenAt(item, asOf) && utcHourOf(item.receivedAt) === hour)
            .sort(compareQueueOrder)
            .map((item, index) => ({
              receivedAt: item.receivedAt.getTime(),
              dueAt: item.dueAt?.getTime() ?? null,
              positionInHour: index + 1,
            })),
        );
        const got = placed.map(({ item, positionInHour }) => ({
          receivedAt: item.receivedAt.getTime(),
          dueAt: item.dueAt?.getTime() ?? null,
          positionInHour,
        }));
        expect(got).toEqual(expected);
      }),
    );
  });
});

describe('sameOpenItemsAt', () => {
  it('holds exactly when no item arrived or was done in between, and then the buckets agree', () => {
    fc.assert(
      fc.property(
        itemsArbitrary,
        fc.integer({ min: -400, max: 400 }),
        fc.integer({ min: -400, max: 400 }),
        (items, firstMinutes, secondMinutes) => {
          const queue = itemQueueOf(items);
          const first = new Date(ASOF_MS + firstMinutes * 60_000);
          const second = new Date(ASOF_MS + secondMinutes * 60_000);
          const same = sameOpenItemsAt(queue, sortedDoneMs(queue), first, second);
          const [low, high] = [first.getTime(), second.getTime()].sort((a, b) => a - b);
          const eventBetween = items.some((item) =>
            [item.receivedAt, item.doneAt].some(
              (at) =>
                at !== null && at.getTime() > (low as number) && at.getTime() <= (high as number),
            ),
          );
          expect(same).toBe(!eventBetween);
          if (same) {
            expect(openItemsOfQueue(queue, first)).toEqual(openItemsOfQueue(queue, second));
          }
        },
      ),
    );
  });
});

describe('windowCountsOfQueue', () => {
  it('counts arrivals and completions per hour of the window like a pass over the items', () => {
    fc.assert(
      fc.property(itemsArbitrary, fc.integer({ min: 1, max: 8 }), (items, windowHours) => {
        const asOf = new Date(ASOF_MS);
        const queue = itemQueueOf(items);
        const windowStartMs = ASOF_MS - windowHours * 3_600_000;
        const perHour = (instants: (Date | null)[]) => {
          const counts = new Map<string, number>();
          for (const at of instants) {
            if (at === null || at.getTime() <= windowStartMs || at.getTime() > ASOF_MS) continue;
            counts.set(utcHourOf(at), (counts.get(utcHourOf(at)) ?? 0) + 1);
          }
          return [...counts]
            .sort(([a], [b]) => (a < b ? -1 : 1))
            .map(([hour, count]) => ({ hour, count }));
        };
        expect(windowCountsOfQueue(queue, sortedDoneMs(queue), asOf, windowHours)).toEqual({
          arrivalsPerHour: perHour(items.map((item) => item.receivedAt)),
          completionsPerHour: perHour(items.map((item) => item.doneAt)),
        });
      }),
    );
  });
});
