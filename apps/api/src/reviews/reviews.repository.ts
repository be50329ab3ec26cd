import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { IncidentReviewEntity } from './incident-review.entity';
import { ReviewActionEntity } from './review-action.entity';

/** The only place of the reviews feature that talks to TypeORM. */
@Injectable()
export class ReviewsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findReview(
    incidentId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<IncidentReviewEntity | null> {
    return manager.findOne(IncidentReviewEntity, { where: { incidentId } });
  }

  actionsOf(
    incidentId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ReviewActionEntity[]> {
    return manager.find(ReviewActionEntity, { where: { incidentId }, order: { position: 'ASC' } });
  }

  findAction(
    id: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<ReviewActionEntity | null> {
    return manager.findOne(ReviewActionEntity, { where: { id } });
  }

  async insertReview(manager: EntityManager, entity: IncidentReviewEntity): Promise<void> {
    await manager.insert(IncidentReviewEntity, entity);
  }

  async insertAction(manager: EntityManager, entity: ReviewActionEntity): Promise<void> {
    await manager.insert(ReviewActionEntity, entity);
  }

  /** Compare-and-set on `version`; false when someone saved in between. */
  async updateReviewIfVersion(
    manager: EntityManager,
    entity: IncidentReviewEntity,
    expectedVersion: number,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(IncidentReviewEntity)
      .set({
        wentWell: entity.wentWell,
        wentBadly: entity.wentBadly,
        version: entity.version,
        updatedBy: entity.updatedBy,
        updatedAt: entity.updatedAt,
      })
      .where('incident_id = :id AND version = :expectedVersion', {
        id: entity.incidentId,
        expectedVersion,
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  /** Compare-and-set on `version`; false when someone saved in between. */
  async updateActionIfVersion(
    manager: EntityManager,
    entity: ReviewActionEntity,
    expectedVersion: number,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(ReviewActionEntity)
      .set({
        title: entity.title,
        owner: entity.owner,
        dueOn: entity.dueOn,
        doneAt: entity.doneAt,
        version: entity.version,
        updatedAt: entity.updatedAt,
      })
      .where('id = :id AND version = :expectedVersion', { id: entity.id, expectedVersion })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
