import { type CommunicationLocale, type Subscriber, type SubscriberStatus } from '@lagebild/domain';
import {
  type DeliveryChannelEnum,
  type DeliveryStatusEnum,
  type OutboxMessageModel,
  type WebhookSubscriptionModel,
} from './models/delivery.model';
import { type OutboxMessageEntity } from './outbox-message.entity';
import { type StatusSubscriberEntity } from './status-subscriber.entity';
import { type WebhookSubscriptionEntity } from './webhook-subscription.entity';

export function toOutboxMessageModel(
  entity: OutboxMessageEntity,
  mailServerConfigured: boolean,
): OutboxMessageModel {
  const status = entity.status as keyof typeof DeliveryStatusEnum;
  return {
    id: entity.id,
    channel: entity.channel as keyof typeof DeliveryChannelEnum,
    kind: entity.kind,
    recipient: entity.recipient,
    subject: entity.subject,
    body: entity.body,
    status,
    unsentReason:
      entity.channel === 'EMAIL' && status === 'QUEUED' && !mailServerConfigured
        ? 'NO_MAIL_SERVER'
        : null,
    attempts: entity.attempts,
    lastError: entity.lastError,
    nextAttemptAt: status === 'QUEUED' ? entity.nextAttemptAt : null,
    sentAt: entity.sentAt,
    createdAt: entity.createdAt,
  };
}

export function toWebhookSubscriptionModel(
  entity: WebhookSubscriptionEntity,
): WebhookSubscriptionModel {
  return {
    id: entity.id,
    url: entity.url,
    description: entity.description,
    serviceKeys: entity.serviceKeys,
    enabled: entity.enabled,
    disabledReason: entity.disabledReason,
    createdBy: entity.createdBy,
    createdAt: entity.createdAt,
    version: entity.version,
  };
}

export function toDomainSubscriber(entity: StatusSubscriberEntity): Subscriber {
  return {
    email: entity.email,
    locale: entity.locale as CommunicationLocale,
    serviceKeys: entity.serviceKeys,
    status: entity.status as SubscriberStatus,
    confirmationSentAt: entity.confirmationSentAt,
    confirmedAt: entity.confirmedAt,
    unsubscribedAt: entity.unsubscribedAt,
  };
}

/** Copies the domain's decision onto the row. */
export function applySubscriber(entity: StatusSubscriberEntity, subscriber: Subscriber): void {
  entity.email = subscriber.email;
  entity.locale = subscriber.locale;
  entity.serviceKeys = [...subscriber.serviceKeys];
  entity.status = subscriber.status;
  entity.confirmationSentAt = subscriber.confirmationSentAt;
  entity.confirmedAt = subscriber.confirmedAt;
  entity.unsubscribedAt = subscriber.unsubscribedAt;
}

/** A CSV cell; a leading = + - @ is defused so spreadsheets do not run it as a formula. */
function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** A notice's delivery records as CSV (the dashboard's export). */
export function deliveriesCsv(
  rows: readonly {
    email: string;
    name: string | null;
    status: string;
    attempts: number;
    lastError: string | null;
    sentAt: Date | null;
  }[],
): string {
  const header = 'email,name,status,attempts,last_error,sent_at';
  const lines = rows.map((row) =>
    [
      row.email,
      row.name ?? '',
      row.status,
      String(row.attempts),
      row.lastError ?? '',
      row.sentAt?.toISOString() ?? '',
    ]
      .map(csvCell)
      .join(','),
  );
  return [header, ...lines].join('\r\n') + '\r\n';
}

export function subscribersCsv(rows: readonly StatusSubscriberEntity[]): string {
  const header = 'email,locale,status,services,created_at,confirmed_at,unsubscribed_at';
  const lines = rows.map((row) =>
    [
      row.email,
      row.locale,
      row.status,
      row.serviceKeys.join(' '),
      row.createdAt.toISOString(),
      row.confirmedAt?.toISOString() ?? '',
      row.unsubscribedAt?.toISOString() ?? '',
    ]
      .map(csvCell)
      .join(','),
  );
  return [header, ...lines].join('\r\n') + '\r\n';
}
