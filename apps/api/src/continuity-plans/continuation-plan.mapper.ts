import {
  type ContinuationPlan,
  type ContinuationPlanInput,
  type PlanCapacity,
  type PlanCapacityActivation,
} from '@lagebild/domain';
import { type ContinuationPlanActivationEntity } from './continuation-plan-activation.entity';
import { type ContinuationPlanEntity } from './continuation-plan.entity';
import { type CreateContinuationPlanInput } from './dto/continuation-plan.input';
import {
  type ContinuationPlanActivationModel,
  type ContinuationPlanModel,
} from './models/continuation-plan.model';

function capacityOf(row: {
  addsBacklogKey: string | null;
  addsStaff: number | null;
}): PlanCapacity | null {
  return row.addsBacklogKey === null || row.addsStaff === null
    ? null
    : { backlogKey: row.addsBacklogKey, staff: row.addsStaff };
}

export function toPlanInput(input: CreateContinuationPlanInput): ContinuationPlanInput {
  return {
    serviceKey: input.serviceKey,
    title: input.title,
    owner: input.owner,
    steps: input.steps,
    needs: input.needs,
    addsCapacity: input.addsCapacity
      ? { backlogKey: input.addsCapacity.backlogKey, staff: input.addsCapacity.staff }
      : null,
  };
}

export function toDomainPlan(entity: ContinuationPlanEntity): ContinuationPlan {
  return {
    serviceKey: entity.serviceKey,
    title: entity.title,
    owner: entity.owner,
    steps: [...entity.steps],
    needs: [...entity.needs],
    addsCapacity: capacityOf(entity),
  };
}

/** Writes the plan's fields onto a row (new or the next version of one). */
export function assignPlan(entity: ContinuationPlanEntity, plan: ContinuationPlan): void {
  entity.serviceKey = plan.serviceKey;
  entity.title = plan.title;
  entity.owner = plan.owner;
  entity.steps = plan.steps;
  entity.needs = plan.needs;
  entity.addsBacklogKey = plan.addsCapacity?.backlogKey ?? null;
  entity.addsStaff = plan.addsCapacity?.staff ?? null;
}

export function toPlanModel(entity: ContinuationPlanEntity): ContinuationPlanModel {
  return {
    id: entity.id,
    ...toDomainPlan(entity),
    version: entity.version,
    updatedAt: entity.updatedAt,
  };
}

export function toActivationModel(
  entity: ContinuationPlanActivationEntity,
): ContinuationPlanActivationModel {
  return {
    id: entity.id,
    planId: entity.planId,
    incidentId: entity.incidentId,
    serviceKey: entity.serviceKey,
    title: entity.title,
    addsCapacity: capacityOf(entity),
    activatedAt: entity.activatedAt,
    activatedBy: entity.activatedBy,
    endedAt: entity.endedAt,
    endedBy: entity.endedBy,
  };
}

export function toCapacityActivation(
  entity: ContinuationPlanActivationEntity,
): PlanCapacityActivation {
  return {
    activatedAt: entity.activatedAt,
    endedAt: entity.endedAt,
    addsCapacity: capacityOf(entity),
  };
}

/** The key that makes a second running activation of a plan for one incident impossible. */
export function runningKey(planId: string, incidentId: string): string {
  return `${planId}:${incidentId}`;
}
