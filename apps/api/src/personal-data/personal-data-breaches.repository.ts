import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { PersonalDataBreachEntity } from './personal-data-breach.entity';

/** The only place of the personal-data feature that talks to TypeORM. */
@Injectable()
export class PersonalDataBreachesRepository {
  constructor(private readonly dataSource: DataSource) {}

  find(
    incidentId: string,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<PersonalDataBreachEntity | null> {
    return manager.findOne(PersonalDataBreachEntity, { where: { incidentId } });
  }

  findMany(incidentIds: readonly string[]): Promise<PersonalDataBreachEntity[]> {
    if (incidentIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(PersonalDataBreachEntity, {
      where: { incidentId: In([...incidentIds]) },
    });
  }

  async insert(manager: EntityManager, entity: PersonalDataBreachEntity): Promise<void> {
    await manager.insert(PersonalDataBreachEntity, entity);
  }

  /** Compare-and-set on `version`; false when someone saved in between. */
  async updateIfVersion(
    manager: EntityManager,
    entity: PersonalDataBreachEntity,
    expectedVersion: number,
  ): Promise<boolean> {
    const { incidentId, createdBy: _createdBy, createdAt: _createdAt, ...changes } = entity;
    const result = await manager
      .createQueryBuilder()
      .update(PersonalDataBreachEntity)
      .set(changes)
      .where('incident_id = :incidentId AND version = :expectedVersion', {
        incidentId,
        expectedVersion,
      })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
