import {
  advanceExerciseClock,
  arrivedInjects,
  builtInScenario,
  endExercise,
  EXERCISE_MAX_ADVANCE_MINUTES,
  EXERCISE_MAX_ELAPSED_MINUTES,
  EXERCISE_MAX_ENTRIES,
  nextInject,
  SERVER_FAILURE_FRIDAY,
  validateExerciseEntry,
  validateExerciseImprovement,
  type ClockStep,
  type ExerciseClock,
} from './exercise';
import {
  exerciseReport,
  exerciseReportMarkdown,
  exerciseTimeLabel,
  type ExerciseEntryFacts,
} from './exercise-report';
import { DomainError } from '../shared/domain-error';

const running = (elapsedMinutes: number): ExerciseClock => ({
  injects: SERVER_FAILURE_FRIDAY.injects,
  elapsedMinutes,
  endedAt: null,
});

function issueOf(work: () => unknown): { code: string; issues: readonly unknown[] } {
  try {
    work();
  } catch (error) {
    if (error instanceof DomainError) return { code: error.code, issues: error.issues };
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('the built-in scenario', () => {
  it('tells the seed story in six injects, starting at minute 0, in order', () => {
    const minutes = SERVER_FAILURE_FRIDAY.injects.map((inject) => inject.atMinute);
    expect(minutes).toEqual([0, 60, 120, 1440, 1560, 1800]);
    expect(SERVER_FAILURE_FRIDAY.injects.map((inject) => inject.code)).toContain('PHONES_DOWN');
    expect(builtInScenario('server-failure-friday')).toBe(SERVER_FAILURE_FRIDAY);
  });

  it('refuses an unknown scenario key with ONE_OF', () => {
    expect(issueOf(() => builtInScenario('fire'))).toEqual({
      code: 'BAD_USER_INPUT',
      issues: [expect.objectContaining({ field: 'scenarioKey', code: 'ONE_OF' })],
    });
  });
});

describe('the exercise clock', () => {
  it.each<[number, string[], string | null]>([
    [0, ['SERVER_DOWN'], 'EMAILS_PILE_UP'],
    [59, ['SERVER_DOWN'], 'EMAILS_PILE_UP'],
    [60, ['SERVER_DOWN', 'EMAILS_PILE_UP'], 'PHONES_DOWN'],
    [
      1559,
      ['SERVER_DOWN', 'EMAILS_PILE_UP', 'PHONES_DOWN', 'ORDER_RECORDS_DAMAGED'],
      'CUSTOMERS_ASK',
    ],
    [1800, SERVER_FAILURE_FRIDAY.injects.map((inject) => inject.code), null],
  ])('at minute %i the arrived injects are %j and the next is %s', (elapsed, arrived, next) => {
    expect(arrivedInjects(running(elapsed)).map((inject) => inject.code)).toEqual(arrived);
    expect(nextInject(running(elapsed))?.code ?? null).toBe(next);
  });

  it.each<[number, ClockStep, number]>([
    [0, { minutes: 30 }, 30],
    [0, { toNextInject: true }, 60],
    [61, { toNextInject: true }, 120],
    [120, { toNextInject: true }, 1440],
    [0, { minutes: EXERCISE_MAX_ADVANCE_MINUTES }, EXERCISE_MAX_ADVANCE_MINUTES],
  ])('from minute %i a step of %j goes to minute %i', (from, step, to) => {
    expect(advanceExerciseClock(running(from), step)).toBe(to);
  });

  it.each<[string, ExerciseClock, ClockStep, string, string]>([
    ['no minutes', running(0), { minutes: 0 }, 'BAD_USER_INPUT', 'MINUTES_RANGE'],
    ['negative minutes', running(30), { minutes: -10 }, 'BAD_USER_INPUT', 'MINUTES_RANGE'],
    ['part minutes', running(0), { minutes: 1.5 }, 'BAD_USER_INPUT', 'MINUTES_RANGE'],
    [
      'more than a week',
      running(0),
      { minutes: EXERCISE_MAX_ADVANCE_MINUTES + 1 },
      'BAD_USER_INPUT',
      'MINUTES_RANGE',
    ],
    [
      'past the limit',
      running(EXERCISE_MAX_ELAPSED_MINUTES - 10),
      { minutes: 11 },
      'BAD_USER_INPUT',
      'MINUTES_RANGE',
    ],
    ['no inject left', running(1800), { toNextInject: true }, 'BAD_USER_INPUT', 'NO_NEXT_INJECT'],
    [
      'an ended exercise',
      { ...running(30), endedAt: new Date('2025-03-07T12:00:00Z') },
      { minutes: 30 },
      'CONFLICT',
      'EXERCISE_ENDED',
    ],
  ])('refuses %s', (_name, clock, step, code, issueCode) => {
    expect(issueOf(() => advanceExerciseClock(clock, step))).toEqual({
      code,
      issues: [expect.objectContaining({ code: issueCode })],
    });
  });

  it('ends once, never before its start', () => {
    const startedAt = new Date('2025-03-07T10:00:00Z');
    const ended = endExercise({ startedAt, endedAt: null }, new Date('2025-03-07T09:00:00Z'));
    expect(ended.endedAt).toEqual(startedAt);
    expect(issueOf(() => endExercise(ended, startedAt))).toMatchObject({ code: 'CONFLICT' });
  });
});

describe('log entries and improvements', () => {
  it.each<[string, { kind: string; text: string }, number, string, string]>([
    ['an unknown kind', { kind: 'RUMOUR', text: 'x' }, 0, 'kind', 'ONE_OF'],
    ['an empty text', { kind: 'ACTION', text: '  ' }, 0, 'text', 'REQUIRED'],
    ['a long text', { kind: 'GAP', text: 'x'.repeat(2001) }, 0, 'text', 'TOO_LONG'],
    ['a full log', { kind: 'GAP', text: 'x' }, EXERCISE_MAX_ENTRIES, 'exerciseId', 'TOO_MANY'],
  ])('refuses %s', (_name, input, count, field, code) => {
    expect(validateExerciseEntry(input, count)).toEqual([expect.objectContaining({ field, code })]);
  });

  it('accepts every kind with a text', () => {
    for (const kind of ['ACTION', 'DECISION', 'CUSTOMER_WORD', 'GAP']) {
      expect(validateExerciseEntry({ kind, text: 'ok' }, 0)).toEqual([]);
    }
  });

  it.each<[string, { title: string; owner: string; dueOn: string | null }, string, string]>([
    ['an empty title', { title: '', owner: '', dueOn: null }, 'title', 'REQUIRED'],
    ['a bad date', { title: 'x', owner: '', dueOn: '2026-13-01' }, 'dueOn', 'DATE_FORMAT'],
    ['a long owner', { title: 'x', owner: 'o'.repeat(201), dueOn: null }, 'owner', 'TOO_LONG'],
  ])('refuses an improvement with %s', (_name, input, field, code) => {
    expect(validateExerciseImprovement(input, 0)).toEqual([
      expect.objectContaining({ field, code }),
    ]);
  });
});

describe('exerciseReport', () => {
  const entry = (
    atMinute: number,
    kind: ExerciseEntryFacts['kind'],
    text: string = kind,
  ): ExerciseEntryFacts => ({
    atMinute,
    kind,
    text,
    by: 'anna@example.com',
  });

  it.each<[string, number, ExerciseEntryFacts[], number | null, number | null]>([
    ['no word at all: the whole time is the wait', 1800, [], null, 1800],
    ['a late first word', 1800, [entry(1500, 'CUSTOMER_WORD')], 1500, 1500],
    [
      'two words: the longest gap counts, up to the end',
      1800,
      [entry(60, 'CUSTOMER_WORD'), entry(1000, 'CUSTOMER_WORD')],
      60,
      940,
    ],
    ['a word at the end', 120, [entry(30, 'CUSTOMER_WORD'), entry(120, 'CUSTOMER_WORD')], 30, 90],
    ['other entries are no word', 120, [entry(10, 'ACTION'), entry(20, 'GAP')], null, 120],
  ])('%s', (_name, elapsed, entries, first, longest) => {
    const report = exerciseReport({
      injects: SERVER_FAILURE_FRIDAY.injects,
      elapsedMinutes: elapsed,
      entries,
      improvements: [],
    });
    expect(report.minutesToFirstCustomerWord).toBe(first);
    expect(report.longestWaitForWordMinutes).toBe(longest);
  });

  it('lists arrived injects before entries of the same minute, decisions and gaps apart', () => {
    const report = exerciseReport({
      injects: SERVER_FAILURE_FRIDAY.injects,
      elapsedMinutes: 120,
      entries: [entry(120, 'DECISION', 'Use paper'), entry(5, 'GAP', 'No portal login')],
      improvements: [{ title: 'Portal login in the safe', owner: 'Shipping', dueOn: null }],
    });
    expect(report.timeline.map((item) => [item.atMinute, item.type])).toEqual([
      [0, 'INJECT'],
      [5, 'ENTRY'],
      [60, 'INJECT'],
      [120, 'INJECT'],
      [120, 'ENTRY'],
    ]);
    expect(report.decisions.map((item) => item.text)).toEqual(['Use paper']);
    expect(report.gaps.map((item) => item.text)).toEqual(['No portal login']);
    expect(report.improvements).toHaveLength(1);
  });

  it('has no waits before the first inject arrived', () => {
    const report = exerciseReport({
      injects: [{ atMinute: 10, code: 'SERVER_DOWN', params: {} }],
      elapsedMinutes: 5,
      entries: [],
      improvements: [],
    });
    expect(report).toMatchObject({ firstInjectMinute: null, longestWaitForWordMinutes: null });
  });

  it('writes the report in German and English, marked as an exercise', () => {
    const report = exerciseReport({
      injects: SERVER_FAILURE_FRIDAY.injects,
      elapsedMinutes: 1560,
      entries: [entry(1500, 'CUSTOMER_WORD', 'Wir sind da | bald'), entry(200, 'GAP', 'Login')],
      improvements: [{ title: 'Portal login', owner: '', dueOn: '2026-01-31' }],
    });
    const document = {
      title: 'Drill',
      scenarioKey: 'server-failure-friday',
      startedAt: new Date('2025-03-07T09:00:00Z'),
      endedAt: new Date('2025-03-07T11:00:00Z'),
      report,
      timeZone: 'Europe/Berlin',
    };
    const de = exerciseReportMarkdown(document, 'de');
    expect(de).toContain('# Übungsbericht: Drill');
    expect(de).toContain('ÜBUNG');
    expect(de).toContain('Serverausfall an einem Freitag');
    expect(de).toContain('Längstes Warten auf ein Wort: 25:00 Std.');
    expect(de).toContain('„Seid Ihr noch da?“');
    expect(de).toContain('Wir sind da \\| bald');
    expect(de).toContain('| Portal login | – | 2026-01-31 |');
    const en = exerciseReportMarkdown(document, 'en');
    expect(en).toContain('# Post-exercise report: Drill');
    expect(en).toContain('EXERCISE');
    expect(en).toContain('- T+26:00 **Inject**: Customers ask');
    expect(en).not.toMatch(/Übung|Kundschaft/);
  });

  it('labels exercise time so it is no time of day', () => {
    expect([0, 59, 60, 1565].map(exerciseTimeLabel)).toEqual([
      'T+0:00',
      'T+0:59',
      'T+1:00',
      'T+26:05',
    ]);
  });
});
