import { Args, Mutation, Query, Resolver } from '@nestjs/graphql';
import { type Actor } from '../auth/actor';
import { Public, RequireRole } from '../auth/roles.decorator';
import { CurrentActor, RequestCtx, type RequestContext } from '../graphql/context';
import { toWebhookSubscriptionModel } from './delivery.mapper';
import {
  CreateWebhookSubscriptionInput,
  DisableWebhookSubscriptionInput,
  OutboxMessagesArgs,
  RetryOutboxMessageInput,
  SubscribeToStatusInput,
} from './dto/delivery.input';
import {
  CreatedWebhookSubscriptionModel,
  OutboxSummaryModel,
  OutboxMessageModel,
  StatusSubscriberCountsModel,
  SubscribeToStatusResultModel,
  WebhookSubscriptionModel,
} from './models/delivery.model';
import { OutboxService } from './outbox.service';
import { SubscriptionsService } from './subscriptions.service';
import { WebhookSubscriptionsService } from './webhook-subscriptions.service';

@Resolver()
export class DeliveryResolver {
  constructor(
    private readonly outbox: OutboxService,
    private readonly subscriptions: SubscriptionsService,
    private readonly webhooks: WebhookSubscriptionsService,
  ) {}

  @Mutation(() => SubscribeToStatusResultModel, {
    description:
      'Public: asks for status updates by e-mail. A confirmation link (valid 48 h) is mailed; the answer is the same whether or not the address was known.',
  })
  @Public()
  async subscribeToStatus(
    @Args('input') input: SubscribeToStatusInput,
    @RequestCtx() context: RequestContext,
    @CurrentActor() actor: Actor,
  ): Promise<SubscribeToStatusResultModel> {
    await this.subscriptions.subscribe(input, context.req.ip, actor);
    return { accepted: true };
  }

  @Query(() => [OutboxMessageModel], {
    description: 'Mails and webhook calls, newest first, with their delivery status.',
  })
  @RequireRole('RESPONDER')
  outboxMessages(@Args() args: OutboxMessagesArgs): Promise<OutboxMessageModel[]> {
    return this.outbox.list(args);
  }

  @Query(() => OutboxSummaryModel, {
    description: 'Whether mail can leave and how many messages are queued, sent and failed.',
  })
  @RequireRole('RESPONDER')
  outboxSummary(): Promise<OutboxSummaryModel> {
    return this.outbox.summary();
  }

  @Mutation(() => OutboxMessageModel, {
    description: 'Queues a FAILED message again with a fresh retry schedule.',
  })
  @RequireRole('RESPONDER')
  retryOutboxMessage(
    @Args('input') input: RetryOutboxMessageInput,
    @CurrentActor() actor: Actor,
  ): Promise<OutboxMessageModel> {
    return this.outbox.retry(input.id, actor);
  }

  @Query(() => StatusSubscriberCountsModel)
  @RequireRole('ADMIN')
  statusSubscriberCounts(): Promise<StatusSubscriberCountsModel> {
    return this.subscriptions.counts();
  }

  @Query(() => String, {
    description:
      'Every status subscriber as CSV (email, locale, status, services, created_at, confirmed_at, unsubscribed_at).',
  })
  @RequireRole('ADMIN')
  statusSubscribersCsv(): Promise<string> {
    return this.subscriptions.exportCsv();
  }

  @Query(() => [WebhookSubscriptionModel], { description: 'Newest first, disabled ones included.' })
  @RequireRole('ADMIN')
  async webhookSubscriptions(): Promise<WebhookSubscriptionModel[]> {
    return (await this.webhooks.list()).map(toWebhookSubscriptionModel);
  }

  @Mutation(() => CreatedWebhookSubscriptionModel, {
    description: 'Creates an endpoint; its secret (whsec_…) is returned only in this answer.',
  })
  @RequireRole('ADMIN')
  async createWebhookSubscription(
    @Args('input') input: CreateWebhookSubscriptionInput,
    @CurrentActor() actor: Actor,
  ): Promise<CreatedWebhookSubscriptionModel> {
    const { subscription, secret } = await this.webhooks.create(input, actor);
    return { subscription: toWebhookSubscriptionModel(subscription), secret };
  }

  @Mutation(() => WebhookSubscriptionModel, { description: 'Stops all further deliveries.' })
  @RequireRole('ADMIN')
  async disableWebhookSubscription(
    @Args('input') input: DisableWebhookSubscriptionInput,
    @CurrentActor() actor: Actor,
  ): Promise<WebhookSubscriptionModel> {
    return toWebhookSubscriptionModel(await this.webhooks.disable(input.id, input.version, actor));
  }
}
