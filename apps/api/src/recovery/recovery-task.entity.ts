import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn, jsonColumn } from '../database/columns';

@Entity('recovery_tasks')
export class RecoveryTaskEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'incident_id', type: 'varchar', length: 36 })
  incidentId: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'service_key', type: 'varchar', length: 64, nullable: true })
  serviceKey: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  owner: string | null;

  @Column({ name: 'estimate_minutes', type: 'integer', nullable: true })
  estimateMinutes: number | null;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  /** Ids of tasks of the same incident that must be done first. */
  @Column({ name: 'depends_on', ...jsonColumn() })
  dependsOn: string[];

  @Column({ name: 'override_rank', type: 'integer', nullable: true })
  overrideRank: number | null;

  @Column({ name: 'override_reason', type: 'text', nullable: true })
  overrideReason: string | null;

  /** The task gives customers a public word (it ends the silence). */
  @Column({ name: 'tells_customers', type: 'boolean', default: false })
  tellsCustomers: boolean;

  @Column({ name: 'started_at', ...instantColumn({ nullable: true }) })
  startedAt: Date | null;

  @Column({ name: 'completed_at', ...instantColumn({ nullable: true }) })
  completedAt: Date | null;

  /** Creation order within the incident: the ranking's tie-breaker. */
  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...instantColumn() })
  createdAt: Date;

  @Column({ name: 'updated_at', ...instantColumn() })
  updatedAt: Date;
}
