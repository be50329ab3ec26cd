import {
  BREACH_NOTIFICATION_HOURS,
  BREACH_TEXT_MAX_LENGTH,
  type DataBreachInput,
  notificationClock,
  notificationClockAt,
  notificationDeadline,
  toDataBreachRecord,
  validateDataBreach,
} from './data-breach';

const HOUR = 60 * 60 * 1000;
const aware = new Date('2026-11-20T09:00:00Z');
const after = (hours: number) => new Date(aware.getTime() + hours * HOUR);

function input(overrides: Partial<DataBreachInput> = {}): DataBreachInput {
  return {
    aspects: ['AVAILABILITY'],
    awareAt: aware,
    facts: 'Order records of two days lost with the server.',
    effects: 'Customers wait for orders we cannot see.',
    remedialAction: 'Reconstruct orders from payment and mail records.',
    affectedPeopleEstimate: 180,
    authorityDecision: 'PENDING',
    authorityNotifiedAt: null,
    authorityReason: '',
    ...overrides,
  };
}

const codesOf = (value: DataBreachInput, now = after(10)) =>
  validateDataBreach(value, now).map((issue) => `${issue.field}:${issue.code ?? '-'}`);

describe('validateDataBreach', () => {
  it.each<[string, Partial<DataBreachInput>, string[]]>([
    ['a pending record', {}, []],
    ['no aspect', { aspects: [] }, ['aspects:REQUIRED']],
    ['an unknown aspect', { aspects: ['AVAILABILITY', 'MOOD'] }, ['aspects:ONE_OF']],
    ['awareness in the future', { awareAt: after(11) }, ['awareAt:IN_THE_FUTURE']],
    ['a text too long', { facts: 'x'.repeat(BREACH_TEXT_MAX_LENGTH + 1) }, ['facts:TOO_LONG']],
    [
      'a negative estimate',
      { affectedPeopleEstimate: -1 },
      ['affectedPeopleEstimate:NUMBER_RANGE'],
    ],
    [
      'a fractional estimate',
      { affectedPeopleEstimate: 1.5 },
      ['affectedPeopleEstimate:NUMBER_RANGE'],
    ],
    ['an unknown decision', { authorityDecision: 'MAYBE' }, ['authorityDecision:ONE_OF']],
    [
      'notified without a time',
      { authorityDecision: 'NOTIFIED' },
      ['authorityNotifiedAt:REQUIRED'],
    ],
    ['notified in time', { authorityDecision: 'NOTIFIED', authorityNotifiedAt: after(5) }, []],
    [
      'notified before becoming aware',
      { authorityDecision: 'NOTIFIED', authorityNotifiedAt: after(-1) },
      ['authorityNotifiedAt:BEFORE_AWARENESS'],
    ],
    [
      'a notification time on a pending record',
      { authorityNotifiedAt: after(5) },
      ['authorityNotifiedAt:ONLY_WHEN_NOTIFIED'],
    ],
    [
      'not required without a reason',
      { authorityDecision: 'NOT_REQUIRED', authorityReason: '  ' },
      ['authorityReason:NO_NOTIFICATION_REASON'],
    ],
    [
      'not required with a reason',
      {
        authorityDecision: 'NOT_REQUIRED',
        authorityReason: 'Restored from backup within an hour.',
      },
      [],
    ],
  ])('%s', (_, overrides, expected) => {
    expect(codesOf(input(overrides))).toEqual(expected);
  });

  it('asks for the reasons of a notification later than 72 hours', () => {
    const late = input({
      authorityDecision: 'NOTIFIED',
      authorityNotifiedAt: after(BREACH_NOTIFICATION_HOURS + 1),
    });
    const now = after(100);
    expect(codesOf(late, now)).toEqual(['authorityReason:LATE_NOTIFICATION_REASON']);
    expect(codesOf({ ...late, authorityReason: 'The backup had to be read first.' }, now)).toEqual(
      [],
    );
  });
});

describe('toDataBreachRecord', () => {
  it('trims the texts and keeps the aspects in their fixed order', () => {
    const record = toDataBreachRecord(
      input({ aspects: ['CONFIDENTIALITY', 'AVAILABILITY'], facts: '  lost  ' }),
    );
    expect(record.aspects).toEqual(['AVAILABILITY', 'CONFIDENTIALITY']);
    expect(record.facts).toBe('lost');
  });
});

describe('notificationClock', () => {
  const pending = {
    awareAt: aware,
    authorityDecision: 'PENDING' as const,
    authorityNotifiedAt: null,
  };

  it('runs for 72 hours from awareness, rounding the time left down', () => {
    expect(notificationDeadline(aware)).toEqual(after(72));
    expect(notificationClock(pending, new Date(aware.getTime() + 30_000))).toEqual({
      state: 'RUNNING',
      deadline: after(72),
      minutesLeft: 72 * 60 - 1,
      minutesOverdue: 0,
      notifiedLate: false,
    });
  });

  it('is overdue at the deadline while no decision stands', () => {
    expect(notificationClock(pending, after(72)).state).toBe('OVERDUE');
    expect(notificationClock(pending, after(74))).toMatchObject({
      state: 'OVERDUE',
      minutesLeft: 0,
      minutesOverdue: 120,
    });
  });

  it('stops with a decision, and remembers a late notification', () => {
    expect(
      notificationClock(
        { awareAt: aware, authorityDecision: 'NOTIFIED', authorityNotifiedAt: after(80) },
        after(90),
      ),
    ).toMatchObject({ state: 'NOTIFIED', notifiedLate: true, minutesOverdue: 0 });
    expect(
      notificationClock(
        { awareAt: aware, authorityDecision: 'NOT_REQUIRED', authorityNotifiedAt: null },
        after(90),
      ),
    ).toMatchObject({ state: 'NOT_REQUIRED', minutesLeft: 0 });
  });
});

describe('notificationClockAt', () => {
  const pending = {
    awareAt: aware,
    authorityDecision: 'PENDING' as const,
    authorityNotifiedAt: null,
  };

  it('has no clock before the moment of awareness, and the running clock from then on', () => {
    expect(notificationClockAt(pending, after(-1))).toBeNull();
    expect(notificationClockAt(pending, aware)?.minutesLeft).toBe(72 * 60);
  });
});
