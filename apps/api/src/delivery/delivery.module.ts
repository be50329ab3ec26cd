import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { SettingsModule } from '../settings/settings.module';
import { ServicesModule } from '../services/services.module';
import { CustomerAddressesRepository } from './customer-addresses.repository';
import { DeliveryResolver } from './delivery.resolver';
import { DeliveryService } from './delivery.service';
import { MailTransport } from './mail-transport';
import { OutboxRepository } from './outbox.repository';
import { OutboxService } from './outbox.service';
import { OutboxWorker } from './outbox-worker';
import { SubscribeThrottle } from './subscribe-throttle';
import { SubscribersRepository } from './subscribers.repository';
import { SubscriptionPages } from './subscription-pages';
import { SubscriptionsService } from './subscriptions.service';
import { WebhookSender } from './webhook-sender';
import { WebhookSubscriptionsRepository } from './webhook-subscriptions.repository';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';

/**
 * Telling people: status subscribers, webhook endpoints and the outbox that sends mails and
 * webhook calls. Other features queue messages through `DeliveryService` inside their own
 * transaction.
 */
@Module({
  imports: [ServicesModule, IdempotencyModule, SettingsModule],
  providers: [
    OutboxRepository,
    CustomerAddressesRepository,
    SubscribersRepository,
    WebhookSubscriptionsRepository,
    MailTransport,
    WebhookSender,
    OutboxWorker,
    DeliveryService,
    OutboxService,
    SubscriptionsService,
    WebhookSubscriptionsService,
    SubscribeThrottle,
    SubscriptionPages,
    DeliveryResolver,
  ],
  exports: [DeliveryService, SubscriptionPages],
})
export class DeliveryModule {}
