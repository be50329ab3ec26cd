import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../database/columns';

@Entity('incident_updates')
export class IncidentUpdateEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'incident_id', type: 'varchar', length: 36 })
  incidentId: string;

  @Column({ type: 'text' })
  body: string;

  @Column({ type: 'varchar', length: 200 })
  author: string;

  @Column({ type: 'varchar', length: 16 })
  visibility: string;

  @Column({ name: 'status_change', type: 'varchar', length: 16, nullable: true })
  statusChange: string | null;

  @Column({ name: 'created_at', ...instantColumn() })
  createdAt: Date;

  @Column({ name: 'display_at', ...instantColumn() })
  displayAt: Date;

  @Column({ name: 'next_update_at', ...instantColumn({ nullable: true }) })
  nextUpdateAt: Date | null;

  /** Writing order within the incident (ties of `displayAt` keep it). */
  @Column({ type: 'integer' })
  position: number;
}
