import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../database/columns';

/** One piece of work of an item-level backlog, keyed by the reporting system's reference. */
@Entity('backlog_items')
export class BacklogItemEntity {
  @PrimaryColumn({ name: 'backlog_id', type: 'varchar', length: 36 })
  backlogId: string;

  @PrimaryColumn({ name: 'external_ref', type: 'varchar', length: 200 })
  externalRef: string;

  @Column({ name: 'received_at', ...instantColumn() })
  receivedAt: Date;

  @Column({ name: 'due_at', ...instantColumn({ nullable: true }) })
  dueAt: Date | null;

  @Column({ name: 'done_at', ...instantColumn({ nullable: true }) })
  doneAt: Date | null;

  @Column({ name: 'updated_at', ...instantColumn() })
  updatedAt: Date;
}
