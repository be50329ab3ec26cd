import { DateTime } from 'luxon';
import { createWorkingCalendar } from '../calendar/working-calendar';
import type { BacklogItem } from './backlog';
import { estimateArrivalRate, estimateArrivalRateFromItems } from './arrival-rate';

function berlin(local: string): Date {
  return DateTime.fromISO(local, { zone: 'Europe/Berlin' }).toJSDate();
}

const calendar = createWorkingCalendar();

describe('arrival rate from snapshots', () => {
  it('reads overnight growth as arrivals and adds back what the team worked off by day', () => {
    // Overnight 17:00→08:00 (15 h, no work): +150 → 10/h. Day 08:00→17:00 (9 h) with 100/h
    // capacity: −810 + 900 worked off = 90 arrived. Together 240 in 24 h = 10/h.
    const snapshots = [
      { at: berlin('2026-11-23T17:00'), open: 1000 },
      { at: berlin('2026-11-24T08:00'), open: 1150 },
      { at: berlin('2026-11-24T17:00'), open: 340 },
    ];
    const estimate = estimateArrivalRate(snapshots, {
      asOf: berlin('2026-11-24T18:00'),
      calendar,
      capacityPerHour: 100,
    });
    expect(estimate).toEqual({ ratePerHour: 10, method: 'SNAPSHOTS', basisHours: 24 });
  });

  it('skips worked pairs with an empty end but keeps non-working ones', () => {
    const snapshots = [
      { at: berlin('2026-11-24T08:00'), open: 50 },
      { at: berlin('2026-11-24T12:00'), open: 0 }, // may have idled: skipped
      { at: berlin('2026-11-24T20:00'), open: 0 },
      { at: berlin('2026-11-24T22:00'), open: 8 }, // evening, nothing worked: 4/h
    ];
    const estimate = estimateArrivalRate(snapshots, {
      asOf: berlin('2026-11-24T23:00'),
      calendar,
      capacityPerHour: 100,
    });
    expect(estimate?.ratePerHour).toBe(4);
    expect(estimate?.basisHours).toBe(2);
  });

  it('looks only at the window, ignores duplicates in time, and is never negative', () => {
    const snapshots = [
      { at: berlin('2026-11-01T08:00'), open: 0 },
      { at: berlin('2026-11-24T18:00'), open: 500 },
      { at: berlin('2026-11-24T18:00'), open: 500 },
      { at: berlin('2026-11-24T20:00'), open: 400 },
    ];
    const estimate = estimateArrivalRate(snapshots, { asOf: berlin('2026-11-24T21:00'), calendar });
    expect(estimate).toEqual({ ratePerHour: 0, method: 'SNAPSHOTS', basisHours: 2 });
    expect(
      estimateArrivalRate(snapshots.slice(0, 2), { asOf: berlin('2026-11-24T21:00'), calendar }),
    ).toBeNull();
  });
});

describe('arrival rate from items', () => {
  const item = (received: string): BacklogItem => ({
    externalRef: received,
    receivedAt: berlin(received),
    dueAt: null,
    doneAt: null,
  });

  it('counts the items received in the window', () => {
    const items = [
      item('2026-11-20T09:00'),
      item('2026-11-24T09:00'),
      item('2026-11-24T10:00'),
      item('2026-11-25T10:00'),
    ];
    expect(estimateArrivalRateFromItems(items, berlin('2026-11-24T12:00'), 24)).toEqual({
      ratePerHour: 2 / 24,
      method: 'ITEMS',
      basisHours: 24,
    });
  });

  it('has no estimate before the first item arrived', () => {
    expect(
      estimateArrivalRateFromItems([item('2026-11-25T10:00')], berlin('2026-11-24T12:00')),
    ).toBeNull();
    expect(estimateArrivalRateFromItems([], berlin('2026-11-24T12:00'))).toBeNull();
  });
});
