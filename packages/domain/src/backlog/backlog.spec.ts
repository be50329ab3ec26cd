import type { BacklogItem } from './backlog';
import {
  currentOpenCount,
  isBacklogSettled,
  isInstantInRange,
  isItemOpenAt,
  latestSnapshotAt,
  openCountAt,
  validateBacklogCapacity,
  validateBacklogDetails,
  validateBacklogInput,
  validateBacklogItems,
  validateBacklogSnapshot,
  BACKLOG_MAX_ITEMS_PER_CALL,
} from './backlog';

const at = (iso: string) => new Date(iso);

function fields(issues: { field: string }[]): string[] {
  return issues.map((issue) => issue.field);
}

describe('backlog input', () => {
  const valid = { key: 'unanswered-emails', name: 'Unanswered e-mails', unit: 'e-mail' };

  it('accepts a minimal and a complete backlog', () => {
    expect(validateBacklogInput(valid)).toEqual([]);
    expect(
      validateBacklogInput({
        ...valid,
        promiseHours: 24,
        staff: 2.5,
        itemsPerStaffHour: 20,
        arrivalRatePerHour: null,
        calendar: { timeZone: 'Europe/Vienna', holidays: ['2026-12-24'] },
      }),
    ).toEqual([]);
  });

  it.each([
    [{ key: '' }, 'key'],
    [{ key: 'Unanswered Emails' }, 'key'],
    [{ key: 'x'.repeat(65) }, 'key'],
    [{ name: '  ' }, 'name'],
    [{ name: 'x'.repeat(201) }, 'name'],
    [{ unit: '' }, 'unit'],
    [{ promiseHours: -1 }, 'promiseHours'],
    [{ promiseHours: 9000 }, 'promiseHours'],
    [{ staff: -2 }, 'staff'],
    [{ itemsPerStaffHour: Number.POSITIVE_INFINITY }, 'itemsPerStaffHour'],
    [{ arrivalRatePerHour: -0.5 }, 'arrivalRatePerHour'],
    [{ calendar: { timeZone: 'Nowhere/City' } }, 'calendar.timeZone'],
  ])('rejects %j naming %s', (change, field) => {
    expect(fields(validateBacklogInput({ ...valid, ...change }))).toEqual([field]);
  });

  it('checks capacities on their own', () => {
    expect(validateBacklogCapacity({ staff: 5, itemsPerStaffHour: 20 })).toEqual([]);
    expect(fields(validateBacklogCapacity({ staff: Number.NaN, itemsPerStaffHour: -1 }))).toEqual([
      'staff',
      'itemsPerStaffHour',
    ]);
  });
});

describe('snapshots and items', () => {
  const now = at('2026-11-23T12:00:00Z');
  it('wants whole, non-negative counts at instants in range', () => {
    expect(validateBacklogSnapshot({ open: 3500, at: at('2026-11-23T07:00:00Z') }, now)).toEqual(
      [],
    );
    expect(
      fields(validateBacklogSnapshot({ open: -1, at: at('2026-11-23T07:00:00Z') }, now)),
    ).toEqual(['open']);
    expect(
      fields(validateBacklogSnapshot({ open: 1.5, at: at('1969-12-31T00:00:00Z') }, now)),
    ).toEqual(['open', 'at']);
    expect(isInstantInRange(new Date(Number.NaN))).toBe(false);
    expect(isInstantInRange(at('3000-01-01T00:00:00Z'))).toBe(false);
  });

  it('names each broken item by its position', () => {
    const received = at('2026-11-20T09:00:00Z');
    const items: BacklogItem[] = [
      { externalRef: 'a', receivedAt: received, dueAt: null, doneAt: null },
      { externalRef: 'a', receivedAt: received, dueAt: null, doneAt: null },
      { externalRef: ' ', receivedAt: received, dueAt: null, doneAt: null },
      { externalRef: 'x'.repeat(201), receivedAt: received, dueAt: null, doneAt: null },
      { externalRef: 'b', receivedAt: new Date(Number.NaN), dueAt: null, doneAt: null },
      { externalRef: 'c', receivedAt: received, dueAt: at('2026-11-19T00:00:00Z'), doneAt: null },
      { externalRef: 'd', receivedAt: received, dueAt: null, doneAt: at('5000-01-01T00:00:00Z') },
    ];
    expect(fields(validateBacklogItems(items, now))).toEqual([
      'items[1].externalRef',
      'items[2].externalRef',
      'items[3].externalRef',
      'items[4].receivedAt',
      'items[5].dueAt',
      'items[6].doneAt',
    ]);
  });

  it('limits a call’s size and the number of problems listed', () => {
    const item = {
      externalRef: '',
      receivedAt: at('2026-11-20T09:00:00Z'),
      dueAt: null,
      doneAt: null,
    };
    expect(
      validateBacklogItems(
        Array.from({ length: 100 }, () => item),
        now,
      ),
    ).toHaveLength(20);
    const tooMany = Array.from({ length: BACKLOG_MAX_ITEMS_PER_CALL + 1 }, () => item);
    expect(fields(validateBacklogItems(tooMany, now))).toEqual(['items']);
  });
});

describe('open count', () => {
  const items: BacklogItem[] = [
    { externalRef: 'a', receivedAt: at('2026-11-20T09:00:00Z'), dueAt: null, doneAt: null },
    {
      externalRef: 'b',
      receivedAt: at('2026-11-20T09:00:00Z'),
      dueAt: null,
      doneAt: at('2026-11-21T09:00:00Z'),
    },
    { externalRef: 'c', receivedAt: at('2026-11-22T09:00:00Z'), dueAt: null, doneAt: null },
  ];
  const snapshots = [
    { at: at('2026-11-20T10:00:00Z'), open: 100 },
    { at: at('2026-11-21T10:00:00Z'), open: 80 },
  ];

  it('counts open items when there are items, whatever the snapshots say', () => {
    expect(openCountAt({ items, snapshots }, at('2026-11-20T12:00:00Z'))).toBe(2);
    expect(openCountAt({ items, snapshots }, at('2026-11-21T12:00:00Z'))).toBe(1);
    expect(openCountAt({ items, snapshots }, at('2026-11-23T12:00:00Z'))).toBe(2);
    expect(isItemOpenAt(items[1]!, at('2026-11-21T09:00:00Z'))).toBe(false);
  });

  it('otherwise takes the latest snapshot at or before asOf, 0 before the first', () => {
    expect(openCountAt({ items: [], snapshots }, at('2026-11-21T09:59:59Z'))).toBe(100);
    expect(openCountAt({ items: [], snapshots }, at('2026-11-25T00:00:00Z'))).toBe(80);
    expect(openCountAt({ items: [], snapshots }, at('2026-11-01T00:00:00Z'))).toBe(0);
    expect(latestSnapshotAt([], at('2026-11-01T00:00:00Z'))).toBeNull();
  });

  it('applies the same rule to pre-aggregated counts', () => {
    expect(currentOpenCount({ itemCount: 10, openItemCount: 3, latestSnapshotOpen: 50 })).toBe(3);
    expect(currentOpenCount({ itemCount: 0, openItemCount: 0, latestSnapshotOpen: 50 })).toBe(50);
    expect(currentOpenCount({ itemCount: 0, openItemCount: 0, latestSnapshotOpen: null })).toBe(0);
  });

  it('is settled when empty or accepted as is', () => {
    expect(isBacklogSettled({ accepted: false }, 0)).toBe(true);
    expect(isBacklogSettled({ accepted: true }, 12)).toBe(true);
    expect(isBacklogSettled({ accepted: false }, 12)).toBe(false);
  });
});

describe('validateBacklogDetails', () => {
  it('accepts a new name, unit and promise, and no promise at all', () => {
    expect(validateBacklogDetails({ name: 'Retouren', unit: 'Pakete', promiseHours: 48 })).toEqual(
      [],
    );
    expect(
      validateBacklogDetails({ name: 'Retouren', unit: 'Pakete', promiseHours: null }),
    ).toEqual([]);
  });

  it('names every field it refuses, with codes', () => {
    expect(
      validateBacklogDetails({ name: ' ', unit: '', promiseHours: -1 }).map(({ field, code }) => ({
        field,
        code,
      })),
    ).toEqual([
      { field: 'name', code: 'REQUIRED' },
      { field: 'unit', code: 'REQUIRED' },
      { field: 'promiseHours', code: 'NUMBER_RANGE' },
    ]);
  });
});
