import { IANAZone } from 'luxon';
import { DomainError, type FieldIssue } from '../shared/domain-error';

/** ISO weekday: 1 = Monday … 7 = Sunday (the numbering luxon and ISO 8601 use). */
export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/**
 * One stretch of working time on a weekday, in the calendar's local time. `end` may be `24:00`
 * (midnight at the end of the day). A shift across midnight is two periods on two weekdays.
 */
export interface WorkingPeriod {
  weekday: IsoWeekday;
  /** Local start time `HH:mm`. */
  start: string;
  /** Local end time `HH:mm` (or `24:00`), later than `start`. */
  end: string;
}

/**
 * When a team works: the weekly working periods in one IANA time zone, minus holidays.
 * Plain data, so it can be stored as JSON and sent over the wire as is.
 */
export interface WorkingCalendar {
  /** IANA time zone, e.g. `Europe/Berlin`; all local times and holidays are read in it. */
  timeZone: string;
  /** The weekly pattern; several periods per weekday are allowed (e.g. a lunch break). */
  workingHours: readonly WorkingPeriod[];
  /** Local dates (`yyyy-MM-dd`) on which nobody works, whatever the weekly pattern says. */
  holidays: readonly string[];
}

/** A working period as it comes from outside: the weekday is checked, not yet trusted. */
export interface WorkingPeriodInput {
  weekday: number;
  start: string;
  end: string;
}

/** The fields a caller may set; anything left out comes from the default calendar. */
export interface WorkingCalendarSettings {
  timeZone?: string;
  workingHours?: readonly WorkingPeriodInput[];
  holidays?: readonly string[];
}

/** Time zone of the default calendar. */
export const DEFAULT_TIME_ZONE = 'Europe/Berlin';

/** Monday to Friday, 08:00 to 17:00. */
export const DEFAULT_WORKING_HOURS: readonly WorkingPeriod[] = ([1, 2, 3, 4, 5] as const).map(
  (weekday) => ({ weekday, start: '08:00', end: '17:00' }),
);

/** Monday–Friday 08:00–17:00 Europe/Berlin, no holidays. */
export const DEFAULT_WORKING_CALENDAR: WorkingCalendar = {
  timeZone: DEFAULT_TIME_ZONE,
  workingHours: DEFAULT_WORKING_HOURS,
  holidays: [],
};

const LOCAL_TIME_PATTERN = /^([01]\d|2[0-3]):[0-5]\d$/;
const ISO_DATE_PATTERN = /^\d{4}-\d{2}-\d{2}$/;
/** Enough for decades of public holidays; more is a mistake, not a calendar. */
export const MAX_HOLIDAYS = 1000;

/** Minutes after local midnight for `HH:mm`, with `24:00` allowed as the end of the day. */
export function parseLocalTime(value: string, allowEndOfDay: boolean): number | null {
  if (allowEndOfDay && value === '24:00') {
    return 24 * 60;
  }
  if (!LOCAL_TIME_PATTERN.test(value)) {
    return null;
  }
  return Number(value.slice(0, 2)) * 60 + Number(value.slice(3, 5));
}

/** True for a real calendar date written `yyyy-MM-dd`. */
export function isIsoDate(value: string): boolean {
  if (!ISO_DATE_PATTERN.test(value)) {
    return false;
  }
  const [year, month, day] = value.split('-').map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return (
    date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
  );
}

/** Checks calendar settings field by field and returns every problem found (empty when valid). */
export function validateWorkingCalendarSettings(settings: WorkingCalendarSettings): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (settings.timeZone !== undefined && !IANAZone.isValidZone(settings.timeZone)) {
    issues.push({
      field: 'calendar.timeZone',
      message: `"${settings.timeZone}" is not an IANA time zone such as Europe/Berlin`,
    });
  }
  if (settings.workingHours !== undefined) {
    issues.push(...validateWorkingHours(settings.workingHours));
  }
  if (settings.holidays !== undefined) {
    if (settings.holidays.length > MAX_HOLIDAYS) {
      issues.push({
        field: 'calendar.holidays',
        message: `must list at most ${MAX_HOLIDAYS} dates`,
      });
    }
    const invalid = settings.holidays.filter((date) => !isIsoDate(date));
    if (invalid.length > 0) {
      issues.push({
        field: 'calendar.holidays',
        message: `must be dates written yyyy-MM-dd; not: ${invalid.slice(0, 5).join(', ')}`,
      });
    }
  }
  return issues;
}

function validateWorkingHours(periods: readonly WorkingPeriodInput[]): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (periods.length === 0) {
    issues.push({
      field: 'calendar.workingHours',
      message: 'needs at least one working period, otherwise no work is ever done',
    });
  }
  const parsedByWeekday = new Map<number, Array<{ start: number; end: number }>>();
  periods.forEach((period, index) => {
    const field = `calendar.workingHours[${index}]`;
    if (!Number.isInteger(period.weekday) || period.weekday < 1 || period.weekday > 7) {
      issues.push({ field: `${field}.weekday`, message: 'must be 1 (Monday) to 7 (Sunday)' });
      return;
    }
    const start = parseLocalTime(period.start, false);
    const end = parseLocalTime(period.end, true);
    if (start === null) {
      issues.push({ field: `${field}.start`, message: 'must be a local time HH:mm, e.g. 08:00' });
    }
    if (end === null) {
      issues.push({ field: `${field}.end`, message: 'must be a local time HH:mm or 24:00' });
    }
    if (start === null || end === null) {
      return;
    }
    if (end <= start) {
      issues.push({ field: `${field}.end`, message: 'must be later than start' });
      return;
    }
    const sameDay = parsedByWeekday.get(period.weekday) ?? [];
    if (sameDay.some((other) => start < other.end && other.start < end)) {
      issues.push({ field, message: 'overlaps another period on the same weekday' });
    }
    sameDay.push({ start, end });
    parsedByWeekday.set(period.weekday, sameDay);
  });
  return issues;
}

/**
 * A complete, checked calendar: missing fields come from the default (Monday–Friday
 * 08:00–17:00 Europe/Berlin, no holidays); periods are sorted and holidays de-duplicated.
 * Throws `BAD_USER_INPUT` naming each wrong field.
 */
export function createWorkingCalendar(settings: WorkingCalendarSettings = {}): WorkingCalendar {
  DomainError.assertNoIssues(validateWorkingCalendarSettings(settings), 'Invalid calendar');
  // Validated above: every weekday is 1..7.
  const workingHours = [...(settings.workingHours ?? DEFAULT_WORKING_HOURS)]
    .map((period) => ({ ...period, weekday: period.weekday as IsoWeekday }))
    .sort(
      (left, right) =>
        left.weekday - right.weekday ||
        (parseLocalTime(left.start, false) ?? 0) - (parseLocalTime(right.start, false) ?? 0),
    );
  return {
    timeZone: settings.timeZone ?? DEFAULT_TIME_ZONE,
    workingHours,
    holidays: [...new Set(settings.holidays ?? [])].sort(),
  };
}

/** Working hours in one ordinary week (no holidays, no daylight-saving change). */
export function weeklyWorkingHours(calendar: WorkingCalendar): number {
  let minutes = 0;
  for (const period of calendar.workingHours) {
    minutes += (parseLocalTime(period.end, true) ?? 0) - (parseLocalTime(period.start, false) ?? 0);
  }
  return minutes / 60;
}
