import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * How many items of a backlog arrived, are due and were done in which UTC hours: a summary
 * `upsertBacklogItems` keeps in the same transaction as the items, so forecasts read these
 * counts instead of grouping every item. '' stands for "no due time" and "not done".
 */
@Entity('backlog_item_groups')
export class BacklogItemGroupEntity {
  @PrimaryColumn({ name: 'backlog_id', type: 'varchar', length: 36 })
  backlogId: string;

  @PrimaryColumn({ name: 'received_hour', type: 'varchar', length: 13 })
  receivedHour: string;

  @PrimaryColumn({ name: 'due_hour', type: 'varchar', length: 13 })
  dueHour: string;

  @PrimaryColumn({ name: 'done_hour', type: 'varchar', length: 13 })
  doneHour: string;

  @PrimaryColumn({ name: 'missed', type: 'integer' })
  missed: number;

  @Column({ name: 'count', type: 'integer' })
  count: number;
}
