import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { OrganisationSettingsEntity } from './organisation-settings.entity';

const ROW_ID = 1;

/** The only place of the settings feature that talks to TypeORM. */
@Injectable()
export class SettingsRepository {
  constructor(private readonly dataSource: DataSource) {}

  find(
    manager: EntityManager = this.dataSource.manager,
  ): Promise<OrganisationSettingsEntity | null> {
    return manager.findOne(OrganisationSettingsEntity, { where: { id: ROW_ID } });
  }

  /** Compare-and-set on `version`; false when someone saved in between. */
  async updateIfVersion(
    manager: EntityManager,
    entity: OrganisationSettingsEntity,
    expectedVersion: number,
  ): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(OrganisationSettingsEntity)
      .set({ settings: entity.settings, version: entity.version, updatedAt: entity.updatedAt })
      .where('id = :id AND version = :expectedVersion', { id: ROW_ID, expectedVersion })
      .execute();
    return (result.affected ?? 0) === 1;
  }
}
