import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../database/columns';

/** One piece of work of an item-level backlog, keyed by the reporting system's reference. */
@Entity('backlog_items')
export class BacklogItemEntity {
  @PrimaryColumn({ name: 'backlog_id', type: 'varchar', length: 36 })
  backlogId: string;

  @PrimaryColumn({ name: 'external_ref', type: 'varchar', length: 200 })
  externalRef: string;

  @Column({ name: 'received_at', ...instantColumn() })
  receivedAt: Date;

  @Column({ name: 'due_at', ...instantColumn({ nullable: true }) })
  dueAt: Date | null;

  @Column({ name: 'done_at', ...instantColumn({ nullable: true }) })
  doneAt: Date | null;

  /** The customer the item is for, as the reporting system named them (notices, ADR 0016). */
  @Column({ name: 'customer_email', type: 'varchar', length: 254, nullable: true })
  customerEmail: string | null;

  @Column({ name: 'customer_name', type: 'varchar', length: 200, nullable: true })
  customerName: string | null;

  /** The customer's language, `de` or `en`; `null` when not known. */
  @Column({ name: 'customer_locale', type: 'varchar', length: 8, nullable: true })
  customerLocale: string | null;

  @Column({ name: 'updated_at', ...instantColumn() })
  updatedAt: Date;
}
