import { Injectable } from '@nestjs/common';
import {
  advanceExerciseClock,
  assertExerciseRunning,
  builtInScenario,
  BUILT_IN_SCENARIOS,
  type ClockStep,
  type CommunicationLocale,
  DomainError,
  endExercise,
  exerciseReportMarkdown,
  validateExerciseEntry,
  validateExerciseImprovement,
  validateExerciseTitle,
} from '@lagebild/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, actorLabel } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { inTransaction } from '../common/transaction';
import { versionedUpdate } from '../common/versioned-update';
import { isUniqueViolation } from '../database/unique-violation';
import { notFound } from '../graphql/error-codes';
import { idempotencyClaim, IdempotencyService } from '../idempotency/idempotency.service';
import { LiveEventsService } from '../live/live-events.service';
import { SettingsService } from '../settings/settings.service';
import {
  type AddExerciseImprovementInput,
  type AdvanceExerciseClockInput,
  type EndExerciseInput,
  type LogExerciseEntryInput,
  type StartExerciseInput,
} from './dto/exercise.input';
import { ExerciseEntity, ExerciseEntryEntity, ExerciseImprovementEntity } from './exercise.entity';
import { reportOf, toExerciseModel, toInjectModel } from './exercise.mapper';
import { ExercisesRepository } from './exercises.repository';
import { type ExerciseModel, type ExerciseScenarioModel } from './models/exercise.model';

/**
 * Exercises: the built-in scenario played in tables of its own (ADR 0019). Nothing here writes
 * to incidents, communications or the outbox, and no other feature reads these tables, so an
 * exercise cannot reach the public page, customers or webhooks.
 */
@Injectable()
export class ExercisesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ExercisesRepository,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
    private readonly settings: SettingsService,
    private readonly live: LiveEventsService,
    private readonly clock: Clock,
  ) {}

  scenarios(): ExerciseScenarioModel[] {
    return BUILT_IN_SCENARIOS.map((scenario) => ({
      key: scenario.key,
      injects: scenario.injects.map((inject) => toInjectModel(inject, false)),
    }));
  }

  /** Every exercise with its log, newest first (three statements however many there are). */
  async exercises(): Promise<ExerciseModel[]> {
    const rows = await this.repository.exercises();
    const ids = rows.map((row) => row.id);
    const [entries, improvements] = await Promise.all([
      this.repository.entriesOf(ids),
      this.repository.improvementsOf(ids),
    ]);
    return rows.map((row) =>
      toExerciseModel(
        row,
        entries.filter((entry) => entry.exerciseId === row.id),
        improvements.filter((improvement) => improvement.exerciseId === row.id),
      ),
    );
  }

  async exercise(id: string, manager?: EntityManager): Promise<ExerciseModel | null> {
    const row = await this.repository.exercise(id, manager);
    if (!row) return null;
    const [entries, improvements] = await Promise.all([
      this.repository.entriesOf([id], manager),
      this.repository.improvementsOf([id], manager),
    ]);
    return toExerciseModel(row, entries, improvements);
  }

  private async existing(id: string, manager?: EntityManager): Promise<ExerciseModel> {
    const exercise = await this.exercise(id, manager);
    if (!exercise) throw notFound('Exercise', id);
    return exercise;
  }

  /** The report as Markdown in the reader's language. */
  async reportMarkdown(id: string, locale: CommunicationLocale): Promise<string> {
    const row = await this.repository.exercise(id);
    if (!row) throw notFound('Exercise', id);
    const [entries, improvements, settings] = await Promise.all([
      this.repository.entriesOf([id]),
      this.repository.improvementsOf([id]),
      this.settings.current(),
    ]);
    return exerciseReportMarkdown(
      {
        title: row.title,
        scenarioKey: row.scenarioKey,
        startedAt: row.startedAt,
        endedAt: row.endedAt,
        report: reportOf(row, entries, improvements),
        timeZone: settings.timeZone,
      },
      locale,
    );
  }

  /** Starts the built-in scenario at exercise minute 0: its first inject arrives at once. */
  start(input: StartExerciseInput, actor: Actor): Promise<ExerciseModel> {
    const scenario = builtInScenario(input.scenarioKey);
    DomainError.assertNoIssues(validateExerciseTitle(input.title), 'Invalid exercise');
    const claim = idempotencyClaim('exercises', 'startExercise', input.idempotencyKey, [
      input.scenarioKey,
      input.title,
    ]);
    return this.retrying(() =>
      inTransaction(this.dataSource, async (manager, afterCommit) => {
        const previous = await this.idempotency.previousResult<{ exerciseId: string }>(
          manager,
          claim,
        );
        if (previous) return this.existing(previous.exerciseId, manager);
        const now = this.clock.now();
        const entity = Object.assign(new ExerciseEntity(), {
          id: newId(),
          title: input.title.trim(),
          scenarioKey: scenario.key,
          injects: scenario.injects.map((inject) => ({ ...inject, params: { ...inject.params } })),
          startedAt: now,
          startedBy: actorLabel(actor),
          elapsedMinutes: 0,
          endedAt: null,
          endedBy: null,
          version: 1,
          updatedAt: now,
        });
        await this.idempotency.remember(manager, claim, { exerciseId: entity.id });
        await this.repository.insertExercise(manager, entity);
        await this.audit.record(manager, {
          actor,
          action: 'startExercise',
          entityType: 'Exercise',
          entityId: entity.id,
          after: { title: entity.title, scenarioKey: entity.scenarioKey, version: 1 },
        });
        afterCommit(() => this.live.overviewChanged('exercise'));
        return toExerciseModel(entity, [], []);
      }),
    );
  }

  /** The facilitator moves the exercise clock (by minutes or to the next inject). */
  async advance(input: AdvanceExerciseClockInput, actor: Actor): Promise<ExerciseModel> {
    const step: ClockStep = input.toNextInject
      ? { toNextInject: true }
      : { minutes: input.minutes ?? 0 };
    const saved = await versionedUpdate<ExerciseEntity, { next: ExerciseEntity }>(
      { dataSource: this.dataSource, audit: this.audit, clock: this.clock },
      {
        describe: (row) => `Exercise "${row.title}"`,
        load: (manager) => this.repository.exercise(input.id, manager),
        missing: () => notFound('Exercise', input.id),
        expectedVersion: input.version,
        decide: (current) => ({
          next: Object.assign(new ExerciseEntity(), current, {
            elapsedMinutes: advanceExerciseClock(current, step),
          }),
        }),
        save: (manager, next, expected) => this.repository.updateIfVersion(manager, next, expected),
        audit: (current, { next }) => ({
          actor,
          action: 'advanceExerciseClock',
          entityType: 'Exercise',
          entityId: current.id,
          before: { elapsedMinutes: current.elapsedMinutes, version: current.version },
          after: { elapsedMinutes: next.elapsedMinutes, version: next.version },
        }),
        announce: () => this.live.overviewChanged('exercise'),
      },
    );
    return this.existing(saved.id);
  }

  /** Ends the exercise: its clock and log freeze; improvements may still be added. */
  async end(input: EndExerciseInput, actor: Actor): Promise<ExerciseModel> {
    const saved = await versionedUpdate<ExerciseEntity, { next: ExerciseEntity }>(
      { dataSource: this.dataSource, audit: this.audit, clock: this.clock },
      {
        describe: (row) => `Exercise "${row.title}"`,
        load: (manager) => this.repository.exercise(input.id, manager),
        missing: () => notFound('Exercise', input.id),
        expectedVersion: input.version,
        decide: (current, now) => ({
          next: Object.assign(new ExerciseEntity(), endExercise(current, now), {
            endedBy: actorLabel(actor),
          }),
        }),
        save: (manager, next, expected) => this.repository.updateIfVersion(manager, next, expected),
        audit: (current, { next }) => ({
          actor,
          action: 'endExercise',
          entityType: 'Exercise',
          entityId: current.id,
          before: { endedAt: null, version: current.version },
          after: {
            endedAt: next.endedAt,
            elapsedMinutes: next.elapsedMinutes,
            version: next.version,
          },
        }),
        announce: () => this.live.overviewChanged('exercise'),
      },
    );
    return this.existing(saved.id);
  }

  /** A participant logs what was done, decided, said to customers or found missing. */
  logEntry(input: LogExerciseEntryInput, actor: Actor): Promise<ExerciseModel> {
    const claim = idempotencyClaim(input.exerciseId, 'logExerciseEntry', input.idempotencyKey, [
      input.kind,
      input.text,
    ]);
    return this.retrying(() =>
      inTransaction(this.dataSource, async (manager, afterCommit) => {
        if (await this.idempotency.previousResult(manager, claim)) {
          return this.existing(input.exerciseId, manager);
        }
        const exercise = await this.repository.exercise(input.exerciseId, manager);
        if (!exercise) throw notFound('Exercise', input.exerciseId);
        assertExerciseRunning(exercise);
        const now = this.clock.now();
        if (!(await this.repository.holdRunning(manager, exercise.id, now))) {
          assertExerciseRunning({ endedAt: now });
        }
        const count = await this.repository.countEntries(manager, exercise.id);
        DomainError.assertNoIssues(validateExerciseEntry(input, count), 'Invalid exercise entry');
        const entry = Object.assign(new ExerciseEntryEntity(), {
          id: newId(),
          exerciseId: exercise.id,
          kind: input.kind,
          text: input.text.trim(),
          atMinute: exercise.elapsedMinutes,
          loggedAt: now,
          loggedBy: actorLabel(actor),
        });
        await this.idempotency.remember(manager, claim, { entryId: entry.id });
        await this.repository.insertEntry(manager, entry);
        await this.audit.record(manager, {
          actor,
          action: 'logExerciseEntry',
          entityType: 'Exercise',
          entityId: exercise.id,
          after: { kind: entry.kind, text: entry.text, atMinute: entry.atMinute },
        });
        afterCommit(() => this.live.overviewChanged('exercise'));
        return this.existing(exercise.id, manager);
      }),
    );
  }

  /** An improvement action, during the exercise or in the debrief after it ended. */
  addImprovement(input: AddExerciseImprovementInput, actor: Actor): Promise<ExerciseModel> {
    const improvement = {
      title: input.title,
      owner: input.owner ?? '',
      dueOn: input.dueOn ?? null,
    };
    const claim = idempotencyClaim(
      input.exerciseId,
      'addExerciseImprovement',
      input.idempotencyKey,
      improvement,
    );
    return this.retrying(() =>
      inTransaction(this.dataSource, async (manager, afterCommit) => {
        if (await this.idempotency.previousResult(manager, claim)) {
          return this.existing(input.exerciseId, manager);
        }
        const exercise = await this.repository.exercise(input.exerciseId, manager);
        if (!exercise) throw notFound('Exercise', input.exerciseId);
        const count = await this.repository.countImprovements(manager, exercise.id);
        DomainError.assertNoIssues(
          validateExerciseImprovement(improvement, count),
          'Invalid improvement',
        );
        const entity = Object.assign(new ExerciseImprovementEntity(), {
          id: newId(),
          exerciseId: exercise.id,
          title: improvement.title.trim(),
          owner: improvement.owner.trim(),
          dueOn: improvement.dueOn,
          createdAt: this.clock.now(),
        });
        await this.idempotency.remember(manager, claim, { improvementId: entity.id });
        await this.repository.insertImprovement(manager, entity);
        await this.audit.record(manager, {
          actor,
          action: 'addExerciseImprovement',
          entityType: 'Exercise',
          entityId: exercise.id,
          after: { title: entity.title, owner: entity.owner, dueOn: entity.dueOn },
        });
        afterCommit(() => this.live.overviewChanged('exercise'));
        return this.existing(exercise.id, manager);
      }),
    );
  }

  /** Two calls with one key at once: the loser's retry replays the winner's result. */
  private async retrying<T>(attempt: () => Promise<T>): Promise<T> {
    try {
      return await attempt();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      return attempt();
    }
  }
}
