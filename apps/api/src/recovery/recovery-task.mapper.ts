import {
  type RankedRecoveryTask,
  type RecoveryTask,
  type RecoveryTaskStatus,
} from '@lagebild/domain';
import { type RecoveryTaskEntity } from './recovery-task.entity';
import { type RecoveryTaskModel } from './models/recovery-task.model';

/** Entity -> domain. Stored values were validated by the domain, hence the cast. */
export function toDomainTask(entity: RecoveryTaskEntity): RecoveryTask {
  return {
    id: entity.id,
    title: entity.title,
    serviceKey: entity.serviceKey,
    owner: entity.owner,
    estimateMinutes: entity.estimateMinutes,
    status: entity.status as RecoveryTaskStatus,
    dependsOn: [...entity.dependsOn],
    override:
      entity.overrideRank === null
        ? null
        : { rank: entity.overrideRank, reason: entity.overrideReason ?? '' },
    tellsCustomers: entity.tellsCustomers,
    startedAt: entity.startedAt,
    completedAt: entity.completedAt,
  };
}

/** Copies the domain's task fields onto the stored row. */
export function applyTaskFields(entity: RecoveryTaskEntity, task: RecoveryTask): void {
  entity.title = task.title;
  entity.serviceKey = task.serviceKey;
  entity.owner = task.owner;
  entity.estimateMinutes = task.estimateMinutes;
  entity.status = task.status;
  entity.dependsOn = [...task.dependsOn];
  entity.overrideRank = task.override?.rank ?? null;
  entity.overrideReason = task.override?.reason ?? null;
  entity.tellsCustomers = task.tellsCustomers;
  entity.startedAt = task.startedAt;
  entity.completedAt = task.completedAt;
}

/** A ranked task (domain) with the stored bookkeeping (entity) as the GraphQL model. */
export function toRecoveryTaskModel(
  ranked: RankedRecoveryTask,
  entity: RecoveryTaskEntity,
): RecoveryTaskModel {
  return {
    id: ranked.id,
    incidentId: entity.incidentId,
    title: ranked.title,
    serviceKey: ranked.serviceKey,
    owner: ranked.owner,
    estimateMinutes: ranked.estimateMinutes,
    status: ranked.status,
    dependsOn: [...ranked.dependsOn],
    override: ranked.override,
    tellsCustomers: ranked.tellsCustomers,
    startedAt: ranked.startedAt,
    completedAt: ranked.completedAt,
    rank: ranked.rank,
    score: ranked.score,
    breakdown: { ...ranked.breakdown },
    scoreInheritedFrom: ranked.scoreInheritedFrom,
    reasons: [...ranked.reasons],
    reasonDetails: ranked.reasonDetails.map((reason) => ({
      code: reason.code,
      text: reason.text,
      params: { ...reason.params },
    })),
    version: entity.version,
    createdAt: entity.createdAt,
    updatedAt: entity.updatedAt,
  };
}

/** What the audit log keeps of a task. */
export function auditSnapshot(task: RecoveryTask, version: number): Record<string, unknown> {
  return { ...task, version };
}
