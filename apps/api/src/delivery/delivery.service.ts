import { Inject, Injectable } from '@nestjs/common';
import {
  type CommunicationLocale,
  publicUpdateMail,
  recipientsOfPublicUpdate,
  type SubscriberStatus,
  webhookBody,
  type WebhookEventType,
  webhooksFor,
} from '@lagebild/domain';
import { type EntityManager } from 'typeorm';
import { newId } from '../common/ids';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { PAGE_NAME, statusPageUrl, unsubscribeHeaders, unsubscribeUrl } from './delivery-links';
import { OutboxMessageEntity } from './outbox-message.entity';
import { OutboxWorker } from './outbox-worker';
import { OutboxRepository } from './outbox.repository';
import { SubscribersRepository } from './subscribers.repository';
import { WebhookSubscriptionsRepository } from './webhook-subscriptions.repository';

/** A public word about an incident that goes to its subscribers. */
export interface PublicUpdateFacts {
  incident: { id: string; ref: string; title: string };
  /** The timeline entry: its id makes sure it reaches each subscriber once. */
  entryId: string;
  body: string;
  /** Services the incident concerns; none means everyone. */
  serviceKeys: readonly string[];
}

/** An event for webhook endpoints. */
export interface WebhookEventFacts {
  type: WebhookEventType;
  /** Names the cause (e.g. `incident:<id>:v3`): one cause reaches an endpoint once. */
  eventKey: string;
  serviceKeys: readonly string[];
  data: unknown;
}

type AfterCommit = (callback: () => void) => void;

/**
 * The delivery feature's public service: other features call it inside the transaction that
 * publishes, and it writes the messages into the outbox in that same transaction. The worker
 * is woken only after the commit.
 */
@Injectable()
export class DeliveryService {
  constructor(
    private readonly outbox: OutboxRepository,
    private readonly subscribers: SubscribersRepository,
    private readonly webhooks: WebhookSubscriptionsRepository,
    private readonly worker: OutboxWorker,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /** Mails a public update to the confirmed subscribers of the services concerned. */
  async publicUpdateWithin(
    manager: EntityManager,
    afterCommit: AfterCommit,
    facts: PublicUpdateFacts,
    now: Date,
  ): Promise<void> {
    const rows = await this.subscribers.confirmed(manager);
    const recipients = recipientsOfPublicUpdate(
      rows.map((row) => ({
        row,
        status: row.status as SubscriberStatus,
        serviceKeys: row.serviceKeys,
      })),
      facts.serviceKeys,
    ).map(({ row }) => row);
    const messages = recipients.map((subscriber) => {
      const mail = publicUpdateMail(subscriber.locale as CommunicationLocale, {
        pageName: PAGE_NAME,
        incidentRef: facts.incident.ref,
        incidentTitle: facts.incident.title,
        body: facts.body,
        statusPageUrl: statusPageUrl(this.config),
        unsubscribeUrl: unsubscribeUrl(this.config, subscriber.unsubscribeToken),
      });
      return this.message({
        channel: 'EMAIL',
        kind: 'public-update',
        dedupeKey: `update:${facts.entryId}:subscriber:${subscriber.id}`,
        recipient: subscriber.email,
        subscriberId: subscriber.id,
        subject: mail.subject,
        body: mail.text,
        headers: unsubscribeHeaders(this.config, subscriber.unsubscribeToken),
        now,
      });
    });
    await this.outbox.enqueue(manager, messages);
    if (messages.length > 0) afterCommit(() => this.worker.wake());
  }

  /** Queues one signed call per enabled endpoint that follows the services concerned. */
  async webhookEventWithin(
    manager: EntityManager,
    afterCommit: AfterCommit,
    event: WebhookEventFacts,
    now: Date,
  ): Promise<void> {
    const endpoints = webhooksFor(await this.webhooks.enabled(manager), event.serviceKeys);
    const body = webhookBody(event.type, now, event.data);
    const messages = endpoints.map((endpoint) =>
      this.message({
        channel: 'WEBHOOK',
        kind: event.type,
        dedupeKey: `${event.type}:${event.eventKey}:webhook:${endpoint.id}`,
        recipient: endpoint.url,
        webhookId: endpoint.id,
        subject: `${event.type} (${event.eventKey.split(':').slice(0, 2).join(':')})`,
        body,
        headers: {},
        now,
      }),
    );
    await this.outbox.enqueue(manager, messages);
    if (messages.length > 0) afterCommit(() => this.worker.wake());
  }

  /** A mail to one address (a confirmation link), queued in the caller's transaction. */
  async mailWithin(
    manager: EntityManager,
    afterCommit: AfterCommit,
    mail: {
      kind: string;
      dedupeKey: string;
      to: string;
      subscriberId: string | null;
      subject: string;
      text: string;
      headers?: Record<string, string>;
    },
    now: Date,
  ): Promise<void> {
    await this.outbox.enqueue(manager, [
      this.message({
        channel: 'EMAIL',
        kind: mail.kind,
        dedupeKey: mail.dedupeKey,
        recipient: mail.to,
        subscriberId: mail.subscriberId,
        subject: mail.subject,
        body: mail.text,
        headers: mail.headers ?? {},
        now,
      }),
    ]);
    afterCommit(() => this.worker.wake());
  }

  private message(fields: {
    channel: 'EMAIL' | 'WEBHOOK';
    kind: string;
    dedupeKey: string;
    recipient: string;
    subscriberId?: string | null;
    webhookId?: string | null;
    subject: string;
    body: string;
    headers: Record<string, string>;
    now: Date;
  }): OutboxMessageEntity {
    return Object.assign(new OutboxMessageEntity(), {
      id: newId(),
      channel: fields.channel,
      kind: fields.kind,
      dedupeKey: fields.dedupeKey.slice(0, 200),
      recipient: fields.recipient,
      subscriberId: fields.subscriberId ?? null,
      webhookId: fields.webhookId ?? null,
      subject: fields.subject.slice(0, 300),
      body: fields.body,
      headers: fields.headers,
      status: 'QUEUED',
      attempts: 0,
      lastError: null,
      nextAttemptAt: fields.now,
      claimedUntil: null,
      claimedBy: null,
      sentAt: null,
      createdAt: fields.now,
    });
  }
}
