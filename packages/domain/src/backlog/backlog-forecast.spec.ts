import fc from 'fast-check';
import { DateTime } from 'luxon';
import { createWorkingCalendar } from '../calendar/working-calendar';
import type { BacklogItem } from './backlog';
import {
  forecastBacklog,
  forecastClearance,
  forecastWithStaff,
  itemsMissingPromise,
  projectBurnDown,
  staffNeededByDeadline,
  staffToClearWithinWeek,
  type BacklogForecastInput,
} from './backlog-forecast';

function berlin(local: string): Date {
  return DateTime.fromISO(local, { zone: 'Europe/Berlin' }).toJSDate();
}

function berlinLocal(instant: Date | null): string | null {
  return instant === null
    ? null
    : DateTime.fromJSDate(instant, { zone: 'Europe/Berlin' }).toFormat("ccc yyyy-MM-dd'T'HH:mm:ss");
}

const calendar = createWorkingCalendar();
const MONDAY_8 = berlin('2026-11-23T08:00');

/** The story's e-mail backlog: 3,500 open, nothing new, 5 people answering 20 an hour each. */
const emails: BacklogForecastInput = {
  asOf: MONDAY_8,
  open: 3500,
  staff: 5,
  itemsPerStaffHour: 20,
  arrivalRatePerHour: 0,
  calendar,
};

describe('the worked example', () => {
  it('clears 3,500 e-mails with 5 × 20/h from Monday 08:00 on Thursday 16:00 Berlin', () => {
    const forecast = forecastBacklog(emails, { deadline: berlin('2026-11-26T16:00') });
    expect(berlinLocal(forecast.clearsAt)).toBe('Thu 2026-11-26T16:00:00');
    expect(forecast.clearsAt?.toISOString()).toBe('2026-11-26T15:00:00.000Z');
    expect(forecast.notClearingReason).toBeNull();
    expect(forecast.workingHoursToClear).toBe(35);
    expect(forecast.hoursToClear).toBe(3 * 24 + 8);
    expect(forecast.capacityPerHour).toBe(100);
    expect(forecast.staffNeededByDeadline).toEqual({ staff: 5, unreachableReason: null });
    // Until next Monday 08:00 there are 45 working hours: 3,500 / 45 / 20 = 3.9 → 4 people.
    expect(forecast.staffToClearWithinWeek).toEqual({ staff: 4, unreachableReason: null });
  });

  it('draws the burn-down line through every evening and morning until it clears', () => {
    const points = projectBurnDown(emails).map((point) => [berlinLocal(point.at), point.open]);
    expect(points).toEqual([
      ['Mon 2026-11-23T08:00:00', 3500],
      ['Mon 2026-11-23T17:00:00', 2600],
      ['Tue 2026-11-24T08:00:00', 2600],
      ['Tue 2026-11-24T17:00:00', 1700],
      ['Wed 2026-11-25T08:00:00', 1700],
      ['Wed 2026-11-25T17:00:00', 800],
      ['Thu 2026-11-26T08:00:00', 800],
      ['Thu 2026-11-26T16:00:00', 0],
    ]);
  });

  it('needs a sixth person to be done one minute earlier', () => {
    expect(staffNeededByDeadline(emails, berlin('2026-11-26T15:59'))).toEqual({
      staff: 6,
      unreachableReason: null,
    });
  });

  it('answers the what-if: twice the staff clears Tuesday 16:30', () => {
    const forecast = forecastWithStaff(emails, 10);
    expect(berlinLocal(forecast.clearsAt)).toBe('Tue 2026-11-24T16:30:00');
    expect(forecast.workingHoursToClear).toBe(17.5);
  });
});

describe('clearance edge cases', () => {
  it('an empty backlog is clear at asOf and needs nobody, even for a past deadline', () => {
    const empty = { ...emails, open: 0, staff: 0 };
    const forecast = forecastBacklog(empty, { deadline: berlin('2026-11-01T00:00') });
    expect(forecast.clearsAt).toEqual(MONDAY_8);
    expect(forecast.hoursToClear).toBe(0);
    expect(forecast.workingHoursToClear).toBe(0);
    expect(forecast.staffNeededByDeadline).toEqual({ staff: 0, unreachableReason: null });
    expect(forecast.projection).toEqual([{ at: MONDAY_8, open: 0 }]);
  });

  it('zero staff never clears, and says how many people would within a week', () => {
    const forecast = forecastBacklog({ ...emails, staff: 0 });
    expect(forecast.clearsAt).toBeNull();
    expect(forecast.notClearingReason).toBe('NO_CAPACITY');
    expect(forecast.hoursToClear).toBeNull();
    expect(forecast.workingHoursToClear).toBeNull();
    // A week from Monday 08:00 holds 45 working hours: 3,500 / 45 / 20 = 3.9 → 4 people.
    expect(forecast.staffToClearWithinWeek).toEqual({ staff: 4, unreachableReason: null });
    // The line stays flat for the week it is drawn.
    expect(forecast.projection.every((point) => point.open === 3500)).toBe(true);
    expect(berlinLocal(forecast.projection.at(-1)?.at ?? null)).toBe('Mon 2026-11-30T08:00:00');
  });

  it('arrivals above capacity never clear and the line rises', () => {
    const flooded = { ...emails, arrivalRatePerHour: 120 };
    const forecast = forecastBacklog(flooded);
    expect(forecast.clearsAt).toBeNull();
    expect(forecast.notClearingReason).toBe('ARRIVALS_OUTPACE_CAPACITY');
    const last = forecast.projection.at(-1);
    expect(last?.open).toBeGreaterThan(3500);
    // Best moment within the week is Friday 17:00: (3,500 + 120 × 105 h) / 45 h / 20 = 17.9 → 18
    // (waiting for the next Monday morning would only add the weekend's arrivals).
    expect(forecast.staffToClearWithinWeek).toEqual({ staff: 18, unreachableReason: null });
  });

  it('a small backlog clears within the day even when a week brings more than is worked off', () => {
    const forecast = forecastClearance({ ...emails, open: 70, arrivalRatePerHour: 30 });
    expect(berlinLocal(forecast.clearsAt)).toBe('Mon 2026-11-23T09:00:00');
    const large = forecastClearance({ ...emails, arrivalRatePerHour: 30 });
    expect(large).toEqual({ clearsAt: null, notClearingReason: 'ARRIVALS_OUTPACE_CAPACITY' });
  });

  it('says when it shrinks but needs longer than the horizon', () => {
    const slow = forecastClearance({ ...emails, staff: 1, itemsPerStaffHour: 1, horizonDays: 30 });
    expect(slow).toEqual({ clearsAt: null, notClearingReason: 'BEYOND_HORIZON' });
  });

  it('arrivals during the night come back the next morning', () => {
    // Monday 16:00: 100 open, 10 arrive per hour, 100 per hour are worked off (net 90).
    // 17:00: 10 left; overnight 15 h bring 150 → 160 at 08:00; 160 / 90 h → 09:46:40.
    const forecast = forecastBacklog({
      ...emails,
      asOf: berlin('2026-11-23T16:00'),
      open: 100,
      arrivalRatePerHour: 10,
    });
    expect(berlinLocal(forecast.clearsAt)).toBe('Tue 2026-11-24T09:46:40');
    expect(forecast.projection.map((point) => Math.round(point.open))).toEqual([100, 10, 160, 0]);
  });

  it('waits over a weekend in the middle', () => {
    const fromFriday = forecastClearance({ ...emails, asOf: berlin('2026-11-20T08:00') });
    expect(berlinLocal(fromFriday.clearsAt)).toBe('Wed 2026-11-25T16:00:00');
  });

  it('waits over a holiday in the middle', () => {
    const withHoliday = createWorkingCalendar({ holidays: ['2026-11-24'] });
    const forecast = forecastBacklog({ ...emails, calendar: withHoliday });
    expect(berlinLocal(forecast.clearsAt)).toBe('Fri 2026-11-27T16:00:00');
    expect(forecast.workingHoursToClear).toBe(35);
  });

  it('counts real hours across the switch to summer time', () => {
    // Friday 27 March 2026 08:00 CET; the clocks jump on Sunday 29 March.
    const forecast = forecastBacklog({ ...emails, asOf: berlin('2026-03-27T08:00') });
    expect(berlinLocal(forecast.clearsAt)).toBe('Wed 2026-04-01T16:00:00');
    expect(forecast.hoursToClear).toBe(5 * 24 + 8 - 1);
    expect(forecast.workingHoursToClear).toBe(35);
  });

  it('rejects negative or non-finite numbers naming each field', () => {
    expect(() => forecastClearance({ ...emails, open: -1 })).toThrow('open');
    expect(() => forecastClearance({ ...emails, staff: Number.NaN })).toThrow('staff');
    expect(() => forecastClearance({ ...emails, asOf: new Date(Number.NaN) })).toThrow('asOf');
    expect(() => forecastClearance({ ...emails, horizonDays: 0 })).toThrow('horizonDays');
    expect(() => forecastClearance({ ...emails, horizonDays: 5000 })).toThrow('horizonDays');
    expect(() => staffNeededByDeadline(emails, new Date('2999-01-01T00:00:00Z'))).toThrow(
      'deadline',
    );
    expect(() => staffNeededByDeadline(emails, new Date(Number.NaN))).toThrow('deadline');
  });

  it('stops the line at an earlier end when asked', () => {
    const points = projectBurnDown(emails, berlin('2026-11-23T12:00'));
    expect(points.map((point) => [berlinLocal(point.at), point.open])).toEqual([
      ['Mon 2026-11-23T08:00:00', 3500],
      ['Mon 2026-11-23T12:00:00', 3100],
    ]);
  });
});

describe('staff needed by a deadline', () => {
  it('gives a reason instead of a number when no staff count can make it', () => {
    expect(staffNeededByDeadline(emails, berlin('2026-11-23T07:00'))).toEqual({
      staff: null,
      unreachableReason: 'DEADLINE_PASSED',
    });
    expect(staffNeededByDeadline(emails, MONDAY_8)).toEqual({
      staff: null,
      unreachableReason: 'DEADLINE_PASSED',
    });
    expect(
      staffNeededByDeadline(
        { ...emails, asOf: berlin('2026-11-21T09:00') },
        berlin('2026-11-22T20:00'),
      ),
    ).toEqual({ staff: null, unreachableReason: 'NO_WORKING_TIME_BEFORE_DEADLINE' });
    expect(
      staffNeededByDeadline({ ...emails, itemsPerStaffHour: 0 }, berlin('2026-12-01T00:00')),
    ).toEqual({
      staff: null,
      unreachableReason: 'NO_OUTPUT_PER_STAFF',
    });
  });

  it('counts arrivals until the deadline', () => {
    // By Monday 17:00: 3,500 + 9 × 50 = 3,950 in 9 h → 3,950 / 9 / 20 = 21.9 → 22.
    const need = staffNeededByDeadline(
      { ...emails, arrivalRatePerHour: 50 },
      berlin('2026-11-23T17:00'),
    );
    expect(need).toEqual({ staff: 22, unreachableReason: null });
    // Until the evening before, the same count would also do: the need is judged at 17:00.
    expect(
      staffNeededByDeadline({ ...emails, arrivalRatePerHour: 50 }, berlin('2026-11-23T23:00')),
    ).toEqual({ staff: 22, unreachableReason: null });
  });

  it('is the smallest count that clears in time (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 20_000 }),
        fc.integer({ min: 0, max: 300 }),
        fc.integer({ min: 1, max: 40 }),
        fc.integer({ min: 1, max: 24 * 21 }),
        fc.integer({ min: 0, max: 24 * 7 }),
        (open, arrivals, perHour, deadlineHours, startHours) => {
          const input = {
            ...emails,
            asOf: new Date(MONDAY_8.getTime() + startHours * 3_600_000),
            open,
            arrivalRatePerHour: arrivals,
            itemsPerStaffHour: perHour,
          };
          const deadline = new Date(input.asOf.getTime() + deadlineHours * 3_600_000);
          const need = staffNeededByDeadline(input, deadline);
          if (need.staff === null) {
            expect(need.unreachableReason).toBe('NO_WORKING_TIME_BEFORE_DEADLINE');
            return;
          }
          const enough = forecastClearance({ ...input, staff: need.staff }).clearsAt;
          expect(enough).not.toBeNull();
          expect(enough!.getTime()).toBeLessThanOrEqual(deadline.getTime());
          const oneLess = forecastClearance({ ...input, staff: need.staff - 1 }).clearsAt;
          expect(oneLess === null || oneLess.getTime() > deadline.getTime()).toBe(true);
        },
      ),
      { numRuns: 80 },
    );
  });
});

describe('invariants (properties)', () => {
  const scenario = fc.record({
    open: fc.integer({ min: 0, max: 10_000 }),
    arrivals: fc.double({ min: 0, max: 200, noNaN: true }),
    perHour: fc.double({ min: 0, max: 50, noNaN: true }),
    startHours: fc.integer({ min: 0, max: 24 * 14 }),
  });

  it('more staff never clears later', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.double({ min: 0, max: 30, noNaN: true }),
        fc.double({ min: 0, max: 30, noNaN: true }),
        (s, staffA, staffB) => {
          const base = {
            ...emails,
            asOf: new Date(MONDAY_8.getTime() + s.startHours * 3_600_000),
            open: s.open,
            arrivalRatePerHour: s.arrivals,
            itemsPerStaffHour: s.perHour,
          };
          const fewer = forecastClearance({ ...base, staff: Math.min(staffA, staffB) }).clearsAt;
          const more = forecastClearance({ ...base, staff: Math.max(staffA, staffB) }).clearsAt;
          const never = Number.POSITIVE_INFINITY;
          expect(more?.getTime() ?? never).toBeLessThanOrEqual(fewer?.getTime() ?? never);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('a later deadline never needs more staff', () => {
    fc.assert(
      fc.property(
        scenario,
        fc.integer({ min: 1, max: 24 * 30 }),
        fc.integer({ min: 1, max: 24 * 30 }),
        (s, hoursA, hoursB) => {
          const input = {
            ...emails,
            asOf: new Date(MONDAY_8.getTime() + s.startHours * 3_600_000),
            open: s.open,
            arrivalRatePerHour: s.arrivals,
            itemsPerStaffHour: Math.max(s.perHour, 0.5),
          };
          const at = (hours: number) => new Date(input.asOf.getTime() + hours * 3_600_000);
          const earlier = staffNeededByDeadline(input, at(Math.min(hoursA, hoursB)));
          const later = staffNeededByDeadline(input, at(Math.max(hoursA, hoursB)));
          if (earlier.staff !== null) {
            expect(later.staff).not.toBeNull();
            expect(later.staff!).toBeLessThanOrEqual(earlier.staff);
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});

describe('items that will miss their promise', () => {
  function item(
    ref: string,
    received: string,
    due: string | null,
    done: string | null = null,
  ): BacklogItem {
    return {
      externalRef: ref,
      receivedAt: berlin(received),
      dueAt: due === null ? null : berlin(due),
      doneAt: done === null ? null : berlin(done),
    };
  }

  // One person, 2 items an hour: the 1st open item is done 08:30, the 2nd 09:00, the 3rd 09:30.
  const slowTeam = { ...emails, staff: 1, itemsPerStaffHour: 2 };

  it('works oldest first and lists the items finished after their due time', () => {
    const items = [
      item('late-third', '2026-11-20T12:00', '2026-11-23T09:00'),
      item('first', '2026-11-20T09:00', '2026-11-23T09:00'),
      item('second', '2026-11-20T10:00', '2026-11-23T08:45'),
      item('already-done', '2026-11-19T10:00', '2026-11-20T10:00', '2026-11-20T11:00'),
      item('arrives-later', '2026-11-23T10:00', '2026-11-23T10:01'),
    ];
    const missing = itemsMissingPromise(items, slowTeam);
    expect(
      missing.map((entry) => [entry.externalRef, berlinLocal(entry.expectedDoneAt), entry.overdue]),
    ).toEqual([
      ['second', 'Mon 2026-11-23T09:00:00', false],
      ['late-third', 'Mon 2026-11-23T09:30:00', false],
    ]);
  });

  it('queues items received at the same moment by their ref', () => {
    const items = [
      item('b', '2026-11-20T09:00', '2026-11-23T08:30'),
      item('a', '2026-11-20T09:00', '2026-11-23T08:30'),
    ];
    expect(itemsMissingPromise(items, slowTeam).map((entry) => entry.externalRef)).toEqual(['b']);
  });

  it('uses the promise for items without a due time and flags overdue items', () => {
    const items = [
      item('overdue', '2026-11-19T09:00', null),
      item('no-promise-kept', '2026-11-23T07:00', null),
    ];
    const withPromise = itemsMissingPromise(items, slowTeam, 24);
    expect(
      withPromise.map((entry) => [entry.externalRef, entry.overdue, berlinLocal(entry.dueAt)]),
    ).toEqual([['overdue', true, 'Fri 2026-11-20T09:00:00']]);
    expect(itemsMissingPromise(items, slowTeam)).toEqual([]);
  });

  it('without capacity every item due within the horizon misses, later ones are unknown', () => {
    const items = [
      item('due-soon', '2026-11-20T09:00', '2026-11-25T09:00'),
      item('due-in-two-years', '2026-11-20T09:00', '2028-11-25T09:00'),
    ];
    const missing = itemsMissingPromise(items, { ...slowTeam, staff: 0 });
    expect(missing).toEqual([
      {
        externalRef: 'due-soon',
        receivedAt: berlin('2026-11-20T09:00'),
        dueAt: berlin('2026-11-25T09:00'),
        expectedDoneAt: null,
        overdue: false,
      },
    ]);
  });

  it('handles 10,000 open items over months in well under a second', () => {
    const items: BacklogItem[] = Array.from({ length: 10_000 }, (_, index) => ({
      externalRef: `mail-${index}`,
      receivedAt: new Date(MONDAY_8.getTime() - (10_000 - index) * 60_000),
      dueAt: new Date(MONDAY_8.getTime() + index * 600_000),
      doneAt: null,
    }));
    const started = performance.now();
    const forecast = forecastBacklog(
      { ...emails, open: items.length, staff: 1, itemsPerStaffHour: 10, arrivalRatePerHour: 1 },
      { items, deadline: berlin('2027-03-01T00:00') },
    );
    expect(performance.now() - started).toBeLessThan(1000);
    // A week works off 450 and brings 168: 10,000 / 282 ≈ 35 weeks, i.e. July 2027.
    expect(berlinLocal(forecast.clearsAt)?.slice(4, 11)).toBe('2027-07');
    // Item n is due n × 10 min after Monday 08:00 but done n × 6 working minutes later, i.e.
    // after evenings and weekends: from the first evening on, nearly all miss.
    expect(forecast.itemsMissingPromise.length).toBeGreaterThan(9_000);
    expect(forecast.staffNeededByDeadline?.staff).toBeGreaterThan(1);
  });
});

describe('staff to clear within a week', () => {
  it('uses seven calendar days in the calendar’s zone', () => {
    // From Friday 08:00 the week holds 5 working days (Fri, Mon–Thu) = 45 h.
    const need = staffToClearWithinWeek({
      ...emails,
      asOf: berlin('2026-11-20T08:00'),
      open: 9000,
    });
    expect(need).toEqual({ staff: 10, unreachableReason: null });
  });
});
