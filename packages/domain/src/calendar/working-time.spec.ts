import fc from 'fast-check';
import { DateTime } from 'luxon';
import { isDomainError } from '../shared/domain-error';
import { createWorkingCalendar, type WorkingCalendar } from './working-calendar';
import {
  addWorkingHours,
  timeSegments,
  workingHoursBetween,
  workingIntervals,
  workingIntervalsMs,
} from './working-time';

/** A local Berlin wall-clock time as an instant. */
function berlin(local: string): Date {
  return DateTime.fromISO(local, { zone: 'Europe/Berlin' }).toJSDate();
}

function berlinLocal(instant: Date): string {
  return DateTime.fromJSDate(instant, { zone: 'Europe/Berlin' }).toFormat("ccc yyyy-MM-dd'T'HH:mm");
}

const standard = createWorkingCalendar();

describe('working intervals', () => {
  it('yields the working day clipped to the range, skipping the weekend', () => {
    const intervals = [
      ...workingIntervals(standard, berlin('2026-11-20T10:30'), berlin('2026-11-23T12:00')),
    ];
    expect(
      intervals.map((interval) => [berlinLocal(interval.start), berlinLocal(interval.end)]),
    ).toEqual([
      ['Fri 2026-11-20T10:30', 'Fri 2026-11-20T17:00'],
      ['Mon 2026-11-23T08:00', 'Mon 2026-11-23T12:00'],
    ]);
  });

  it('skips holidays in the calendar’s own time zone', () => {
    const calendar = createWorkingCalendar({ holidays: ['2026-12-24', '2026-12-25'] });
    const intervals = [
      ...workingIntervals(calendar, berlin('2026-12-23T00:00'), berlin('2026-12-29T00:00')),
    ];
    expect(intervals.map((interval) => berlinLocal(interval.start))).toEqual([
      'Wed 2026-12-23T08:00',
      'Mon 2026-12-28T08:00',
    ]);
  });

  it('joins periods that touch across midnight into one interval', () => {
    const nightShift = createWorkingCalendar({
      workingHours: [
        { weekday: 1, start: '22:00', end: '24:00' },
        { weekday: 2, start: '00:00', end: '06:00' },
      ],
    });
    const intervals = [
      ...workingIntervals(nightShift, berlin('2026-11-23T00:00'), berlin('2026-11-25T00:00')),
    ];
    expect(
      intervals.map((interval) => [berlinLocal(interval.start), berlinLocal(interval.end)]),
    ).toEqual([['Mon 2026-11-23T22:00', 'Tue 2026-11-24T06:00']]);
  });

  it('yields nothing for an empty range or a calendar without working time', () => {
    expect([...workingIntervalsMs(standard, 10, 10)]).toEqual([]);
    const unchecked: WorkingCalendar = { timeZone: 'UTC', workingHours: [], holidays: [] };
    expect([...workingIntervalsMs(unchecked, 0)]).toEqual([]);
  });

  it('covers a range with alternating segments and no gaps', () => {
    const from = berlin('2026-11-20T12:00');
    const until = berlin('2026-11-23T09:00');
    const segments = [...timeSegments(standard, from.getTime(), until.getTime())];
    expect(segments.map((segment) => segment.working)).toEqual([true, false, true]);
    expect(segments[0]?.startMs).toBe(from.getTime());
    expect(segments.at(-1)?.endMs).toBe(until.getTime());
    segments.slice(1).forEach((segment, index) => {
      expect(segment.startMs).toBe(segments[index]?.endMs);
    });
    const evening = [
      ...timeSegments(
        standard,
        berlin('2026-11-20T18:00').getTime(),
        berlin('2026-11-20T19:00').getTime(),
      ),
    ];
    expect(evening).toEqual([
      {
        startMs: berlin('2026-11-20T18:00').getTime(),
        endMs: berlin('2026-11-20T19:00').getTime(),
        working: false,
      },
    ]);
  });
});

describe('working hours between two instants', () => {
  it.each([
    ['a full working week', '2026-11-23T00:00', '2026-11-30T00:00', 45],
    ['one morning', '2026-11-23T06:00', '2026-11-23T10:15', 2.25],
    ['Friday afternoon to Monday morning', '2026-11-20T15:00', '2026-11-23T09:00', 3],
    ['a weekend', '2026-11-21T00:00', '2026-11-23T00:00', 0],
    ['a reversed range', '2026-11-24T00:00', '2026-11-23T00:00', 0],
  ])('counts %s', (_name, from, to, hours) => {
    expect(workingHoursBetween(standard, berlin(from), berlin(to))).toBe(hours);
  });

  it('counts what a night shift really worked across daylight-saving changes', () => {
    // Sunday shift 00:00–06:00: the clocks jump 02:00→03:00 in March and 03:00→02:00 in October.
    const sundayNights = createWorkingCalendar({
      workingHours: [{ weekday: 7, start: '00:00', end: '06:00' }],
    });
    expect(
      workingHoursBetween(sundayNights, berlin('2026-03-29T00:00'), berlin('2026-03-30T00:00')),
    ).toBe(5);
    expect(
      workingHoursBetween(sundayNights, berlin('2026-10-25T00:00'), berlin('2026-10-26T00:00')),
    ).toBe(7);
  });
});

describe('adding working hours', () => {
  it('runs over the evening and the weekend to the next working time', () => {
    expect(berlinLocal(addWorkingHours(standard, berlin('2026-11-20T15:00'), 3))).toBe(
      'Mon 2026-11-23T09:00',
    );
    expect(berlinLocal(addWorkingHours(standard, berlin('2026-11-23T08:00'), 35))).toBe(
      'Thu 2026-11-26T16:00',
    );
  });

  it('ends at the close of the day when the work fits exactly, and zero hours is the start', () => {
    expect(berlinLocal(addWorkingHours(standard, berlin('2026-11-23T08:00'), 9))).toBe(
      'Mon 2026-11-23T17:00',
    );
    const saturday = berlin('2026-11-21T11:00');
    expect(addWorkingHours(standard, saturday, 0)).toEqual(saturday);
  });

  it('keeps local working times across the switch to summer time', () => {
    // Friday 27 March 2026 08:00 CET + 20 h: Friday 9, Monday 9 (CEST), Tuesday 2 → 10:00 CEST.
    const result = addWorkingHours(standard, berlin('2026-03-27T08:00'), 20);
    expect(berlinLocal(result)).toBe('Tue 2026-03-31T10:00');
    expect(result.toISOString()).toBe('2026-03-31T08:00:00.000Z');
  });

  it('rejects negative or non-finite hours and calendars without working time', () => {
    expect(() => addWorkingHours(standard, berlin('2026-11-23T08:00'), -1)).toThrow('at least 0');
    expect(() => addWorkingHours(standard, berlin('2026-11-23T08:00'), Number.NaN)).toThrow();
    const unchecked: WorkingCalendar = { timeZone: 'UTC', workingHours: [], holidays: [] };
    try {
      addWorkingHours(unchecked, new Date(0), 1);
      throw new Error('expected a DomainError');
    } catch (error) {
      expect(isDomainError(error)).toBe(true);
    }
  });

  it('is the inverse of counting working hours (property)', () => {
    const start = berlin('2026-01-01T00:00').getTime();
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 400 * 24 * 60 }),
        fc.integer({ min: 0, max: 500 * 60 }),
        (offsetMinutes, workMinutes) => {
          const from = new Date(start + offsetMinutes * 60_000);
          const to = addWorkingHours(standard, from, workMinutes / 60);
          expect(workingHoursBetween(standard, from, to)).toBeCloseTo(workMinutes / 60, 6);
        },
      ),
      { numRuns: 60 },
    );
  });
});
