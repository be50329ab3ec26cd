import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { CommunicationLocaleEnum } from '../../communications/models/communication.model';

export const DeliveryStatusEnum = { QUEUED: 'QUEUED', SENT: 'SENT', FAILED: 'FAILED' } as const;
export const DeliveryChannelEnum = { EMAIL: 'EMAIL', WEBHOOK: 'WEBHOOK' } as const;
export const UnsentReasonEnum = { NO_MAIL_SERVER: 'NO_MAIL_SERVER' } as const;

registerEnumType(DeliveryStatusEnum, {
  name: 'DeliveryStatus',
  description: 'QUEUED (waiting or retrying), SENT, or FAILED (gave up; can be retried).',
});
registerEnumType(DeliveryChannelEnum, { name: 'DeliveryChannel' });
registerEnumType(UnsentReasonEnum, {
  name: 'UnsentReason',
  description: 'Why a queued message cannot leave: NO_MAIL_SERVER when SMTP_URL is not set.',
});

@ObjectType('OutboxMessage', { description: 'One mail or webhook call to one recipient.' })
export class OutboxMessageModel {
  @Field(() => ID, { description: 'Also the Message-ID (mail) or webhook-id (msg_<id>).' })
  id: string;

  @Field(() => DeliveryChannelEnum)
  channel: keyof typeof DeliveryChannelEnum;

  @Field({ description: 'public-update, confirmation, or the webhook event type.' })
  kind: string;

  @Field({ description: 'The e-mail address or the webhook URL.' })
  recipient: string;

  @Field()
  subject: string;

  @Field({ description: 'The text of the mail or the JSON body of the call, as sent.' })
  body: string;

  @Field(() => DeliveryStatusEnum)
  status: keyof typeof DeliveryStatusEnum;

  @Field(() => UnsentReasonEnum, {
    nullable: true,
    description: 'Set while the message cannot be sent at all (no mail server configured).',
  })
  unsentReason: keyof typeof UnsentReasonEnum | null;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Next try (QUEUED only).' })
  nextAttemptAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  sentAt: Date | null;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;
}

@ObjectType('OutboxSummary', { description: 'How this installation sends.' })
export class OutboxSummaryModel {
  @Field({ description: 'False without SMTP_URL: mail stays in the outbox, unsent.' })
  mailServerConfigured: boolean;

  @Field(() => Int)
  queued: number;

  @Field(() => Int)
  sent: number;

  @Field(() => Int)
  failed: number;
}

@ObjectType('SubscribeToStatusResult')
export class SubscribeToStatusResultModel {
  @Field({
    description:
      'Always true for a valid request: the answer never tells whether the address was known.',
  })
  accepted: boolean;
}

@ObjectType('SubscriberCount')
export class SubscriberCountModel {
  @Field()
  serviceKey: string;

  @Field(() => Int, { description: 'Confirmed subscribers following this service.' })
  confirmed: number;
}

@ObjectType('StatusSubscriberCounts', { description: 'Status subscribers at a glance (ADMIN).' })
export class StatusSubscriberCountsModel {
  @Field(() => Int)
  confirmed: number;

  @Field(() => Int, { description: 'Waiting for the confirmation link to be followed.' })
  pending: number;

  @Field(() => Int, { description: 'Confirmed subscribers who follow every service.' })
  allServices: number;

  @Field(() => [SubscriberCountModel])
  byService: SubscriberCountModel[];
}

@ObjectType('WebhookSubscription', { description: 'An endpoint receiving signed events.' })
export class WebhookSubscriptionModel {
  @Field(() => ID)
  id: string;

  @Field()
  url: string;

  @Field()
  description: string;

  @Field(() => [String], { description: 'Followed services; empty means all.' })
  serviceKeys: string[];

  @Field()
  enabled: boolean;

  @Field(() => String, { nullable: true })
  disabledReason: string | null;

  @Field()
  createdBy: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => Int, { description: 'Send it back with changes; a stale one is a CONFLICT.' })
  version: number;
}

@ObjectType('CreatedWebhookSubscription')
export class CreatedWebhookSubscriptionModel {
  @Field(() => WebhookSubscriptionModel)
  subscription: WebhookSubscriptionModel;

  @Field({
    description:
      'whsec_… (Standard Webhooks): shown only in this answer; verify signatures with it.',
  })
  secret: string;
}

export { CommunicationLocaleEnum };
