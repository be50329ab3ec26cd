import { Injectable, type OnModuleInit } from '@nestjs/common';
import { RequestMetrics } from '../observability/request-metrics';
import { retryFailedDelivery } from '@lagebild/domain';
import { DataSource } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { Clock } from '../common/clock';
import { inTransaction } from '../common/transaction';
import { ApiError, notFound } from '../graphql/error-codes';
import { toOutboxMessageModel } from './delivery.mapper';
import { type OutboxMessagesArgs } from './dto/delivery.input';
import { MailTransport } from './mail-transport';
import { type OutboxSummaryModel, type OutboxMessageModel } from './models/delivery.model';
import { OutboxRepository } from './outbox.repository';
import { OutboxWorker } from './outbox-worker';

/** What the outbox holds, for the dashboard, and retrying what failed. */
@Injectable()
export class OutboxService implements OnModuleInit {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: OutboxRepository,
    private readonly mail: MailTransport,
    private readonly worker: OutboxWorker,
    private readonly audit: AuditService,
    private readonly clock: Clock,
    private readonly metrics: RequestMetrics,
  ) {}

  onModuleInit(): void {
    // The depth operators watch on /metrics: messages waiting, and those that gave up.
    this.metrics.gauge(
      'lagebild_outbox_queued',
      'Outbox messages waiting to be sent.',
      async () => (await this.repository.countsByStatus()).get('QUEUED') ?? 0,
    );
    this.metrics.gauge(
      'lagebild_outbox_failed',
      'Outbox messages that failed for good.',
      async () => (await this.repository.countsByStatus()).get('FAILED') ?? 0,
    );
  }

  async list(args: OutboxMessagesArgs): Promise<OutboxMessageModel[]> {
    const rows = await this.repository.list({ statuses: args.status, limit: args.first ?? 100 });
    return rows.map((row) => toOutboxMessageModel(row, this.mail.configured));
  }

  async summary(): Promise<OutboxSummaryModel> {
    const counts = await this.repository.countsByStatus();
    return {
      mailServerConfigured: this.mail.configured,
      queued: counts.get('QUEUED') ?? 0,
      sent: counts.get('SENT') ?? 0,
      failed: counts.get('FAILED') ?? 0,
    };
  }

  /** A FAILED message is queued again with a fresh schedule; anything else is a CONFLICT. */
  async retry(id: string, actor: Actor): Promise<OutboxMessageModel> {
    const current = await this.repository.findById(id);
    if (!current) throw notFound('OutboxMessage', id);
    const now = this.clock.now();
    if (!retryFailedDelivery({ status: current.status as 'FAILED' }, now)) {
      throw new ApiError('CONFLICT', `Outbox message ${id} is ${current.status}, not FAILED`);
    }
    await inTransaction(this.dataSource, async (manager, afterCommit) => {
      // Compare-and-set on the status: of two retries at once, one wins.
      if (!(await this.repository.requeueFailed(manager, id, now))) {
        throw new ApiError('CONFLICT', `Outbox message ${id} was retried at the same moment`);
      }
      await this.audit.record(manager, {
        actor,
        action: 'retryOutboxMessage',
        entityType: 'OutboxMessage',
        entityId: id,
        before: { status: current.status, attempts: current.attempts },
        after: { status: 'QUEUED', attempts: 0 },
      });
      afterCommit(() => this.worker.wake());
    });
    const after = await this.repository.findById(id);
    return toOutboxMessageModel(after ?? current, this.mail.configured);
  }
}
