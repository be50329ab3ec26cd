import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { ContinuationPlanActivationEntity } from './continuation-plan-activation.entity';
import { ContinuationPlanEntity } from './continuation-plan.entity';

/** The only place of the continuation-plans feature that talks to TypeORM. */
@Injectable()
export class ContinuityPlansRepository {
  constructor(private readonly dataSource: DataSource) {}

  plans(serviceKey: string | null): Promise<ContinuationPlanEntity[]> {
    return this.dataSource.manager.find(ContinuationPlanEntity, {
      where: serviceKey === null ? {} : { serviceKey },
      order: { serviceKey: 'ASC', title: 'ASC', id: 'ASC' },
    });
  }

  plan(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ContinuationPlanEntity | null> {
    return manager.findOne(ContinuationPlanEntity, { where: { id } });
  }

  async insertPlan(manager: EntityManager, entity: ContinuationPlanEntity): Promise<void> {
    await manager.insert(ContinuationPlanEntity, entity);
  }

  /** Compare-and-set on `version`; false when someone saved in between. */
  async updatePlanIfVersion(
    manager: EntityManager,
    entity: ContinuationPlanEntity,
    expectedVersion: number,
  ): Promise<boolean> {
    const { id, createdAt: _createdAt, ...changes } = entity;
    const result = await manager
      .createQueryBuilder()
      .update(ContinuationPlanEntity)
      .set(changes)
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async deletePlanIfVersion(
    manager: EntityManager,
    id: string,
    expectedVersion: number,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .delete()
      .from(ContinuationPlanEntity)
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  activation(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ContinuationPlanActivationEntity | null> {
    return manager.findOne(ContinuationPlanActivationEntity, { where: { id } });
  }

  activationsOf(
    manager: EntityManager,
    planId: string,
    incidentId: string,
  ): Promise<ContinuationPlanActivationEntity[]> {
    return manager.find(ContinuationPlanActivationEntity, { where: { planId, incidentId } });
  }

  /** Every activation of these incidents, oldest first. */
  activationsOfIncidents(
    incidentIds: readonly string[],
  ): Promise<ContinuationPlanActivationEntity[]> {
    if (incidentIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(ContinuationPlanActivationEntity, {
      where: { incidentId: In([...incidentIds]) },
      order: { activatedAt: 'ASC', id: 'ASC' },
    });
  }

  /** Every activation (running or ended) that adds people to these backlogs. */
  addingTo(backlogKeys: readonly string[]): Promise<ContinuationPlanActivationEntity[]> {
    if (backlogKeys.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(ContinuationPlanActivationEntity, {
      where: { addsBacklogKey: In([...backlogKeys]) },
      order: { activatedAt: 'ASC', id: 'ASC' },
    });
  }

  async insertActivation(
    manager: EntityManager,
    entity: ContinuationPlanActivationEntity,
  ): Promise<void> {
    await manager.insert(ContinuationPlanActivationEntity, entity);
  }

  /** Ends a running activation; false when it had ended in between. */
  async endActivation(
    manager: EntityManager,
    id: string,
    endedAt: Date,
    endedBy: string,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ContinuationPlanActivationEntity)
      .set({ endedAt, endedBy, runningKey: null })
      .where('id = :id AND ended_at IS NULL', { id })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
