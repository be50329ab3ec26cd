import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn, jsonColumn } from '../database/columns';

/** A continuation plan of one service: the table's shape, nothing else. */
@Entity('continuation_plans')
export class ContinuationPlanEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ name: 'service_key', type: 'varchar', length: 64 })
  serviceKey: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  @Column({ type: 'varchar', length: 200 })
  owner: string;

  @Column({ ...jsonColumn() })
  steps: string[];

  @Column({ ...jsonColumn() })
  needs: string[];

  @Column({ name: 'adds_backlog_key', type: 'varchar', length: 64, nullable: true })
  addsBacklogKey: string | null;

  @Column({ name: 'adds_staff', type: 'double precision', nullable: true })
  addsStaff: number | null;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...instantColumn() })
  createdAt: Date;

  @Column({ name: 'updated_at', ...instantColumn() })
  updatedAt: Date;
}
