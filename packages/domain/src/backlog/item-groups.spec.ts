import fc from 'fast-check';
import { type BacklogItem } from './backlog';
import {
  applyItemGroupChanges,
  groupItems,
  itemCountChange,
  itemGroupChanges,
  itemGroupOf,
  type BacklogItemGroup,
} from './item-groups';

const BASE = Date.parse('2026-11-23T07:00:00.000Z');
const MINUTE = 60_000;

function sorted(groups: readonly BacklogItemGroup[]): BacklogItemGroup[] {
  const key = (group: BacklogItemGroup) =>
    `${group.receivedHour}|${group.dueHour ?? ''}|${group.doneHour ?? ''}|${group.missed}`;
  return [...groups].sort((left, right) => (key(left) < key(right) ? -1 : 1));
}

/** A write of some refs of a small pool, so later writes often change earlier items. */
const writeArbitrary = fc.array(
  fc.record({
    ref: fc.integer({ min: 0, max: 15 }),
    receivedMinutes: fc.integer({ min: 0, max: 6 * 60 }),
    dueAfterMinutes: fc.option(fc.integer({ min: 0, max: 3 * 60 }), { freq: 3 }),
    doneAfterMinutes: fc.option(fc.integer({ min: 0, max: 3 * 60 }), { freq: 2 }),
  }),
  { maxLength: 12 },
);

type WriteDraft = ReturnType<typeof writeArbitrary.generate>['value'][number];

function itemOf(draft: WriteDraft): BacklogItem {
  const receivedMs = BASE + draft.receivedMinutes * MINUTE;
  return {
    externalRef: `ref-${draft.ref}`,
    receivedAt: new Date(receivedMs),
    dueAt:
      draft.dueAfterMinutes === null ? null : new Date(receivedMs + draft.dueAfterMinutes * MINUTE),
    doneAt:
      draft.doneAfterMinutes === null
        ? null
        : new Date(receivedMs + draft.doneAfterMinutes * MINUTE),
  };
}

describe('backlog item groups', () => {
  it('kept up by changes per write equal a fresh count of the items after any writes', () => {
    fc.assert(
      fc.property(fc.array(writeArbitrary, { maxLength: 8 }), (writes) => {
        const stored = new Map<string, BacklogItem>();
        let groups: BacklogItemGroup[] = [];
        for (const write of writes) {
          // Within one write the last version of a ref wins, as the upsert does.
          const latest = new Map(write.map((draft) => [`ref-${draft.ref}`, itemOf(draft)]));
          const changes = itemGroupChanges(
            [...latest.values()].map((after) => ({
              before: stored.get(after.externalRef) ?? null,
              after,
            })),
          );
          groups = applyItemGroupChanges(groups, changes);
          for (const item of latest.values()) stored.set(item.externalRef, item);
        }
        expect(sorted(groups)).toEqual(sorted(groupItems([...stored.values()])));
        expect(groups.every((group) => group.count > 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('counts an item by its hours and whether its promise is missed', () => {
    const receivedAt = new Date('2026-11-23T07:59:59.999Z');
    expect(
      itemGroupOf({
        externalRef: 'a',
        receivedAt,
        dueAt: new Date('2026-11-23T09:00:00.000Z'),
        doneAt: new Date('2026-11-23T09:00:00.001Z'),
      }),
    ).toEqual({
      receivedHour: '2026-11-23T07',
      dueHour: '2026-11-23T09',
      doneHour: '2026-11-23T09',
      missed: true,
    });
    expect(itemGroupOf({ externalRef: 'b', receivedAt, dueAt: null, doneAt: null })).toEqual({
      receivedHour: '2026-11-23T07',
      dueHour: null,
      doneHour: null,
      missed: false,
    });
    // Done exactly at the due time keeps the promise; an open item with a due time has not.
    const dueAt = new Date('2026-11-23T09:00:00.000Z');
    expect(itemGroupOf({ externalRef: 'c', receivedAt, dueAt, doneAt: dueAt }).missed).toBe(false);
    expect(itemGroupOf({ externalRef: 'd', receivedAt, dueAt, doneAt: null }).missed).toBe(true);
  });

  it('leaves out changes that cancel out', () => {
    const item = {
      externalRef: 'a',
      receivedAt: new Date(BASE),
      dueAt: null,
      doneAt: null,
    };
    expect(itemGroupChanges([{ before: item, after: { ...item } }])).toEqual([]);
  });
});

describe('itemCountChange', () => {
  const item = (ref: string, done: boolean): BacklogItem => ({
    externalRef: ref,
    receivedAt: new Date('2026-11-23T07:00:00.000Z'),
    dueAt: null,
    doneAt: done ? new Date('2026-11-23T08:00:00.000Z') : null,
  });

  it('counts new items, and open ones by whether they are done before and after', () => {
    expect(
      itemCountChange([
        { before: null, after: item('new-open', false) },
        { before: null, after: item('new-done', true) },
        { before: item('answered', false), after: item('answered', true) },
        { before: item('reopened', true), after: item('reopened', false) },
        { before: item('same', false), after: item('same', false) },
      ]),
    ).toEqual({ items: 2, open: 1 });
  });
});
