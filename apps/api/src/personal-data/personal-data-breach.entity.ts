import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn, jsonColumn } from '../database/columns';

/** The breach record of one incident: the table's shape, nothing else. */
@Entity('personal_data_breaches')
export class PersonalDataBreachEntity {
  @PrimaryColumn({ name: 'incident_id', type: 'varchar', length: 36 })
  incidentId: string;

  @Column({ ...jsonColumn() })
  aspects: string[];

  @Column({ name: 'aware_at', ...instantColumn() })
  awareAt: Date;

  @Column({ type: 'text' })
  facts: string;

  @Column({ type: 'text' })
  effects: string;

  @Column({ name: 'remedial_action', type: 'text' })
  remedialAction: string;

  @Column({ name: 'affected_people_estimate', type: 'integer', nullable: true })
  affectedPeopleEstimate: number | null;

  @Column({ name: 'authority_decision', type: 'varchar', length: 16 })
  authorityDecision: string;

  @Column({ name: 'authority_notified_at', ...instantColumn({ nullable: true }) })
  authorityNotifiedAt: Date | null;

  @Column({ name: 'authority_reason', type: 'text' })
  authorityReason: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'created_by', type: 'varchar', length: 320 })
  createdBy: string;

  @Column({ name: 'created_at', ...instantColumn() })
  createdAt: Date;

  @Column({ name: 'updated_at', ...instantColumn() })
  updatedAt: Date;
}
