import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { instantColumn, jsonColumn } from '../database/columns';

@Entity('communications')
@Index('IDX_communications_incident', ['incidentId', 'createdAt'])
export class CommunicationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'incident_id', type: 'varchar', length: 36 })
  incidentId: string;

  @Column({ type: 'varchar', length: 32 })
  channel: string;

  @Column({ type: 'varchar', length: 32 })
  audience: string;

  @Column({ type: 'varchar', length: 8 })
  locale: string;

  /** The built-in template it was rendered from; `null` for a custom template. */
  @Column({ name: 'template_kind', type: 'varchar', length: 16, nullable: true })
  templateKind: string | null;

  @Column({ type: 'varchar', length: 200 })
  subject: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'created_by', type: 'varchar', length: 320 })
  createdBy: string;

  @Column({ name: 'created_at', ...instantColumn() })
  createdAt: Date;

  /** Who last changed a draft's text (the four-eyes rule counts them as a drafter). */
  @Column({ name: 'edited_by', type: 'varchar', length: 320, nullable: true })
  editedBy: string | null;

  @Column({ name: 'approved_by', type: 'varchar', length: 320, nullable: true })
  approvedBy: string | null;

  @Column({ name: 'approved_at', ...instantColumn({ nullable: true }) })
  approvedAt: Date | null;

  @Column({ name: 'published_by', type: 'varchar', length: 320, nullable: true })
  publishedBy: string | null;

  @Column({ name: 'published_at', ...instantColumn({ nullable: true }) })
  publishedAt: Date | null;

  @Column({ name: 'retracted_by', type: 'varchar', length: 320, nullable: true })
  retractedBy: string | null;

  @Column({ name: 'retracted_at', ...instantColumn({ nullable: true }) })
  retractedAt: Date | null;

  /** The public timeline entry publishing created (status-page messages only). */
  @Column({ name: 'timeline_update_id', type: 'varchar', length: 36, nullable: true })
  timelineUpdateId: string | null;

  @Column({ name: 'updated_at', ...instantColumn() })
  updatedAt: Date;

  /** Who an e-mail to the affected customers goes to (docs/adr/0016); `null` otherwise. */
  @Column({ ...jsonColumn({ nullable: true }) })
  cohort: { backlogKeys: string[]; openOnly: boolean } | null;

  /** The customer notice this one corrects. */
  @Column({ name: 'corrects_id', type: 'varchar', length: 36, nullable: true })
  correctsId: string | null;
}
