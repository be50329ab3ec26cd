import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../database/columns';

/** The written part of an incident's review: the table's shape, nothing else. */
@Entity('incident_reviews')
export class IncidentReviewEntity {
  @PrimaryColumn({ name: 'incident_id', type: 'varchar', length: 36 })
  incidentId: string;

  @Column({ name: 'went_well', type: 'text' })
  wentWell: string;

  @Column({ name: 'went_badly', type: 'text' })
  wentBadly: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'updated_by', type: 'varchar', length: 320 })
  updatedBy: string;

  @Column({ name: 'created_at', ...instantColumn() })
  createdAt: Date;

  @Column({ name: 'updated_at', ...instantColumn() })
  updatedAt: Date;
}
