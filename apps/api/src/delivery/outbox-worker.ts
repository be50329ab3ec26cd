import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import {
  type AttemptOutcome,
  decideAfterAttempt,
  OUTBOX_PRUNE_INTERVAL_MS,
  outboxPruneCutoff,
  RateWindow,
} from '@lagebild/domain';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { APP_CONFIG, type AppConfig } from '../config/config';
import { MailTransport } from './mail-transport';
import { type OutboxMessageEntity } from './outbox-message.entity';
import { type AttemptRecord, OutboxRepository } from './outbox.repository';
import { WebhookSender } from './webhook-sender';
import { WebhookSubscriptionsRepository } from './webhook-subscriptions.repository';

/** Rows claimed at once: enough to keep every lane busy. */
const BATCH_PER_LANE = 6;
const MIN_BATCH = 50;

/**
 * Sends what the outbox holds. Each instance runs one; a message is claimed with a lease by a
 * conditional UPDATE, so several instances never send one message at the same time. Woken
 * after every commit that queued something, and by a timer for retries that fall due.
 */
@Injectable()
export class OutboxWorker implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('OutboxWorker');
  private readonly rate: RateWindow;
  private timer: NodeJS.Timeout | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private stopped = true;
  private lastPrunedAt = 0;

  constructor(
    private readonly outbox: OutboxRepository,
    private readonly webhooks: WebhookSubscriptionsRepository,
    private readonly mail: MailTransport,
    private readonly sender: WebhookSender,
    private readonly clock: Clock,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {
    this.rate = new RateWindow(config.delivery.ratePerSecond);
  }

  onApplicationBootstrap(): void {
    if (!this.config.delivery.workerEnabled) return;
    this.stopped = false;
    this.wake();
  }

  async onModuleDestroy(): Promise<void> {
    this.stopped = true;
    clearTimeout(this.timer);
    await this.running;
  }

  /** Looks for due messages now (after a commit that queued some). */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    clearTimeout(this.timer);
    this.running = this.drain()
      .catch((error: unknown) => this.logger.error(`delivery round failed: ${String(error)}`))
      .finally(() => {
        this.running = undefined;
        if (this.stopped) return;
        if (this.again) {
          this.again = false;
          this.wake();
        } else {
          this.timer = setTimeout(() => this.wake(), this.config.delivery.pollMs);
          this.timer.unref();
        }
      });
  }

  /** Channels this instance can send: mail only with a mail server. */
  private channels(): string[] {
    return this.mail.configured ? ['EMAIL', 'WEBHOOK'] : ['WEBHOOK'];
  }

  /**
   * Once an hour at most: sent messages past the retention lose their text (a notice's delivery
   * records) or go (everything else); see `outboxPruneAction` in the domain.
   */
  async pruneIfDue(): Promise<void> {
    const now = this.clock.now();
    if (now.getTime() - this.lastPrunedAt < OUTBOX_PRUNE_INTERVAL_MS) return;
    this.lastPrunedAt = now.getTime();
    const pruned = await this.outbox.prune(
      outboxPruneCutoff(now, this.config.delivery.retentionDays),
    );
    if (pruned.trimmed + pruned.deleted > 0) {
      this.logger.log(
        `pruned the outbox: ${pruned.trimmed} delivery records kept without text, ${pruned.deleted} sent messages deleted`,
      );
    }
  }

  private async drain(): Promise<void> {
    await this.pruneIfDue();
    for (;;) {
      if (this.stopped) return;
      const now = this.clock.now();
      const lanes = this.config.delivery.concurrency;
      const ids = await this.outbox.dueIds(
        now,
        this.channels(),
        Math.max(MIN_BATCH, lanes * BATCH_PER_LANE),
      );
      if (ids.length === 0) return;
      // A fresh token per batch: the rows it won are exactly those carrying it.
      const claim = newId();
      const claimed = await this.outbox.claim(
        ids,
        claim,
        now,
        new Date(now.getTime() + this.config.delivery.leaseMs),
      );
      // Rows another instance won are not due for us any more: the next query skips them.
      let next = 0;
      const records: (AttemptRecord & {
        id: string;
        message: OutboxMessageEntity;
        disable: boolean;
      })[] = [];
      const lane = async (): Promise<void> => {
        while (next < claimed.length && !this.stopped) {
          const message = claimed[next];
          next += 1;
          if (!message) return;
          await this.waitForRate();
          records.push(await this.attempt(message));
        }
      };
      // Messages in flight at once (LAGEBILD_DELIVERY_CONCURRENCY); the rate limit still applies.
      await Promise.all(Array.from({ length: lanes }, lane));
      // One commit for the batch: per-message commits capped sending at about 100 mails/s.
      await this.outbox.recordAttempts(claim, records);
      for (const record of records) await this.afterRecorded(record.message, record);
    }
  }

  private async waitForRate(): Promise<void> {
    for (;;) {
      const wait = this.rate.take(Date.now());
      if (wait === 0) return;
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  /** Sends one message and says what to record; the batch records them together. */
  private async attempt(
    message: OutboxMessageEntity,
  ): Promise<AttemptRecord & { id: string; message: OutboxMessageEntity; disable: boolean }> {
    const outcome = await this.send(message);
    const now = this.clock.now();
    const decision = decideAfterAttempt(message.attempts + 1, outcome, now, Math.random());
    return {
      id: message.id,
      message,
      status: decision.status,
      attempts: decision.attempts,
      lastError: decision.lastError,
      nextAttemptAt: decision.nextAttemptAt,
      sentAt: decision.status === 'SENT' ? now : null,
      disable: decision.disableEndpoint,
    };
  }

  private async afterRecorded(
    message: OutboxMessageEntity,
    record: { disable?: boolean },
  ): Promise<void> {
    if (record.disable && message.webhookId) {
      const reason = 'The endpoint answered 410 Gone';
      await this.webhooks.disableGone(message.webhookId, reason, this.clock.now());
      await this.outbox.failQueuedOfWebhook(message.webhookId, reason);
    }
  }

  private async send(message: OutboxMessageEntity): Promise<AttemptOutcome> {
    if (message.channel === 'EMAIL') return this.mail.send(message);
    const webhook = message.webhookId ? await this.webhooks.findById(message.webhookId) : null;
    if (!webhook?.enabled) {
      return { kind: 'REJECTED', error: 'the webhook subscription is disabled' };
    }
    return this.sender.send(message, webhook.secret, this.clock.now());
  }
}
