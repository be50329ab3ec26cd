import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn, jsonColumn } from '../database/columns';

/** A person who asked for status updates by e-mail (double opt-in). */
@Entity('status_subscribers')
export class StatusSubscriberEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** Trimmed, lower case. */
  @Column({ type: 'varchar', length: 254, unique: true })
  email: string;

  @Column({ type: 'varchar', length: 8 })
  locale: string;

  @Column({ name: 'service_keys', ...jsonColumn() })
  serviceKeys: string[];

  /** `PENDING`, `CONFIRMED` or `UNSUBSCRIBED`. */
  @Column({ type: 'varchar', length: 16 })
  status: string;

  /** SHA-256 of the confirmation token last sent; the token itself is only in the mail. */
  @Column({ name: 'confirm_token_hash', type: 'varchar', length: 64, nullable: true })
  confirmTokenHash: string | null;

  @Column({ name: 'confirmation_sent_at', ...instantColumn({ nullable: true }) })
  confirmationSentAt: Date | null;

  @Column({ name: 'confirmed_at', ...instantColumn({ nullable: true }) })
  confirmedAt: Date | null;

  @Column({ name: 'unsubscribed_at', ...instantColumn({ nullable: true }) })
  unsubscribedAt: Date | null;

  /** Goes into every mail's unsubscribe link, so it is kept (it can only unsubscribe). */
  @Column({ name: 'unsubscribe_token', type: 'varchar', length: 64, unique: true })
  unsubscribeToken: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...instantColumn() })
  createdAt: Date;

  @Column({ name: 'updated_at', ...instantColumn() })
  updatedAt: Date;
}
