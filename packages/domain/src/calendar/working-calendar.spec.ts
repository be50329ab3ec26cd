import { isDomainError, type DomainError } from '../shared/domain-error';
import {
  createWorkingCalendar,
  DEFAULT_WORKING_CALENDAR,
  isIsoDate,
  parseLocalTime,
  validateWorkingCalendarSettings,
  weeklyWorkingHours,
} from './working-calendar';

describe('working calendar settings', () => {
  it('defaults to Monday–Friday 08:00–17:00 Europe/Berlin without holidays', () => {
    const calendar = createWorkingCalendar();
    expect(calendar).toEqual(DEFAULT_WORKING_CALENDAR);
    expect(calendar.workingHours.map((period) => period.weekday)).toEqual([1, 2, 3, 4, 5]);
    expect(weeklyWorkingHours(calendar)).toBe(45);
  });

  it('takes the given fields, sorts periods and de-duplicates holidays', () => {
    const calendar = createWorkingCalendar({
      timeZone: 'America/New_York',
      workingHours: [
        { weekday: 2, start: '13:00', end: '24:00' },
        { weekday: 2, start: '06:00', end: '12:00' },
        { weekday: 1, start: '09:00', end: '10:30' },
      ],
      holidays: ['2026-12-25', '2026-01-01', '2026-12-25'],
    });
    expect(calendar.timeZone).toBe('America/New_York');
    expect(calendar.workingHours).toEqual([
      { weekday: 1, start: '09:00', end: '10:30' },
      { weekday: 2, start: '06:00', end: '12:00' },
      { weekday: 2, start: '13:00', end: '24:00' },
    ]);
    expect(calendar.holidays).toEqual(['2026-01-01', '2026-12-25']);
    expect(weeklyWorkingHours(calendar)).toBe(1.5 + 6 + 11);
  });

  it.each([
    [{ timeZone: 'Mars/Olympus' }, 'calendar.timeZone'],
    [{ timeZone: '+02:00' }, 'calendar.timeZone'],
    [{ workingHours: [] }, 'calendar.workingHours'],
    [
      { workingHours: [{ weekday: 0, start: '08:00', end: '17:00' }] },
      'calendar.workingHours[0].weekday',
    ],
    [
      { workingHours: [{ weekday: 8, start: '08:00', end: '17:00' }] },
      'calendar.workingHours[0].weekday',
    ],
    [
      { workingHours: [{ weekday: 1, start: '8:00', end: '17:00' }] },
      'calendar.workingHours[0].start',
    ],
    [
      { workingHours: [{ weekday: 1, start: '24:00', end: '24:00' }] },
      'calendar.workingHours[0].start',
    ],
    [
      { workingHours: [{ weekday: 1, start: '08:00', end: '25:00' }] },
      'calendar.workingHours[0].end',
    ],
    [
      { workingHours: [{ weekday: 1, start: '17:00', end: '08:00' }] },
      'calendar.workingHours[0].end',
    ],
    [
      {
        workingHours: [
          { weekday: 1, start: '08:00', end: '12:00' },
          { weekday: 1, start: '11:00', end: '17:00' },
        ],
      },
      'calendar.workingHours[1]',
    ],
    [{ holidays: ['2026-02-30'] }, 'calendar.holidays'],
    [{ holidays: ['25.12.2026'] }, 'calendar.holidays'],
    [{ holidays: Array.from({ length: 1001 }, () => '2026-01-01') }, 'calendar.holidays'],
  ] as const)('rejects %j naming %s', (settings, field) => {
    const issues = validateWorkingCalendarSettings(settings);
    expect(issues.map((issue) => issue.field)).toContain(field);
    try {
      createWorkingCalendar(settings);
      throw new Error('expected a DomainError');
    } catch (error) {
      expect(isDomainError(error)).toBe(true);
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
    }
  });

  it('parses local times and real ISO dates only', () => {
    expect(parseLocalTime('00:00', false)).toBe(0);
    expect(parseLocalTime('23:59', false)).toBe(23 * 60 + 59);
    expect(parseLocalTime('24:00', false)).toBeNull();
    expect(parseLocalTime('24:00', true)).toBe(24 * 60);
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2026-02-29')).toBe(false);
    expect(isIsoDate('2026-13-01')).toBe(false);
  });
});
