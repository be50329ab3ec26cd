import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn, jsonColumn } from '../database/columns';

/**
 * One message to one recipient, written in the transaction that decided to send it (a
 * transactional outbox). Workers claim rows with a lease and record each attempt.
 */
@Entity('outbox_messages')
@Index('IDX_outbox_messages_due', ['status', 'nextAttemptAt'])
@Index('IDX_outbox_messages_communication', ['communicationId', 'recipient'])
@Index('IDX_outbox_messages_sent', ['status', 'sentAt'])
export class OutboxMessageEntity {
  /** Also the idempotency key the receiver sees: Message-ID or `webhook-id`. */
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** `EMAIL` or `WEBHOOK`. */
  @Column({ type: 'varchar', length: 16 })
  channel: string;

  /** What caused it and who receives it; unique, so one cause reaches one recipient once. */
  @Column({ name: 'dedupe_key', type: 'varchar', length: 200, unique: true })
  dedupeKey: string;

  /** The e-mail address or the webhook URL. */
  @Column({ type: 'varchar', length: 2000 })
  recipient: string;

  @Column({ name: 'subscriber_id', type: 'varchar', length: 36, nullable: true })
  subscriberId: string | null;

  @Column({ name: 'webhook_id', type: 'varchar', length: 36, nullable: true })
  webhookId: string | null;

  /** A webhook's event type, or what kind of mail it is (`confirmation`, `public-update`). */
  @Column({ type: 'varchar', length: 40 })
  kind: string;

  /** A mail's subject; a line describing the webhook event otherwise. */
  @Column({ type: 'varchar', length: 300 })
  subject: string;

  /** The mail's text or the webhook's JSON body, exactly as sent. */
  @Column({ type: 'text' })
  body: string;

  /** Extra mail headers (List-Unsubscribe). */
  @Column({ ...jsonColumn() })
  headers: Record<string, string>;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ type: 'integer' })
  attempts: number;

  @Column({ name: 'last_error', type: 'varchar', length: 1000, nullable: true })
  lastError: string | null;

  @Column({ name: 'next_attempt_at', ...instantColumn() })
  nextAttemptAt: Date;

  @Column({ name: 'claimed_until', ...instantColumn({ nullable: true }) })
  claimedUntil: Date | null;

  @Column({ name: 'claimed_by', type: 'varchar', length: 36, nullable: true })
  claimedBy: string | null;

  @Column({ name: 'sent_at', ...instantColumn({ nullable: true }) })
  sentAt: Date | null;

  @Column({ name: 'created_at', ...instantColumn() })
  createdAt: Date;

  /** The customer notice this mail delivers: the row is then its delivery record. */
  @Column({ name: 'communication_id', type: 'varchar', length: 36, nullable: true })
  communicationId: string | null;

  /** The customer's name as the notice greeted them. */
  @Column({ name: 'recipient_name', type: 'varchar', length: 200, nullable: true })
  recipientName: string | null;
}
