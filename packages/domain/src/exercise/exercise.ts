import { isIsoDate } from '../calendar/working-calendar';
import { DomainError, type FieldIssue } from '../shared/domain-error';
import { textIssues } from '../shared/text';

/**
 * An exercise: a scenario played in a space of its own, apart from real incidents, so nothing of
 * it can reach the public page, customers or webhooks (ADR 0019). It has its own clock: the
 * exercise time (`elapsedMinutes`) moves only when the facilitator advances it, and the
 * scenario's injects arrive when the exercise time reaches them.
 */

/** Longest exercise title. */
export const EXERCISE_TITLE_MAX_LENGTH = 200;
/** Longest log entry text. */
export const EXERCISE_ENTRY_MAX_LENGTH = 2_000;
/** Most log entries one exercise holds. */
export const EXERCISE_MAX_ENTRIES = 500;
/** Longest improvement title and owner. */
export const EXERCISE_IMPROVEMENT_TITLE_MAX_LENGTH = 300;
export const EXERCISE_IMPROVEMENT_OWNER_MAX_LENGTH = 200;
/** Most improvement actions one exercise holds. */
export const EXERCISE_MAX_IMPROVEMENTS = 100;
/** The most the clock moves in one step: a week of exercise time. */
export const EXERCISE_MAX_ADVANCE_MINUTES = 7 * 24 * 60;
/** The exercise clock stops at 30 days: a scenario longer than that is a plan, not a drill. */
export const EXERCISE_MAX_ELAPSED_MINUTES = 30 * 24 * 60;

/** What an exercise log entry records. */
export const EXERCISE_ENTRY_KINDS = ['ACTION', 'DECISION', 'CUSTOMER_WORD', 'GAP'] as const;
/** One of {@link EXERCISE_ENTRY_KINDS}. */
export type ExerciseEntryKind = (typeof EXERCISE_ENTRY_KINDS)[number];

/** The injects the built-in scenario knows, each worded by code in German and English. */
export const EXERCISE_INJECT_CODES = [
  'SERVER_DOWN',
  'EMAILS_PILE_UP',
  'PHONES_DOWN',
  'ORDER_RECORDS_DAMAGED',
  'CUSTOMERS_ASK',
  'CARRIER_LABELS_FAIL',
] as const;
/** One of {@link EXERCISE_INJECT_CODES}. */
export type ExerciseInjectCode = (typeof EXERCISE_INJECT_CODES)[number];

/** Something that happens in the scenario at a set exercise time. */
export interface ExerciseInject {
  /** Exercise minutes after the start. */
  atMinute: number;
  code: ExerciseInjectCode;
  /** The values the wording needs (a count, a quote). */
  params: Readonly<Record<string, string | number>>;
}

/** A scenario: a key, and the injects in the order they arrive. */
export interface ExerciseScenario {
  key: string;
  injects: readonly ExerciseInject[];
}

/**
 * The seed story as a scenario: the main server fails on a Friday (order data, e-mail, label
 * software), the e-mails pile up, the phones turn out to be down too, the restored order records
 * are damaged, customers ask whether anyone is still there, and the carrier labels fail.
 */
export const SERVER_FAILURE_FRIDAY: ExerciseScenario = {
  key: 'server-failure-friday',
  injects: [
    { atMinute: 0, code: 'SERVER_DOWN', params: {} },
    { atMinute: 60, code: 'EMAILS_PILE_UP', params: { count: 3500 } },
    { atMinute: 120, code: 'PHONES_DOWN', params: {} },
    { atMinute: 24 * 60, code: 'ORDER_RECORDS_DAMAGED', params: {} },
    { atMinute: 26 * 60, code: 'CUSTOMERS_ASK', params: { quote: 'Seid Ihr noch da?' } },
    { atMinute: 30 * 60, code: 'CARRIER_LABELS_FAIL', params: {} },
  ],
};

/** The scenarios that ship with Lagebild. */
export const BUILT_IN_SCENARIOS: readonly ExerciseScenario[] = [SERVER_FAILURE_FRIDAY];

/** A built-in scenario by key; BAD_USER_INPUT (ONE_OF) for an unknown key. */
export function builtInScenario(key: string): ExerciseScenario {
  const scenario = BUILT_IN_SCENARIOS.find((candidate) => candidate.key === key);
  if (!scenario) {
    const values = BUILT_IN_SCENARIOS.map((candidate) => candidate.key);
    throw new DomainError('BAD_USER_INPUT', `Unknown scenario: ${key}`, [
      {
        field: 'scenarioKey',
        code: 'ONE_OF',
        params: { values },
        message: `must be one of ${values.join(', ')}`,
      },
    ]);
  }
  return scenario;
}

/** The clock of an exercise as the rules read it. */
export interface ExerciseClock {
  injects: readonly ExerciseInject[];
  elapsedMinutes: number;
  endedAt: Date | null;
}

/** The injects that have arrived: those whose time the exercise clock has reached. */
export function arrivedInjects(exercise: ExerciseClock): ExerciseInject[] {
  return exercise.injects.filter((inject) => inject.atMinute <= exercise.elapsedMinutes);
}

/** The next inject to arrive, or null when all have. */
export function nextInject(exercise: ExerciseClock): ExerciseInject | null {
  return (
    [...exercise.injects]
      .sort((a, b) => a.atMinute - b.atMinute)
      .find((inject) => inject.atMinute > exercise.elapsedMinutes) ?? null
  );
}

/** CONFLICT (EXERCISE_ENDED) once the exercise has ended: an ended exercise is frozen. */
export function assertExerciseRunning(exercise: { endedAt: Date | null }): void {
  if (exercise.endedAt !== null) {
    throw new DomainError('CONFLICT', 'The exercise has ended: it is kept as it was', [
      { field: 'id', code: 'EXERCISE_ENDED', message: 'the exercise has ended' },
    ]);
  }
}

/** How the facilitator moves the clock: by some minutes, or to the next inject. */
export type ClockStep = { minutes: number } | { toNextInject: true };

/**
 * The exercise time after the facilitator's step. A step of 1 to
 * {@link EXERCISE_MAX_ADVANCE_MINUTES} minutes, never past {@link EXERCISE_MAX_ELAPSED_MINUTES};
 * "to the next inject" needs one still to come. The clock never moves back.
 */
export function advanceExerciseClock(exercise: ExerciseClock, step: ClockStep): number {
  assertExerciseRunning(exercise);
  if ('toNextInject' in step) {
    const next = nextInject(exercise);
    if (next === null) {
      throw new DomainError('BAD_USER_INPUT', 'Every inject has arrived already', [
        { field: 'toNextInject', code: 'NO_NEXT_INJECT', message: 'every inject has arrived' },
      ]);
    }
    return next.atMinute;
  }
  const { minutes } = step;
  if (!Number.isInteger(minutes) || minutes < 1 || minutes > EXERCISE_MAX_ADVANCE_MINUTES) {
    throw new DomainError('BAD_USER_INPUT', 'Invalid clock step', [
      {
        field: 'minutes',
        code: 'MINUTES_RANGE',
        params: { min: 1, max: EXERCISE_MAX_ADVANCE_MINUTES },
        message: `must be a whole number from 1 to ${EXERCISE_MAX_ADVANCE_MINUTES}`,
      },
    ]);
  }
  const elapsed = exercise.elapsedMinutes + minutes;
  if (elapsed > EXERCISE_MAX_ELAPSED_MINUTES) {
    throw new DomainError('BAD_USER_INPUT', 'The exercise clock would pass its limit', [
      {
        field: 'minutes',
        code: 'MINUTES_RANGE',
        params: { min: 1, max: EXERCISE_MAX_ELAPSED_MINUTES - exercise.elapsedMinutes },
        message: `the exercise time may not pass ${EXERCISE_MAX_ELAPSED_MINUTES} minutes`,
      },
    ]);
  }
  return elapsed;
}

/** Problems with an exercise's title. */
export function validateExerciseTitle(title: string): FieldIssue[] {
  return textIssues('title', title, EXERCISE_TITLE_MAX_LENGTH, true);
}

/** A log entry as a participant writes it. */
export interface ExerciseEntryInput {
  kind: string;
  text: string;
}

/** Problems with a log entry: a known kind, a text, room left in the log. */
export function validateExerciseEntry(
  input: ExerciseEntryInput,
  entriesSoFar: number,
): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!(EXERCISE_ENTRY_KINDS as readonly string[]).includes(input.kind)) {
    issues.push({
      field: 'kind',
      code: 'ONE_OF',
      params: { values: [...EXERCISE_ENTRY_KINDS] },
      message: `must be one of ${EXERCISE_ENTRY_KINDS.join(', ')}`,
    });
  }
  issues.push(...textIssues('text', input.text, EXERCISE_ENTRY_MAX_LENGTH, true));
  if (entriesSoFar >= EXERCISE_MAX_ENTRIES) {
    issues.push({
      field: 'exerciseId',
      code: 'TOO_MANY',
      params: { max: EXERCISE_MAX_ENTRIES },
      message: `an exercise holds at most ${EXERCISE_MAX_ENTRIES} entries`,
    });
  }
  return issues;
}

/** An improvement action as someone writes it. */
export interface ExerciseImprovementInput {
  title: string;
  owner: string;
  /** ISO date (`2026-12-01`) or null. */
  dueOn: string | null;
}

/** Problems with an improvement action: a title, a short owner, a real date, room left. */
export function validateExerciseImprovement(
  input: ExerciseImprovementInput,
  improvementsSoFar: number,
): FieldIssue[] {
  const issues: FieldIssue[] = [
    ...textIssues('title', input.title, EXERCISE_IMPROVEMENT_TITLE_MAX_LENGTH, true),
    ...textIssues('owner', input.owner, EXERCISE_IMPROVEMENT_OWNER_MAX_LENGTH, false),
  ];
  if (input.dueOn !== null && !isIsoDate(input.dueOn)) {
    issues.push({
      field: 'dueOn',
      code: 'DATE_FORMAT',
      message: 'must be a date like 2026-12-01',
    });
  }
  if (improvementsSoFar >= EXERCISE_MAX_IMPROVEMENTS) {
    issues.push({
      field: 'exerciseId',
      code: 'TOO_MANY',
      params: { max: EXERCISE_MAX_IMPROVEMENTS },
      message: `an exercise holds at most ${EXERCISE_MAX_IMPROVEMENTS} improvements`,
    });
  }
  return issues;
}

/** Ends a running exercise at `now`: the clock stops and nothing more is logged. */
export function endExercise<T extends { endedAt: Date | null; startedAt: Date }>(
  exercise: T,
  now: Date,
): T {
  assertExerciseRunning(exercise);
  // Never before it started, even with a clock that moved back.
  return { ...exercise, endedAt: new Date(Math.max(now.getTime(), exercise.startedAt.getTime())) };
}
