import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../database/columns';

/** One activation of a plan during an incident, with the plan as it was when it started. */
@Entity('continuation_plan_activations')
export class ContinuationPlanActivationEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'plan_id', type: 'varchar', length: 36 })
  planId: string;

  @Column({ name: 'incident_id', type: 'varchar', length: 36 })
  incidentId: string;

  @Column({ name: 'service_key', type: 'varchar', length: 64 })
  serviceKey: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ name: 'adds_backlog_key', type: 'varchar', length: 64, nullable: true })
  addsBacklogKey: string | null;

  @Column({ name: 'adds_staff', type: 'double precision', nullable: true })
  addsStaff: number | null;

  @Column({ name: 'running_key', type: 'varchar', length: 73, nullable: true })
  runningKey: string | null;

  @Column({ name: 'activated_at', ...instantColumn() })
  activatedAt: Date;

  @Column({ name: 'activated_by', type: 'varchar', length: 320 })
  activatedBy: string;

  @Column({ name: 'ended_at', ...instantColumn({ nullable: true }) })
  endedAt: Date | null;

  @Column({ name: 'ended_by', type: 'varchar', length: 320, nullable: true })
  endedBy: string | null;
}
