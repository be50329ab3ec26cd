import { describeEachDatabase, type TestApp } from './support/test-app';

/*
 * Exercises: the built-in scenario played in a space of its own. The facilitator (ADMIN) starts,
 * advances the exercise clock and ends it; participants (RESPONDER) log what they do; viewers
 * read. Nothing of an exercise reaches the public page, summary.json, the feed, the overview, the
 * incidents or the outbox.
 */

/** A word so odd it can only come from this suite. */
const SECRET = 'EXERCISE-WORD-7Q';

const EXERCISE_FIELDS = `id title scenarioKey elapsedMinutes version endedAt startedBy
  nextInjectAtMinute
  injects { atMinute code arrived params { name value } }
  entries { kind text atMinute loggedBy }
  improvements { title owner dueOn }`;
const START = `mutation S($input: StartExerciseInput!) { startExercise(input: $input) { ${EXERCISE_FIELDS} } }`;
const ADVANCE = `mutation A($input: AdvanceExerciseClockInput!) { advanceExerciseClock(input: $input) { ${EXERCISE_FIELDS} } }`;
const LOG = `mutation L($input: LogExerciseEntryInput!) { logExerciseEntry(input: $input) { ${EXERCISE_FIELDS} } }`;
const IMPROVE = `mutation I($input: AddExerciseImprovementInput!) { addExerciseImprovement(input: $input) { ${EXERCISE_FIELDS} } }`;
const END = `mutation E($input: EndExerciseInput!) { endExercise(input: $input) { ${EXERCISE_FIELDS} } }`;
const ONE = `query X($id: ID!) { exercise(id: $id) {
  ${EXERCISE_FIELDS}
  report {
    elapsedMinutes firstInjectMinute minutesToFirstCustomerWord longestWaitForWordMinutes customerWordCount
    decisions { text atMinute } gaps { text atMinute } improvements { title }
    timeline { type atMinute injectCode kind text }
  }
  de: reportMarkdown(locale: de)
  en: reportMarkdown(locale: en)
} }`;

interface Exercise {
  id: string;
  title: string;
  elapsedMinutes: number;
  version: number;
  endedAt: string | null;
  nextInjectAtMinute: number | null;
  injects: { atMinute: number; code: string; arrived: boolean }[];
  entries: { kind: string; text: string; atMinute: number }[];
  improvements: { title: string }[];
}

function arrived(exercise: Exercise): string[] {
  return exercise.injects.filter((inject) => inject.arrived).map((inject) => inject.code);
}

async function start(app: TestApp, key: string): Promise<Exercise> {
  const { startExercise } = await app.gqlOk<{ startExercise: Exercise }>(START, {
    input: {
      scenarioKey: 'server-failure-friday',
      title: `Friday drill ${key}`,
      idempotencyKey: key,
    },
  });
  return startExercise;
}

describeEachDatabase('exercises', (use) => {
  let exercise: Exercise;

  it('lists the built-in scenario for viewers', async () => {
    const { exerciseScenarios } = await use().gqlOk<{
      exerciseScenarios: { key: string; injects: { atMinute: number; code: string }[] }[];
    }>(`{ exerciseScenarios { key injects { atMinute code } } }`, {}, { as: 'VIEWER' });
    expect(exerciseScenarios).toEqual([expect.objectContaining({ key: 'server-failure-friday' })]);
    expect(exerciseScenarios[0]?.injects.map((inject) => inject.atMinute)).toEqual([
      0, 60, 120, 1440, 1560, 1800,
    ]);
  });

  it('starts an exercise at exercise minute 0 with the first inject arrived; a retry replays', async () => {
    const app = use();
    exercise = await start(app, 'drill-1');
    expect(exercise).toMatchObject({
      title: 'Friday drill drill-1',
      elapsedMinutes: 0,
      version: 1,
      endedAt: null,
      nextInjectAtMinute: 60,
    });
    expect(arrived(exercise)).toEqual(['SERVER_DOWN']);
    const again = await start(app, 'drill-1');
    expect(again.id).toBe(exercise.id);

    const unknown = await app.gql(START, {
      input: { scenarioKey: 'fire', title: 'x', idempotencyKey: 'drill-x' },
    });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(unknown.errors?.[0]?.extensions?.issues).toEqual([
      expect.objectContaining({ field: 'scenarioKey', code: 'ONE_OF' }),
    ]);
  });

  it('lets only the facilitator start and move the clock, participants log, viewers read', async () => {
    const app = use();
    const responderStart = await app.gql(
      START,
      { input: { scenarioKey: 'server-failure-friday', title: 'x', idempotencyKey: 'r' } },
      { as: 'RESPONDER' },
    );
    expect(responderStart.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const responderAdvance = await app.gql(
      ADVANCE,
      { input: { id: exercise.id, version: exercise.version, minutes: 30 } },
      { as: 'RESPONDER' },
    );
    expect(responderAdvance.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const viewerLog = await app.gql(
      LOG,
      { input: { exerciseId: exercise.id, kind: 'ACTION', text: 'x', idempotencyKey: 'v' } },
      { as: 'VIEWER' },
    );
    expect(viewerLog.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const { exercises } = await app.gqlOk<{ exercises: { id: string }[] }>(
      `{ exercises { id } }`,
      {},
      { as: 'VIEWER' },
    );
    expect(exercises.map((item) => item.id)).toContain(exercise.id);
  });

  it('moves the clock by minutes and to the next inject; injects arrive on time', async () => {
    const app = use();
    const first = await app.gqlOk<{ advanceExerciseClock: Exercise }>(ADVANCE, {
      input: { id: exercise.id, version: exercise.version, minutes: 30 },
    });
    expect(first.advanceExerciseClock).toMatchObject({ elapsedMinutes: 30, version: 2 });
    expect(arrived(first.advanceExerciseClock)).toEqual(['SERVER_DOWN']);

    const next = await app.gqlOk<{ advanceExerciseClock: Exercise }>(ADVANCE, {
      input: { id: exercise.id, version: 2, toNextInject: true },
    });
    expect(next.advanceExerciseClock).toMatchObject({ elapsedMinutes: 60, version: 3 });
    expect(arrived(next.advanceExerciseClock)).toEqual(['SERVER_DOWN', 'EMAILS_PILE_UP']);
    exercise = next.advanceExerciseClock;

    const stale = await app.gql(ADVANCE, {
      input: { id: exercise.id, version: 2, minutes: 30 },
    });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const bad = await app.gql(ADVANCE, { input: { id: exercise.id, version: 3, minutes: 0 } });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(bad.errors?.[0]?.extensions?.issues).toEqual([
      expect.objectContaining({ field: 'minutes', code: 'MINUTES_RANGE' }),
    ]);
    const after = await app.gqlOk<{ exercise: Exercise }>(ONE, { id: exercise.id });
    expect(after.exercise).toMatchObject({ elapsedMinutes: 60, version: 3 });
  });

  it('logs entries at the exercise time; a retry replays, a bad kind is refused', async () => {
    const app = use();
    const log = (kind: string, text: string, key: string) =>
      app.gqlOk<{ logExerciseEntry: Exercise }>(
        LOG,
        { input: { exerciseId: exercise.id, kind, text, idempotencyKey: key } },
        { as: 'RESPONDER' },
      );
    await log('GAP', 'Nobody knew the carrier portal login', 'e1');
    await log('GAP', 'Nobody knew the carrier portal login', 'e1');
    await app.gqlOk(ADVANCE, { input: { id: exercise.id, version: 3, toNextInject: true } });
    await log('DECISION', 'Take orders on paper', 'e2');
    const { logExerciseEntry } = await log('CUSTOMER_WORD', `We are here ${SECRET}`, 'e3');
    expect(logExerciseEntry.entries).toEqual([
      expect.objectContaining({ kind: 'GAP', atMinute: 60 }),
      expect.objectContaining({ kind: 'DECISION', atMinute: 120 }),
      expect.objectContaining({ kind: 'CUSTOMER_WORD', atMinute: 120 }),
    ]);
    expect(logExerciseEntry.version).toBe(4);
    exercise = logExerciseEntry;

    const bad = await app.gql(LOG, {
      input: { exerciseId: exercise.id, kind: 'RUMOUR', text: ' ', idempotencyKey: 'e4' },
    });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('never shows an exercise on the public page, summary.json, the feed, the overview or the incidents, and sends nothing', async () => {
    const app = use();
    const publicView = await app.gqlOk(
      `{ statusPage { indicator activeIncidents { title } recentIncidents { title } } }`,
      {},
      { as: 'anonymous' },
    );
    expect(publicView).toEqual({
      statusPage: { indicator: 'none', activeIncidents: [], recentIncidents: [] },
    });
    for (const path of ['/api/v2/summary.json', '/status/feed.atom']) {
      const response = await fetch(`${app.url}${path}`);
      expect(response.status).toBe(200);
      const text = await response.text();
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('Friday drill');
    }
    const internal = await app.gqlOk<{
      overview: { activeIncidents: unknown[] };
      incidents: { totalCount: number };
      outboxMessages: unknown[];
    }>(`{
      overview { activeIncidents { incident { id } } }
      incidents { totalCount }
      outboxMessages(first: 500) { id }
    }`);
    expect(internal).toEqual({
      overview: { activeIncidents: [] },
      incidents: { totalCount: 0 },
      outboxMessages: [],
    });
  });

  it('ends the exercise, which freezes it, and reports it in German and English', async () => {
    const app = use();
    const stale = await app.gql(END, { input: { id: exercise.id, version: 1 } });
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await app.gqlOk(ADVANCE, { input: { id: exercise.id, version: 4, minutes: 60 } });
    const { endExercise } = await app.gqlOk<{ endExercise: Exercise }>(END, {
      input: { id: exercise.id, version: 5 },
    });
    expect(endExercise).toMatchObject({ elapsedMinutes: 180, version: 6 });
    expect(endExercise.endedAt).not.toBeNull();

    const frozen = await app.gql(LOG, {
      input: { exerciseId: exercise.id, kind: 'ACTION', text: 'late', idempotencyKey: 'e5' },
    });
    expect(frozen.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect(frozen.errors?.[0]?.extensions?.issues).toEqual([
      expect.objectContaining({ code: 'EXERCISE_ENDED' }),
    ]);
    const clock = await app.gql(ADVANCE, { input: { id: exercise.id, version: 6, minutes: 30 } });
    expect(clock.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    // Improvements are written in the debrief, after the end.
    await app.gqlOk(
      IMPROVE,
      {
        input: {
          exerciseId: exercise.id,
          title: 'Carrier portal login into the emergency folder',
          owner: 'Shipping lead',
          dueOn: '2026-01-31',
          idempotencyKey: 'i1',
        },
      },
      { as: 'RESPONDER' },
    );

    const { exercise: read } = await app.gqlOk<{
      exercise: Exercise & { report: Record<string, unknown>; de: string; en: string };
    }>(ONE, { id: exercise.id }, { as: 'VIEWER' });
    expect(read.report).toMatchObject({
      elapsedMinutes: 180,
      firstInjectMinute: 0,
      minutesToFirstCustomerWord: 120,
      longestWaitForWordMinutes: 120,
      customerWordCount: 1,
      decisions: [{ text: 'Take orders on paper', atMinute: 120 }],
      gaps: [{ text: 'Nobody knew the carrier portal login', atMinute: 60 }],
      improvements: [{ title: 'Carrier portal login into the emergency folder' }],
    });
    expect((read.report['timeline'] as { type: string }[]).map((item) => item.type)).toEqual([
      'INJECT',
      'INJECT',
      'ENTRY',
      'INJECT',
      'ENTRY',
      'ENTRY',
    ]);
    expect(read.de).toContain('# Übungsbericht: Friday drill drill-1');
    expect(read.de).toContain('Längstes Warten auf ein Wort: 2:00 Std.');
    expect(read.en).toContain('# Post-exercise report');
  });

  it('keeps the outbox empty and the audit trail of every exercise write', async () => {
    const app = use();
    const { outboxMessages, auditLog } = await app.gqlOk<{
      outboxMessages: unknown[];
      auditLog: { action: string }[];
    }>(
      `query A($id: String) { outboxMessages(first: 500) { id } auditLog(entity: "Exercise", id: $id) { action } }`,
      { id: exercise.id },
    );
    expect(outboxMessages).toEqual([]);
    expect(auditLog.map((entry) => entry.action).sort()).toEqual(
      [
        'addExerciseImprovement',
        'advanceExerciseClock',
        'advanceExerciseClock',
        'advanceExerciseClock',
        'advanceExerciseClock',
        'endExercise',
        'logExerciseEntry',
        'logExerciseEntry',
        'logExerciseEntry',
        'startExercise',
      ].sort(),
    );
  });
});
