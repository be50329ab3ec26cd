import { DateTime } from 'luxon';
import { DomainError } from '../shared/domain-error';
import { parseLocalTime, type WorkingCalendar } from './working-calendar';

/** A half-open stretch of time `[start, end)`. */
export interface TimeInterval {
  start: Date;
  end: Date;
}

/** A stretch of time that is either all working time or all non-working time. */
export interface TimeSegment {
  startMs: number;
  endMs: number;
  working: boolean;
}

export const MS_PER_HOUR = 3_600_000;

interface LocalPeriod {
  startMinute: number;
  endMinute: number;
}

/** The calendar's weekly pattern parsed once per call rather than once per day. */
interface ParsedCalendar {
  zone: string;
  periodsByWeekday: ReadonlyArray<readonly LocalPeriod[]>;
  holidays: ReadonlySet<string>;
  hasWorkingTime: boolean;
}

function parseCalendar(calendar: WorkingCalendar): ParsedCalendar {
  const periodsByWeekday: LocalPeriod[][] = Array.from({ length: 8 }, () => []);
  for (const period of calendar.workingHours) {
    const startMinute = parseLocalTime(period.start, false);
    const endMinute = parseLocalTime(period.end, true);
    if (startMinute !== null && endMinute !== null && endMinute > startMinute) {
      periodsByWeekday[period.weekday]?.push({ startMinute, endMinute });
    }
  }
  for (const periods of periodsByWeekday) {
    periods.sort((left, right) => left.startMinute - right.startMinute);
  }
  return {
    zone: calendar.timeZone,
    periodsByWeekday,
    holidays: new Set(calendar.holidays),
    hasWorkingTime: periodsByWeekday.some((periods) => periods.length > 0),
  };
}

/**
 * The instant of a local wall-clock minute on a local day. Luxon resolves the zone's offset,
 * so a day with a daylight-saving change is 23 or 25 hours long; a local time that does not
 * exist (skipped by the change) moves forward to the next one that does.
 */
function localMinuteToMs(day: DateTime, minute: number): number {
  if (minute >= 24 * 60) {
    return day.plus({ days: 1 }).startOf('day').toMillis();
  }
  return day.set({ hour: Math.floor(minute / 60), minute: minute % 60 }).toMillis();
}

/**
 * Working intervals as `[startMs, endMs)` pairs, clipped to `[fromMs, untilMs)`, in order.
 * Adjacent periods (e.g. 22:00–24:00 and 00:00–06:00 next day) come out as one interval.
 */
export function* workingIntervalsMs(
  calendar: WorkingCalendar,
  fromMs: number,
  untilMs: number = Number.POSITIVE_INFINITY,
): Generator<[number, number]> {
  const parsed = parseCalendar(calendar);
  if (!parsed.hasWorkingTime || !(untilMs > fromMs)) {
    return;
  }
  let pending: [number, number] | null = null;
  let day = DateTime.fromMillis(fromMs, { zone: parsed.zone }).startOf('day');
  while (day.toMillis() < untilMs) {
    const periods = parsed.holidays.has(day.toISODate() ?? '')
      ? []
      : (parsed.periodsByWeekday[day.weekday] ?? []);
    for (const period of periods) {
      const startMs = Math.max(localMinuteToMs(day, period.startMinute), fromMs);
      const endMs = Math.min(localMinuteToMs(day, period.endMinute), untilMs);
      if (endMs <= startMs) {
        continue;
      }
      if (pending !== null && pending[1] >= startMs) {
        pending[1] = Math.max(pending[1], endMs);
      } else {
        if (pending !== null) {
          yield pending;
        }
        pending = [startMs, endMs];
      }
    }
    day = day.plus({ days: 1 });
  }
  if (pending !== null) {
    yield pending;
  }
}

/**
 * Consecutive working and non-working segments that cover `[fromMs, untilMs)` without gaps.
 * With no end, it runs until the caller stops reading.
 */
export function* timeSegments(
  calendar: WorkingCalendar,
  fromMs: number,
  untilMs: number = Number.POSITIVE_INFINITY,
): Generator<TimeSegment> {
  let cursor = fromMs;
  for (const [startMs, endMs] of workingIntervalsMs(calendar, fromMs, untilMs)) {
    if (startMs > cursor) {
      yield { startMs: cursor, endMs: startMs, working: false };
    }
    yield { startMs, endMs, working: true };
    cursor = endMs;
  }
  if (untilMs > cursor) {
    yield { startMs: cursor, endMs: untilMs, working: false };
  }
}

/**
 * The working intervals between `from` and `until` (open-ended when `until` is left out), in
 * order and clipped to that range. Holidays and non-working days produce no interval.
 */
export function* workingIntervals(
  calendar: WorkingCalendar,
  from: Date,
  until?: Date,
): Generator<TimeInterval> {
  for (const [startMs, endMs] of workingIntervalsMs(calendar, from.getTime(), until?.getTime())) {
    yield { start: new Date(startMs), end: new Date(endMs) };
  }
}

/**
 * Working hours (fractional) between two instants; 0 when `to` is not after `from`. Counted in
 * real elapsed time, so a night shift across a daylight-saving change counts what was worked.
 */
export function workingHoursBetween(calendar: WorkingCalendar, from: Date, to: Date): number {
  let totalMs = 0;
  for (const [startMs, endMs] of workingIntervalsMs(calendar, from.getTime(), to.getTime())) {
    totalMs += endMs - startMs;
  }
  return totalMs / MS_PER_HOUR;
}

/**
 * The instant at which `hours` working hours have passed after `from`. Work that ends exactly
 * at the close of a working period ends there (not the next morning); zero hours is `from`.
 */
export function addWorkingHours(calendar: WorkingCalendar, from: Date, hours: number): Date {
  if (!Number.isFinite(hours) || hours < 0) {
    throw new DomainError('BAD_USER_INPUT', 'Working hours to add must be a number of at least 0', [
      { field: 'hours', message: 'must be a finite number of at least 0' },
    ]);
  }
  if (hours === 0) {
    return new Date(from.getTime());
  }
  let remainingMs = hours * MS_PER_HOUR;
  for (const [startMs, endMs] of workingIntervalsMs(calendar, from.getTime())) {
    const lengthMs = endMs - startMs;
    if (remainingMs <= lengthMs) {
      return new Date(Math.round(startMs + remainingMs));
    }
    remainingMs -= lengthMs;
  }
  throw new DomainError('BAD_USER_INPUT', 'The calendar has no working hours', [
    { field: 'calendar.workingHours', message: 'needs at least one working period' },
  ]);
}
