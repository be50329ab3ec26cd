import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { UserEntity } from './user.entity';

/** The only place that reads and writes the `users` table. */
@Injectable()
export class UsersRepository {
  constructor(private readonly dataSource: DataSource) {}

  findAll(): Promise<UserEntity[]> {
    return this.dataSource.manager.find(UserEntity, { order: { email: 'ASC' } });
  }

  /**
   * What every authenticated request checks of its person (still there, enabled, which role),
   * in one plain statement: this runs on every request, and building it through the query
   * builder cost more than the rest of answering a kept picture.
   */
  async accessOf(
    id: string,
  ): Promise<Pick<UserEntity, 'id' | 'email' | 'role' | 'enabled'> | null> {
    const parameter = this.dataSource.options.type === 'postgres' ? '$1' : '?';
    const rows: { id: string; email: string; role: string; enabled: boolean | number }[] =
      await this.dataSource.query(
        `SELECT id, email, role, enabled FROM users WHERE id = ${parameter}`,
        [id],
      );
    const row = rows[0];
    // SQLite keeps booleans as 0 and 1.
    return row
      ? { id: row.id, email: row.email, role: row.role, enabled: Boolean(row.enabled) }
      : null;
  }

  findById(id: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(UserEntity, { where: { id } });
  }

  findByEmail(email: string, manager: EntityManager = this.dataSource.manager) {
    return manager.findOne(UserEntity, { where: { email: email.toLowerCase() } });
  }

  countEnabledAdmins(manager: EntityManager): Promise<number> {
    return manager.count(UserEntity, { where: { role: 'ADMIN', enabled: true } });
  }

  async insert(manager: EntityManager, entity: UserEntity): Promise<void> {
    await manager.insert(UserEntity, entity);
  }

  /** Compare-and-set on `version`; false when somebody saved in between. */
  async updateIfVersion(
    manager: EntityManager,
    entity: UserEntity,
    expectedVersion: number,
  ): Promise<boolean> {
    const { id, ...changes } = entity;
    const result = await manager
      .createQueryBuilder()
      .update(UserEntity)
      .set(changes)
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    return (result.affected ?? 0) === 1;
  }

  async recordLogin(manager: EntityManager, id: string, at: Date): Promise<void> {
    await manager.update(UserEntity, { id }, { lastLoginAt: at });
  }
}
