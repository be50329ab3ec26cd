import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../database/columns';

@Entity('incident_impacts')
export class IncidentImpactEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'incident_id', type: 'varchar', length: 36 })
  incidentId: string;

  @Column({ name: 'service_key', type: 'varchar', length: 64 })
  serviceKey: string;

  @Column({ type: 'varchar', length: 32 })
  status: string;

  @Column({ ...instantColumn() })
  since: Date;

  @Column({ ...instantColumn({ nullable: true }) })
  until: Date | null;

  /** Recording order within the incident, so impacts read back as the domain keeps them. */
  @Column({ type: 'integer' })
  position: number;
}
