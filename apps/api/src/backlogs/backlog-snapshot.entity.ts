import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../database/columns';

/** An open count reported for a backlog at a moment. */
@Entity('backlog_snapshots')
export class BacklogSnapshotEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'backlog_id', type: 'varchar', length: 36 })
  backlogId: string;

  @Column({ ...instantColumn() })
  at: Date;

  @Column({ type: 'integer' })
  open: number;

  @Column({ name: 'recorded_at', ...instantColumn() })
  recordedAt: Date;
}
