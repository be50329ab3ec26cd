import { type BacklogItem } from './backlog';
import { type UtcHour, utcHourOf } from './forecast-from-aggregates';

/**
 * Items of one backlog counted per arrival hour, due hour, done hour and whether their promise
 * is missed: a summary a store keeps beside the items, updated with every write, so forecasts
 * read a few thousand counts instead of a million rows.
 */
export interface BacklogItemGroup {
  receivedHour: UtcHour;
  /** `null` for items without a due time. */
  dueHour: UtcHour | null;
  /** `null` for items not done. */
  doneHour: UtcHour | null;
  /** Has a due time and is open, or was done after it. */
  missed: boolean;
  count: number;
}

export type BacklogItemGroupKey = Omit<BacklogItemGroup, 'count'>;

/** The group an item counts in. */
export function itemGroupOf(item: BacklogItem): BacklogItemGroupKey {
  return {
    receivedHour: utcHourOf(item.receivedAt),
    dueHour: item.dueAt === null ? null : utcHourOf(item.dueAt),
    doneHour: item.doneAt === null ? null : utcHourOf(item.doneAt),
    missed:
      item.dueAt !== null && (item.doneAt === null || item.doneAt.getTime() > item.dueAt.getTime()),
  };
}

function keyOf(group: BacklogItemGroupKey): string {
  return [group.receivedHour, group.dueHour ?? '', group.doneHour ?? '', group.missed ? 1 : 0].join(
    '|',
  );
}

function addTo(totals: Map<string, BacklogItemGroup>, group: BacklogItemGroupKey, count: number) {
  const key = keyOf(group);
  const total = totals.get(key) ?? { ...group, count: 0 };
  total.count += count;
  totals.set(key, total);
}

/** The groups of a set of items, as a fresh count would give them. */
export function groupItems(items: readonly BacklogItem[]): BacklogItemGroup[] {
  const totals = new Map<string, BacklogItemGroup>();
  for (const item of items) addTo(totals, itemGroupOf(item), 1);
  return [...totals.values()];
}

/**
 * What a write changes in the groups: −1 in the group of each item's stored version, +1 in
 * the group of its new one, summed per group; groups whose changes cancel out are left out.
 * `before` is `null` for an item not stored yet.
 */
export function itemGroupChanges(
  writes: readonly { before: BacklogItem | null; after: BacklogItem }[],
): BacklogItemGroup[] {
  const totals = new Map<string, BacklogItemGroup>();
  for (const { before, after } of writes) {
    if (before !== null) addTo(totals, itemGroupOf(before), -1);
    addTo(totals, itemGroupOf(after), 1);
  }
  return [...totals.values()].filter((group) => group.count !== 0);
}

/** Groups after changes, without the emptied ones: what the store holds after a write. */
export function applyItemGroupChanges(
  groups: readonly BacklogItemGroup[],
  changes: readonly BacklogItemGroup[],
): BacklogItemGroup[] {
  const totals = new Map<string, BacklogItemGroup>();
  for (const group of [...groups, ...changes]) addTo(totals, group, group.count);
  return [...totals.values()].filter((group) => group.count !== 0);
}

/** How a write changes a backlog's item totals: all items, and those not done. */
export interface ItemCountChange {
  items: number;
  open: number;
}

/** The change of the totals a store keeps beside the items, for writes as `itemGroupChanges` takes them. */
export function itemCountChange(
  writes: readonly { before: BacklogItem | null; after: BacklogItem }[],
): ItemCountChange {
  let items = 0;
  let open = 0;
  for (const { before, after } of writes) {
    if (before === null) items += 1;
    else if (before.doneAt === null) open -= 1;
    if (after.doneAt === null) open += 1;
  }
  return { items, open };
}
