import { Inject, Injectable } from '@nestjs/common';
import {
  confirmationMail,
  confirmSubscription,
  DomainError,
  normaliseEmail,
  subscribe,
  type Subscriber,
  subscriberCountsByService,
  unsubscribe,
  validateSubscription,
} from '@lagebild/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { ANONYMOUS, type Actor } from '../auth/actor';
import { randomToken, sha256Hex } from '../auth/secrets';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { inTransaction } from '../common/transaction';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { ApiError } from '../graphql/error-codes';
import { IdempotencyService } from '../idempotency/idempotency.service';
import { ServicesService } from '../services/services.service';
import { applySubscriber, subscribersCsv, toDomainSubscriber } from './delivery.mapper';
import { confirmUrl } from './delivery-links';
import { SettingsService } from '../settings/settings.service';
import { CustomerAddressesRepository } from './customer-addresses.repository';
import { DeliveryService } from './delivery.service';
import { type SubscribeToStatusInput } from './dto/delivery.input';
import { type StatusSubscriberCountsModel } from './models/delivery.model';
import { StatusSubscriberEntity } from './status-subscriber.entity';
import { SubscribeThrottle } from './subscribe-throttle';
import { SubscribersRepository } from './subscribers.repository';

/** What a subscription page shows after a token was used. */
export interface TokenOutcome {
  done: boolean;
  locale: 'de' | 'en' | null;
  /** Whose link it was: a status subscriber's or a customer address's (customer notices). */
  customer?: boolean;
}

/** Status subscribers: double opt-in, one-click unsubscribe, counts and export for admins. */
@Injectable()
export class SubscriptionsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: SubscribersRepository,
    private readonly customerAddresses: CustomerAddressesRepository,
    private readonly delivery: DeliveryService,
    private readonly services: ServicesService,
    private readonly settings: SettingsService,
    private readonly idempotency: IdempotencyService,
    private readonly throttle: SubscribeThrottle,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  /**
   * Anyone may ask; the answer is the same whether the address was new, pending, confirmed or
   * unsubscribed. A confirmation mail goes out unless the address is confirmed already.
   */
  async subscribe(input: SubscribeToStatusInput, client: string, actor: Actor): Promise<void> {
    const now = this.clock.now();
    if (!this.throttle.allowClient(client, now)) {
      throw new ApiError('TOO_MANY_REQUESTS', 'Too many subscription requests; try again later');
    }
    await this.idempotency.retryingDuplicateKey(() =>
      inTransaction(this.dataSource, async (manager, afterCommit) => {
        const known = new Set(await this.services.keys(manager));
        DomainError.assertNoIssues(
          validateSubscription({
            email: input.email,
            serviceKeys: input.serviceKeys,
            knownServiceKeys: known,
          }),
          'Invalid subscription',
        );
        const email = normaliseEmail(input.email);
        const current = await this.repository.findByEmail(email, manager);
        const outcome = subscribe(
          current ? toDomainSubscriber(current) : null,
          { email, locale: input.locale, serviceKeys: input.serviceKeys },
          now,
        );
        if (outcome.kind !== 'SEND_CONFIRMATION') return;
        // Over the limit for this address: answer as always, but send (and change) nothing.
        if (!this.throttle.allowMail(email, now)) return;
        const token = randomToken();
        const row = await this.saveSubscriber(manager, current, outcome.subscriber, {
          confirmTokenHash: sha256Hex(token),
        });
        await this.audit.record(manager, {
          actor,
          action: 'subscribeToStatus',
          entityType: 'StatusSubscriber',
          entityId: row.id,
          after: { status: row.status, locale: row.locale, serviceKeys: row.serviceKeys },
        });
        // Signed with the organisation's page title, like every mail to subscribers.
        const { pageTitle } = await this.settings.publicIdentity(manager);
        const mail = confirmationMail(outcome.subscriber.locale, {
          pageName: pageTitle,
          confirmUrl: confirmUrl(this.config, token),
        });
        await this.delivery.mailWithin(
          manager,
          afterCommit,
          {
            kind: 'confirmation',
            dedupeKey: `confirm:${row.id}:${sha256Hex(token).slice(0, 32)}`,
            to: email,
            subscriberId: row.id,
            subject: mail.subject,
            text: mail.text,
          },
          now,
        );
      }),
    );
  }

  /** Following the confirmation link (by POST from its page). */
  confirm(token: string): Promise<TokenOutcome> {
    return inTransaction(this.dataSource, async (manager) => {
      const row = await this.repository.findByConfirmTokenHash(sha256Hex(token), manager);
      if (!row) return { done: false, locale: null };
      let next: Subscriber;
      try {
        next = confirmSubscription(toDomainSubscriber(row), this.clock.now());
      } catch (error) {
        if (error instanceof DomainError) return { done: false, locale: localeOf(row) };
        throw error;
      }
      await this.saveSubscriber(manager, row, next, { confirmTokenHash: null });
      await this.audit.record(manager, {
        actor: ANONYMOUS,
        action: 'confirmStatusSubscription',
        entityType: 'StatusSubscriber',
        entityId: row.id,
        before: { status: row.status },
        after: { status: next.status },
      });
      return { done: true, locale: localeOf(row) };
    });
  }

  /** The locale of the subscriber a link belongs to, for its page; changes nothing. */
  async localeOfUnsubscribeToken(token: string): Promise<'de' | 'en' | null> {
    const row = await this.repository.findByUnsubscribeToken(token);
    return row ? localeOf(row) : null;
  }

  /**
   * One-click unsubscribe (RFC 8058): no login, repeating it is harmless. The token is a
   * status subscriber's or a customer address's (from a customer notice); the latter stops
   * every later customer notice to that address.
   */
  unsubscribe(token: string): Promise<TokenOutcome> {
    return inTransaction(this.dataSource, async (manager) => {
      const row = await this.repository.findByUnsubscribeToken(token, manager);
      if (!row) return this.unsubscribeCustomer(manager, token);
      const next = unsubscribe(toDomainSubscriber(row), this.clock.now());
      if (next.status !== row.status) {
        await this.saveSubscriber(manager, row, next, { confirmTokenHash: null });
        await this.audit.record(manager, {
          actor: ANONYMOUS,
          action: 'unsubscribeFromStatus',
          entityType: 'StatusSubscriber',
          entityId: row.id,
          before: { status: row.status },
          after: { status: next.status },
        });
      }
      return { done: true, locale: localeOf(row) };
    });
  }

  private async unsubscribeCustomer(manager: EntityManager, token: string): Promise<TokenOutcome> {
    const address = await this.customerAddresses.findByToken(token, manager);
    if (!address) return { done: false, locale: null };
    if (address.unsubscribedAt === null) {
      await this.customerAddresses.markUnsubscribed(manager, address.email, this.clock.now());
      await this.audit.record(manager, {
        actor: ANONYMOUS,
        action: 'unsubscribeFromCustomerNotices',
        entityType: 'CustomerAddress',
        entityId: address.email,
        after: { unsubscribed: true },
      });
    }
    return { done: true, locale: null, customer: true };
  }

  /** True when the token is a customer address's (its page speaks of customer notices). */
  async isCustomerToken(token: string): Promise<boolean> {
    return (await this.customerAddresses.findByToken(token)) !== null;
  }

  async counts(): Promise<StatusSubscriberCountsModel> {
    const all = await this.repository.all();
    const counts = subscriberCountsByService(all.map(toDomainSubscriber));
    return {
      confirmed: counts.confirmed,
      pending: counts.pending,
      allServices: counts.allServices,
      byService: [...counts.byService]
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([serviceKey, confirmed]) => ({ serviceKey, confirmed })),
    };
  }

  async exportCsv(): Promise<string> {
    return subscribersCsv(await this.repository.all());
  }

  /** Inserts a new subscriber or saves the change with compare-and-set on its version. */
  private async saveSubscriber(
    manager: EntityManager,
    current: StatusSubscriberEntity | null,
    subscriber: Subscriber,
    extra: { confirmTokenHash: string | null },
  ): Promise<StatusSubscriberEntity> {
    const now = this.clock.now();
    if (!current) {
      const row = Object.assign(new StatusSubscriberEntity(), {
        id: newId(),
        unsubscribeToken: randomToken(),
        version: 1,
        createdAt: now,
        updatedAt: now,
        ...extra,
      });
      applySubscriber(row, subscriber);
      await this.repository.insert(manager, row);
      return row;
    }
    const next = Object.assign(new StatusSubscriberEntity(), current, extra, {
      version: current.version + 1,
      updatedAt: now,
    });
    applySubscriber(next, subscriber);
    if (!(await this.repository.updateIfVersion(manager, next, current.version))) {
      throw new ApiError('CONFLICT', 'The subscription changed at the same moment; try again');
    }
    return next;
  }
}

function localeOf(row: StatusSubscriberEntity): 'de' | 'en' {
  return row.locale === 'de' ? 'de' : 'en';
}
