import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../database/columns';

/** A follow-up action of an incident's review: the table's shape, nothing else. */
@Entity('review_actions')
export class ReviewActionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'incident_id', type: 'varchar', length: 36 })
  incidentId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'varchar', length: 300 })
  title: string;

  @Column({ type: 'varchar', length: 200 })
  owner: string;

  @Column({ name: 'due_on', type: 'varchar', length: 10, nullable: true })
  dueOn: string | null;

  @Column({ name: 'done_at', ...instantColumn({ nullable: true }) })
  doneAt: Date | null;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...instantColumn() })
  createdAt: Date;

  @Column({ name: 'updated_at', ...instantColumn() })
  updatedAt: Date;
}
