import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { StatusSubscriberEntity } from './status-subscriber.entity';

/** The only place of the subscribers that talks to TypeORM. */
@Injectable()
export class SubscribersRepository {
  constructor(private readonly dataSource: DataSource) {}

  findByEmail(email: string, manager?: EntityManager): Promise<StatusSubscriberEntity | null> {
    return (manager ?? this.dataSource.manager).findOne(StatusSubscriberEntity, {
      where: { email },
    });
  }

  findByConfirmTokenHash(hash: string, manager: EntityManager) {
    return manager.findOne(StatusSubscriberEntity, { where: { confirmTokenHash: hash } });
  }

  findByUnsubscribeToken(token: string, manager?: EntityManager) {
    return (manager ?? this.dataSource.manager).findOne(StatusSubscriberEntity, {
      where: { unsubscribeToken: token },
    });
  }

  confirmed(manager: EntityManager): Promise<StatusSubscriberEntity[]> {
    return manager.find(StatusSubscriberEntity, {
      where: { status: 'CONFIRMED' },
      order: { email: 'ASC' },
    });
  }

  /** Everyone, for the counts and the export. */
  all(): Promise<StatusSubscriberEntity[]> {
    return this.dataSource.manager.find(StatusSubscriberEntity, { order: { email: 'ASC' } });
  }

  async insert(manager: EntityManager, entity: StatusSubscriberEntity): Promise<void> {
    await manager.insert(StatusSubscriberEntity, entity);
  }

  /** Compare-and-set on `version`. */
  async updateIfVersion(
    manager: EntityManager,
    next: StatusSubscriberEntity,
    expectedVersion: number,
  ): Promise<boolean> {
    const { id, ...fields } = next;
    const result = await manager
      .createQueryBuilder()
      .update(StatusSubscriberEntity)
      .set(fields)
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    return result.affected === 1;
  }
}
