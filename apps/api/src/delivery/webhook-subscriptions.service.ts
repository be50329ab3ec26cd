import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { DomainError, formatWebhookSecret, validateWebhookSubscription } from '@lagebild/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { type Actor, actorLabel } from '../auth/actor';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { inTransaction } from '../common/transaction';
import { applyVersionedChange } from '../common/versioned-update';
import { notFound } from '../graphql/error-codes';
import { ServicesService } from '../services/services.service';
import { type CreateWebhookSubscriptionInput } from './dto/delivery.input';
import { WebhookSender } from './webhook-sender';
import { WebhookSubscriptionEntity } from './webhook-subscription.entity';
import { WebhookSubscriptionsRepository } from './webhook-subscriptions.repository';

function auditSnapshot(entity: WebhookSubscriptionEntity) {
  // The secret never goes into the audit log.
  return {
    url: entity.url,
    description: entity.description,
    serviceKeys: entity.serviceKeys,
    enabled: entity.enabled,
    version: entity.version,
  };
}

/** Webhook endpoints of other systems (ADMIN). */
@Injectable()
export class WebhookSubscriptionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: WebhookSubscriptionsRepository,
    private readonly services: ServicesService,
    private readonly sender: WebhookSender,
    private readonly audit: AuditService,
    private readonly clock: Clock,
  ) {}

  list(): Promise<WebhookSubscriptionEntity[]> {
    return this.repository.all();
  }

  /** Creates an endpoint and its secret, which only this answer carries. */
  async create(
    input: CreateWebhookSubscriptionInput,
    actor: Actor,
  ): Promise<{ subscription: WebhookSubscriptionEntity; secret: string }> {
    const url = input.url.trim();
    const known = new Set(await this.services.keys());
    DomainError.assertNoIssues(
      validateWebhookSubscription({
        url,
        description: input.description,
        serviceKeys: input.serviceKeys,
        knownServiceKeys: known,
      }),
      'Invalid webhook subscription',
    );
    // Refused here already, and checked again before every delivery (DNS may change).
    await this.sender.assertReachable(url);
    const secret = formatWebhookSecret(randomBytes(32));
    return inTransaction(this.dataSource, async (manager) => {
      const now = this.clock.now();
      const entity = Object.assign(new WebhookSubscriptionEntity(), {
        id: newId(),
        url,
        description: input.description.trim(),
        serviceKeys: [...new Set(input.serviceKeys)].sort(),
        secret,
        enabled: true,
        disabledReason: null,
        createdBy: actorLabel(actor),
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await this.repository.insert(manager, entity);
      await this.audit.record(manager, {
        actor,
        action: 'createWebhookSubscription',
        entityType: 'WebhookSubscription',
        entityId: entity.id,
        after: auditSnapshot(entity),
      });
      return { subscription: entity, secret };
    });
  }

  disable(id: string, version: number, actor: Actor): Promise<WebhookSubscriptionEntity> {
    return inTransaction(this.dataSource, (manager) =>
      applyVersionedChange(
        { manager, audit: this.audit, clock: this.clock },
        {
          describe: () => `Webhook subscription ${id}`,
          load: (tx) => this.repository.findById(id, tx),
          missing: () => notFound('WebhookSubscription', id),
          expectedVersion: version,
          decide: (current) =>
            current.enabled
              ? {
                  next: Object.assign(new WebhookSubscriptionEntity(), current, {
                    enabled: false,
                    disabledReason: `Disabled by ${actorLabel(actor)}`,
                  }),
                }
              : null,
          save: (tx, next, expected) => this.repository.updateIfVersion(tx, next, expected),
          audit: (current, { next }) => ({
            actor,
            action: 'disableWebhookSubscription',
            entityType: 'WebhookSubscription',
            entityId: current.id,
            before: auditSnapshot(current),
            after: auditSnapshot(next),
          }),
        },
      ),
    );
  }
}
