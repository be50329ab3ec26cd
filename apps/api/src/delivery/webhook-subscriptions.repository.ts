import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity';

/** The only place of the webhook subscriptions that talks to TypeORM. */
@Injectable()
export class WebhookSubscriptionsRepository {
  constructor(private readonly dataSource: DataSource) {}

  findById(id: string, manager?: EntityManager): Promise<WebhookSubscriptionEntity | null> {
    return (manager ?? this.dataSource.manager).findOne(WebhookSubscriptionEntity, {
      where: { id },
    });
  }

  enabled(manager: EntityManager): Promise<WebhookSubscriptionEntity[]> {
    return manager.find(WebhookSubscriptionEntity, { where: { enabled: true } });
  }

  all(): Promise<WebhookSubscriptionEntity[]> {
    return this.dataSource.manager.find(WebhookSubscriptionEntity, {
      order: { createdAt: 'DESC', id: 'ASC' },
    });
  }

  async insert(manager: EntityManager, entity: WebhookSubscriptionEntity): Promise<void> {
    await manager.insert(WebhookSubscriptionEntity, entity);
  }

  async updateIfVersion(
    manager: EntityManager,
    next: WebhookSubscriptionEntity,
    expectedVersion: number,
  ): Promise<boolean> {
    const { id, ...fields } = next;
    const result = await manager
      .createQueryBuilder()
      .update(WebhookSubscriptionEntity)
      .set(fields)
      .where('id = :id AND version = :expectedVersion', { id, expectedVersion })
      .execute();
    return result.affected === 1;
  }

  /** Switched off by the receiver (410 Gone), whatever version an admin last saw. */
  async disableGone(id: string, reason: string, now: Date): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(WebhookSubscriptionEntity)
      .set({ enabled: false, disabledReason: reason, updatedAt: now, version: () => 'version + 1' })
      .where('id = :id', { id })
      .execute();
  }
}
