import { Inject, Injectable } from '@nestjs/common';
import {
  type CommunicationLocale,
  publicIncidentTitleText,
  type PublicIncidentTitle,
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
import { statusPageUrl, unsubscribeHeaders, unsubscribeUrl } from './delivery-links';
import { randomToken } from '../auth/secrets';
import { deliveriesCsv } from './delivery.mapper';
import { CustomerAddressEntity } from './customer-address.entity';
import { CustomerAddressesRepository } from './customer-addresses.repository';
import { OutboxMessageEntity } from './outbox-message.entity';
import { MailTransport } from './mail-transport';
import { OutboxWorker } from './outbox-worker';
import { OutboxRepository } from './outbox.repository';
import { SubscribersRepository } from './subscribers.repository';
import { WebhookSubscriptionsRepository } from './webhook-subscriptions.repository';

/** A public word about an incident that goes to its subscribers. */
export interface PublicUpdateFacts {
  /** The incident as the public knows it: its public title, never the internal one. */
  incident: { id: string; ref: string; title: PublicIncidentTitle };
  /** The organisation's status page title, which the mails are signed with. */
  pageName: string;
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

/** What the delivery feature knows of a customer address. */
export interface CustomerAddressFacts {
  /** The token of its unsubscribe link; `null` until a notice was queued to it. */
  token: string | null;
  unsubscribed: boolean;
}

/** One customer's mail of a notice, rendered. */
export interface CohortNoticeMail {
  email: string;
  name: string | null;
  subject: string;
  body: string;
  /** The address's unsubscribe token (from {@link DeliveryService.customerAddressesWithin}). */
  token: string;
}

/** A communication's delivery record for one recipient. */
export interface DeliveryRecord {
  id: string;
  email: string;
  name: string | null;
  status: 'QUEUED' | 'SENT' | 'FAILED';
  attempts: number;
  lastError: string | null;
  sentAt: Date | null;
  createdAt: Date;
  /** Set while the mail cannot leave at all. */
  unsentReason: 'NO_MAIL_SERVER' | null;
}

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
    private readonly addresses: CustomerAddressesRepository,
    private readonly mailTransport: MailTransport,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * What is known of these (normalised) customer addresses: whether each unsubscribed, and
   * its unsubscribe token. With `create`, addresses not seen before get a token now, in the
   * caller's transaction (batched inserts).
   */
  async customerAddressesWithin(
    manager: EntityManager,
    emails: readonly string[],
    now: Date,
    create: boolean,
  ): Promise<Map<string, CustomerAddressFacts>> {
    const found = new Map(
      (await this.addresses.findByEmails(manager, emails)).map((row) => [
        row.email,
        { token: row.unsubscribeToken as string | null, unsubscribed: row.unsubscribedAt !== null },
      ]),
    );
    const missing = emails.filter((email) => !found.has(email));
    if (create && missing.length > 0) {
      const rows = missing.map((email) =>
        Object.assign(new CustomerAddressEntity(), {
          email,
          unsubscribeToken: randomToken(),
          unsubscribedAt: null,
          createdAt: now,
        }),
      );
      await this.addresses.insertMissing(manager, rows);
      // Another transaction may have added some meanwhile: read back the tokens that count.
      for (const row of await this.addresses.findByEmails(manager, missing)) {
        found.set(row.email, {
          token: row.unsubscribeToken,
          unsubscribed: row.unsubscribedAt !== null,
        });
      }
    }
    for (const email of emails) {
      if (!found.has(email)) found.set(email, { token: null, unsubscribed: false });
    }
    return found;
  }

  /** The one-click link that stops customer notices to the address with this token. */
  customerUnsubscribeUrl(token: string): string {
    return unsubscribeUrl(this.config, token);
  }

  /**
   * Queues a customer notice, one mail per address, in the caller's transaction: each row is
   * also the notice's delivery record for that recipient, and carries RFC 8058 headers.
   */
  async cohortNoticesWithin(
    manager: EntityManager,
    afterCommit: AfterCommit,
    notice: { communicationId: string; mails: readonly CohortNoticeMail[] },
    now: Date,
  ): Promise<void> {
    const messages = notice.mails.map((mail) =>
      Object.assign(
        this.message({
          channel: 'EMAIL',
          kind: 'customer-notice',
          dedupeKey: `notice:${notice.communicationId}:${mail.email}`,
          recipient: mail.email,
          subject: mail.subject,
          body: mail.body,
          headers: unsubscribeHeaders(this.config, mail.token),
          now,
        }),
        {
          communicationId: notice.communicationId,
          recipientName: mail.name?.slice(0, 200) ?? null,
        },
      ),
    );
    await this.outbox.enqueueMany(manager, messages);
    if (messages.length > 0) afterCommit(() => this.worker.wake());
  }

  /** Stops a notice's mails that have not left yet (it was retracted); returns how many. */
  cancelNoticeWithin(manager: EntityManager, communicationId: string): Promise<number> {
    return this.outbox.failQueuedOfCommunication(
      manager,
      communicationId,
      'not sent: the notice was retracted before this mail left',
    );
  }

  /** A page of a notice's delivery records, ordered by address. */
  async deliveriesOf(
    communicationId: string,
    filter: { statuses?: readonly string[]; afterEmail?: string | null; limit?: number },
  ): Promise<DeliveryRecord[]> {
    const rows = await this.outbox.deliveriesOf(communicationId, {
      statuses: filter.statuses,
      afterRecipient: filter.afterEmail ?? null,
      limit: filter.limit,
    });
    return rows.map((row) => ({
      id: row.id,
      email: row.recipient,
      name: row.recipientName,
      status: row.status as DeliveryRecord['status'],
      attempts: row.attempts,
      lastError: row.lastError,
      sentAt: row.sentAt,
      createdAt: row.createdAt,
      unsentReason:
        row.status === 'QUEUED' && !this.mailTransport.configured ? 'NO_MAIL_SERVER' : null,
    }));
  }

  /** Every delivery record of a notice as CSV, by address. */
  async deliveriesCsv(communicationId: string): Promise<string> {
    return deliveriesCsv(await this.deliveriesOf(communicationId, {}));
  }

  /** How many of a notice's mails are queued, sent and failed. */
  deliveryCounts(communicationId: string): Promise<Map<string, number>> {
    return this.outbox.deliveryCounts(communicationId);
  }

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
        pageName: facts.pageName,
        incidentRef: facts.incident.ref,
        incidentTitle: publicIncidentTitleText(
          facts.incident.title,
          subscriber.locale as CommunicationLocale,
        ),
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
      communicationId: null,
      recipientName: null,
    });
  }
}
