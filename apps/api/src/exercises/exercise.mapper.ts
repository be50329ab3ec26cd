import {
  arrivedInjects,
  type ExerciseEntryKind,
  type ExerciseInject,
  type ExerciseReport,
  exerciseReport,
  nextInject,
} from '@lagebild/domain';
import {
  type ExerciseEntity,
  type ExerciseEntryEntity,
  type ExerciseImprovementEntity,
} from './exercise.entity';
import {
  type ExerciseEntryModel,
  type ExerciseImprovementModel,
  type ExerciseInjectModel,
  type ExerciseInjectParamModel,
  type ExerciseModel,
  type ExerciseReportModel,
} from './models/exercise.model';

function paramsOf(params: ExerciseInject['params']): ExerciseInjectParamModel[] {
  return Object.entries(params).map(([name, value]) => ({ name, value: String(value) }));
}

export function toInjectModel(inject: ExerciseInject, arrived: boolean): ExerciseInjectModel {
  return { atMinute: inject.atMinute, code: inject.code, params: paramsOf(inject.params), arrived };
}

export function toEntryModel(entity: ExerciseEntryEntity): ExerciseEntryModel {
  return {
    id: entity.id,
    kind: entity.kind,
    text: entity.text,
    atMinute: entity.atMinute,
    loggedAt: entity.loggedAt,
    loggedBy: entity.loggedBy,
  };
}

export function toImprovementModel(entity: ExerciseImprovementEntity): ExerciseImprovementModel {
  return { id: entity.id, title: entity.title, owner: entity.owner, dueOn: entity.dueOn };
}

/** The domain's report of an exercise from its rows. */
export function reportOf(
  exercise: ExerciseEntity,
  entries: readonly ExerciseEntryEntity[],
  improvements: readonly ExerciseImprovementEntity[],
): ExerciseReport {
  return exerciseReport({
    injects: exercise.injects,
    elapsedMinutes: exercise.elapsedMinutes,
    entries: entries.map((entry) => ({
      atMinute: entry.atMinute,
      kind: entry.kind as ExerciseEntryKind,
      text: entry.text,
      by: entry.loggedBy,
    })),
    improvements: improvements.map(({ title, owner, dueOn }) => ({ title, owner, dueOn })),
  });
}

function toReportModel(report: ExerciseReport): ExerciseReportModel {
  return {
    ...report,
    timeline: report.timeline.map((item) =>
      item.type === 'INJECT'
        ? {
            type: item.type,
            atMinute: item.atMinute,
            injectCode: item.code,
            params: paramsOf(item.params),
            kind: null,
            text: null,
            by: null,
          }
        : {
            type: item.type,
            atMinute: item.atMinute,
            injectCode: null,
            params: [],
            kind: item.kind,
            text: item.text,
            by: item.by,
          },
    ),
  };
}

export function toExerciseModel(
  exercise: ExerciseEntity,
  entries: readonly ExerciseEntryEntity[],
  improvements: readonly ExerciseImprovementEntity[],
): ExerciseModel {
  const arrived = new Set(arrivedInjects(exercise));
  return {
    id: exercise.id,
    title: exercise.title,
    scenarioKey: exercise.scenarioKey,
    startedAt: exercise.startedAt,
    startedBy: exercise.startedBy,
    elapsedMinutes: exercise.elapsedMinutes,
    nextInjectAtMinute: nextInject(exercise)?.atMinute ?? null,
    endedAt: exercise.endedAt,
    endedBy: exercise.endedBy,
    version: exercise.version,
    injects: exercise.injects.map((inject) => toInjectModel(inject, arrived.has(inject))),
    entries: [...entries].sort((a, b) => a.atMinute - b.atMinute).map(toEntryModel),
    improvements: improvements.map(toImprovementModel),
    report: toReportModel(reportOf(exercise, entries, improvements)),
  };
}
