import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../database/columns';

/**
 * A retried call is recognised by its key: the first call's payload fingerprint and result are
 * kept, so a retry returns the same answer and a reused key with another payload is refused.
 * Keys are unique within a scope (a backlog, an incident, or all incidents for a declaration)
 * and an operation.
 */
@Entity('idempotency_keys')
export class IdempotencyKeyEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  scope: string;

  @PrimaryColumn({ type: 'varchar', length: 40 })
  operation: string;

  @PrimaryColumn({ name: 'idempotency_key', type: 'varchar', length: 200 })
  idempotencyKey: string;

  /** SHA-256 of the canonical payload. */
  @Column({ name: 'payload_hash', type: 'varchar', length: 64 })
  payloadHash: string;

  /** The first call's result as JSON. */
  @Column({ type: 'text' })
  result: string;

  @Column({ name: 'created_at', ...instantColumn() })
  createdAt: Date;
}
