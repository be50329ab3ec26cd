import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../database/columns';

/** One row per change, never updated or deleted. */
@Entity('audit_entries')
@Index('IDX_audit_entity', ['entityType', 'entityId'])
export class AuditEntryEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column(instantColumn())
  at: Date;

  @Column({ type: 'varchar', length: 320 })
  actor: string;

  @Column({ type: 'varchar', length: 80 })
  action: string;

  @Column({ name: 'entity_type', type: 'varchar', length: 80 })
  entityType: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 120 })
  entityId: string;

  /** JSON text of the object before the change (null when it was created). */
  @Column({ type: 'text', nullable: true })
  before: string | null;

  /** JSON text of the object after the change. */
  @Column({ type: 'text', nullable: true })
  after: string | null;
}
