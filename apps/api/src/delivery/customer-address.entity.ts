import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../database/columns';

/**
 * An address customer notices went to: its unsubscribe link's token, and whether the customer
 * used it (then no later customer notice reaches it, see `selectCohort` in the domain).
 */
@Entity('customer_addresses')
export class CustomerAddressEntity {
  /** Normalised: trimmed, lower case. */
  @PrimaryColumn({ type: 'varchar', length: 254 })
  email: string;

  @Column({ name: 'unsubscribe_token', type: 'varchar', length: 64, unique: true })
  unsubscribeToken: string;

  @Column({ name: 'unsubscribed_at', ...instantColumn({ nullable: true }) })
  unsubscribedAt: Date | null;

  @Column({ name: 'created_at', ...instantColumn() })
  createdAt: Date;
}
