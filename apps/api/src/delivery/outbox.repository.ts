import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager, In } from 'typeorm';
import { OutboxMessageEntity } from './outbox-message.entity';

/** Rows per multi-row INSERT: 20 columns each, within both databases' parameter limits. */
const BULK_CHUNK = 500;

/** What the worker writes after one attempt. */
export interface AttemptRecord {
  status: string;
  attempts: number;
  lastError: string | null;
  nextAttemptAt: Date | null;
  sentAt: Date | null;
}

/** The only place of the outbox that talks to TypeORM. */
@Injectable()
export class OutboxRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Writes messages inside the caller's transaction. A message whose dedupe key exists already
   * (the same cause for the same recipient) is skipped, so a cause reaches a recipient once.
   */
  async enqueue(manager: EntityManager, messages: readonly OutboxMessageEntity[]): Promise<void> {
    if (messages.length === 0) return;
    for (let start = 0; start < messages.length; start += 200) {
      await manager
        .createQueryBuilder()
        .insert()
        .into(OutboxMessageEntity)
        .values(messages.slice(start, start + 200))
        .orIgnore()
        .execute();
    }
  }

  /**
   * Writes many messages in the caller's transaction with one multi-row INSERT per 500 (plain
   * SQL: the query builder's bookkeeping cost most of the time at 10,000 rows). A dedupe key
   * that exists already is skipped, as in {@link enqueue}.
   */
  async enqueueMany(
    manager: EntityManager,
    messages: readonly OutboxMessageEntity[],
  ): Promise<void> {
    const postgres = this.dataSource.options.type === 'postgres';
    const iso = (at: Date | null) => (at === null ? null : at.toISOString());
    for (let start = 0; start < messages.length; start += BULK_CHUNK) {
      const values: unknown[] = [];
      const rows = messages.slice(start, start + BULK_CHUNK).map((m) => {
        const first = values.length;
        values.push(
          m.id,
          m.channel,
          m.dedupeKey,
          m.recipient,
          m.subscriberId,
          m.webhookId,
          m.kind,
          m.subject,
          m.body,
          JSON.stringify(m.headers),
          m.status,
          m.attempts,
          m.lastError,
          iso(m.nextAttemptAt),
          iso(m.claimedUntil),
          m.claimedBy,
          iso(m.sentAt),
          iso(m.createdAt),
          m.communicationId,
          m.recipientName,
        );
        const marks = Array.from({ length: 20 }, (_, n) => (postgres ? `$${first + n + 1}` : '?'));
        return `(${marks.join(', ')})`;
      });
      await manager.query(
        `INSERT INTO outbox_messages (id, channel, dedupe_key, recipient, subscriber_id, webhook_id,
            kind, subject, body, headers, status, attempts, last_error, next_attempt_at,
            claimed_until, claimed_by, sent_at, created_at, communication_id, recipient_name)
          VALUES ${rows.join(', ')} ON CONFLICT (dedupe_key) DO NOTHING`,
        values,
      );
    }
  }

  /** A page of a communication's delivery records, by recipient address. */
  deliveriesOf(
    communicationId: string,
    filter: { statuses?: readonly string[]; afterRecipient?: string | null; limit?: number },
  ): Promise<OutboxMessageEntity[]> {
    const query = this.dataSource
      .createQueryBuilder(OutboxMessageEntity, 'message')
      .where('message.communicationId = :communicationId', { communicationId });
    if (filter.statuses?.length) {
      query.andWhere('message.status IN (:...statuses)', { statuses: [...filter.statuses] });
    }
    if (filter.afterRecipient) {
      query.andWhere('message.recipient > :after', { after: filter.afterRecipient });
    }
    query.orderBy('message.recipient', 'ASC');
    if (filter.limit !== undefined) query.limit(filter.limit);
    return query.getMany();
  }

  /** How many of a communication's deliveries are in each status. */
  async deliveryCounts(communicationId: string): Promise<Map<string, number>> {
    const rows = await this.dataSource
      .createQueryBuilder(OutboxMessageEntity, 'message')
      .select('message.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .where('message.communicationId = :communicationId', { communicationId })
      .groupBy('message.status')
      .getRawMany<{ status: string; count: string | number }>();
    return new Map(rows.map((row) => [row.status, Number(row.count)]));
  }

  /** Gives up a communication's messages not sent yet (a retracted notice). */
  async failQueuedOfCommunication(
    manager: EntityManager,
    communicationId: string,
    reason: string,
  ): Promise<number> {
    const result = await manager
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({ status: 'FAILED', lastError: reason, claimedUntil: null, claimedBy: null })
      .where('communication_id = :communicationId', { communicationId })
      .andWhere('status = :status', { status: 'QUEUED' })
      .execute();
    return result.affected ?? 0;
  }

  /**
   * Pruning as `outboxPruneAction` in the domain decides, in two statements: sent delivery
   * records before the cutoff lose text and headers, other sent messages before it go.
   */
  async prune(cutoff: Date): Promise<{ trimmed: number; deleted: number }> {
    const trimmed = await this.dataSource
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({ body: '', headers: {} })
      .where('status = :status', { status: 'SENT' })
      .andWhere('sent_at < :cutoff', { cutoff: cutoff.toISOString() })
      .andWhere('communication_id IS NOT NULL')
      .andWhere("body <> ''")
      .execute();
    const deleted = await this.dataSource
      .createQueryBuilder()
      .delete()
      .from(OutboxMessageEntity)
      .where('status = :status', { status: 'SENT' })
      .andWhere('sent_at < :cutoff', { cutoff: cutoff.toISOString() })
      .andWhere('communication_id IS NULL')
      .execute();
    return { trimmed: trimmed.affected ?? 0, deleted: deleted.affected ?? 0 };
  }

  /** Ids of messages due for an attempt and not claimed by a live lease. */
  async dueIds(now: Date, channels: readonly string[], limit: number): Promise<string[]> {
    if (channels.length === 0) return [];
    const rows = await this.dataSource
      .createQueryBuilder(OutboxMessageEntity, 'message')
      .select('message.id', 'id')
      .where('message.status = :status', { status: 'QUEUED' })
      .andWhere('message.channel IN (:...channels)', { channels })
      .andWhere('message.nextAttemptAt <= :now', { now: now.toISOString() })
      .andWhere('(message.claimedUntil IS NULL OR message.claimedUntil < :now)', {
        now: now.toISOString(),
      })
      .orderBy('message.nextAttemptAt', 'ASC')
      .limit(limit)
      .getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  }

  /**
   * Claims the given messages for `claim` until `until`: one conditional UPDATE, so of several
   * instances racing for a row exactly one wins it (PostgreSQL re-checks the condition after
   * the row lock; SQLite runs one writer at a time). Returns the rows this claim won.
   */
  async claim(
    ids: readonly string[],
    claim: string,
    now: Date,
    until: Date,
  ): Promise<OutboxMessageEntity[]> {
    if (ids.length === 0) return [];
    await this.dataSource
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({ claimedUntil: until, claimedBy: claim })
      .where('id IN (:...ids)', { ids })
      .andWhere('status = :status', { status: 'QUEUED' })
      .andWhere('(claimed_until IS NULL OR claimed_until < :now)', { now: now.toISOString() })
      .execute();
    // Read back by primary key: `claimed_by` has no index, and a filter on it alone visited
    // every queued row (10,000 bodies per batch in a large notice).
    return this.dataSource.manager.find(OutboxMessageEntity, {
      where: { id: In([...ids]), claimedBy: claim, status: 'QUEUED' },
      order: { nextAttemptAt: 'ASC', id: 'ASC' },
    });
  }

  /** Records an attempt and releases the claim; only the worker holding the claim may. */
  async recordAttempt(id: string, claim: string, record: AttemptRecord): Promise<boolean> {
    const result = await this.dataSource
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({
        status: record.status,
        attempts: record.attempts,
        lastError: record.lastError?.slice(0, 1000) ?? null,
        ...(record.nextAttemptAt ? { nextAttemptAt: record.nextAttemptAt } : {}),
        sentAt: record.sentAt,
        claimedUntil: null,
        claimedBy: null,
      })
      .where('id = :id', { id })
      .andWhere('claimed_by = :claim', { claim })
      .execute();
    return result.affected === 1;
  }

  /**
   * Records the attempts of one batch in one transaction (one commit, not one per message);
   * each row only while the worker still holds its claim. Returns the ids recorded.
   */
  async recordAttempts(
    claim: string,
    records: readonly (AttemptRecord & { id: string })[],
  ): Promise<Set<string>> {
    const recorded = new Set<string>();
    if (records.length === 0) return recorded;
    await this.dataSource.transaction(async (manager) => {
      for (const record of records) {
        const result = await manager
          .createQueryBuilder()
          .update(OutboxMessageEntity)
          .set({
            status: record.status,
            attempts: record.attempts,
            lastError: record.lastError?.slice(0, 1000) ?? null,
            ...(record.nextAttemptAt ? { nextAttemptAt: record.nextAttemptAt } : {}),
            sentAt: record.sentAt,
            claimedUntil: null,
            claimedBy: null,
          })
          .where('id = :id', { id: record.id })
          .andWhere('claimed_by = :claim', { claim })
          .execute();
        if (result.affected === 1) recorded.add(record.id);
      }
    });
    return recorded;
  }

  /** Queues a FAILED message again; false when it is not FAILED (anymore). */
  async requeueFailed(manager: EntityManager, id: string, now: Date): Promise<boolean> {
    const result = await manager
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({ status: 'QUEUED', attempts: 0, nextAttemptAt: now, claimedUntil: null })
      .where('id = :id', { id })
      .andWhere('status = :status', { status: 'FAILED' })
      .execute();
    return result.affected === 1;
  }

  /** Gives up the still-queued messages of a webhook endpoint that was switched off. */
  async failQueuedOfWebhook(webhookId: string, reason: string): Promise<void> {
    await this.dataSource
      .createQueryBuilder()
      .update(OutboxMessageEntity)
      .set({ status: 'FAILED', lastError: reason })
      .where('webhook_id = :webhookId', { webhookId })
      .andWhere('status = :status', { status: 'QUEUED' })
      .execute();
  }

  findById(id: string): Promise<OutboxMessageEntity | null> {
    return this.dataSource.manager.findOne(OutboxMessageEntity, { where: { id } });
  }

  /** Newest first. */
  list(filter: { statuses?: readonly string[]; limit: number }): Promise<OutboxMessageEntity[]> {
    return this.dataSource.manager.find(OutboxMessageEntity, {
      where: filter.statuses?.length ? { status: In([...filter.statuses]) } : {},
      order: { createdAt: 'DESC', id: 'ASC' },
      take: filter.limit,
    });
  }

  async countsByStatus(): Promise<Map<string, number>> {
    const rows = await this.dataSource
      .createQueryBuilder(OutboxMessageEntity, 'message')
      .select('message.status', 'status')
      .addSelect('COUNT(*)', 'count')
      .groupBy('message.status')
      .getRawMany<{ status: string; count: string | number }>();
    return new Map(rows.map((row) => [row.status, Number(row.count)]));
  }
}
