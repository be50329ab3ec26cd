import { DateTime } from 'luxon';
import { createWorkingCalendar } from '../calendar/working-calendar';
import type { Backlog, BacklogItem } from './backlog';
import { forecastForBacklog } from './forecast-for-backlog';

function berlin(local: string): Date {
  return DateTime.fromISO(local, { zone: 'Europe/Berlin' }).toJSDate();
}

const emails: Backlog = {
  key: 'unanswered-emails',
  name: 'Unanswered e-mails',
  unit: 'e-mail',
  incidentId: null,
  promiseHours: 24,
  capacity: { staff: 5, itemsPerStaffHour: 20 },
  arrivalRatePerHour: 0,
  calendar: createWorkingCalendar(),
  accepted: false,
};
const monday8 = berlin('2026-11-23T08:00');

describe('forecast of a stored backlog', () => {
  it('uses the latest snapshot and the set arrival rate (the worked example)', () => {
    const forecast = forecastForBacklog(
      emails,
      {
        items: [],
        snapshots: [
          { at: berlin('2026-11-20T12:00'), open: 1200 },
          { at: berlin('2026-11-23T07:30'), open: 3500 },
        ],
      },
      { asOf: monday8 },
    );
    expect(forecast.open).toBe(3500);
    expect(forecast.arrivalRateSource).toBe('SETTING');
    expect(forecast.clearsAt).toEqual(berlin('2026-11-26T16:00'));
  });

  it('estimates arrivals from snapshots when none is set, and answers a what-if', () => {
    // Overnight +150 in 15 h without work → 10/h.
    const forecast = forecastForBacklog(
      { ...emails, arrivalRatePerHour: null },
      {
        items: [],
        snapshots: [
          { at: berlin('2026-11-22T17:00'), open: 3350 },
          { at: berlin('2026-11-23T08:00'), open: 3500 },
        ],
      },
      { asOf: monday8, staff: 10, deadline: berlin('2026-11-27T17:00') },
    );
    expect(forecast.arrivalRateSource).toBe('SNAPSHOTS');
    expect(forecast.arrivalRatePerHour).toBe(10);
    expect(forecast.capacityPerHour).toBe(200);
    expect(forecast.staffNeededByDeadline?.staff).toBeGreaterThan(0);
  });

  it('counts items, estimates arrivals from them and flags broken promises', () => {
    const items: BacklogItem[] = Array.from({ length: 200 }, (_, index) => ({
      externalRef: `mail-${index}`,
      receivedAt: new Date(berlin('2026-11-22T08:00').getTime() + index * 60_000),
      dueAt: null,
      doneAt: null,
    }));
    const forecast = forecastForBacklog(
      { ...emails, arrivalRatePerHour: null, capacity: { staff: 1, itemsPerStaffHour: 5 } },
      { items, snapshots: [{ at: monday8, open: 9999 }] },
      { asOf: monday8 },
    );
    expect(forecast.open).toBe(200);
    expect(forecast.arrivalRateSource).toBe('ITEMS');
    expect(forecast.arrivalRatePerHour).toBeCloseTo(200 / 72, 10);
    // 5 an hour against a 24 h promise that ran out on Monday 08:00–11:19: most miss.
    expect(forecast.itemsMissingPromise.length).toBeGreaterThan(150);
  });

  it('treats an item-level backlog with no relevant items as empty, not as its snapshots', () => {
    const forecast = forecastForBacklog(
      { ...emails, arrivalRatePerHour: null },
      { items: [], snapshots: [{ at: monday8, open: 40 }], itemLevel: true },
      { asOf: monday8 },
    );
    expect(forecast.open).toBe(0);
    expect(forecast.arrivalRateSource).toBe('NONE');
  });

  it('falls back to no arrivals without history', () => {
    const forecast = forecastForBacklog(
      { ...emails, arrivalRatePerHour: null },
      { items: [], snapshots: [] },
      { asOf: monday8, projectionUntil: berlin('2026-11-23T09:00') },
    );
    expect(forecast.arrivalRateSource).toBe('NONE');
    expect(forecast.open).toBe(0);
    expect(forecast.clearsAt).toEqual(monday8);
  });
});
