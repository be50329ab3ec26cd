import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn } from '../database/columns';

@Entity('incidents')
export class IncidentEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  /** The incident's number; `ref` is derived from it and unique with it. */
  @Column({ type: 'integer', unique: true })
  sequence: number;

  @Column({ type: 'varchar', length: 20, unique: true })
  ref: string;

  @Column({ type: 'varchar', length: 200 })
  title: string;

  /** What the public reads instead of the title; null: a neutral wording from the services. */
  @Column({ name: 'public_title', type: 'varchar', length: 200, nullable: true })
  publicTitle: string | null;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'varchar', length: 8 })
  severity: string;

  @Column({ type: 'varchar', length: 16 })
  status: string;

  @Column({ name: 'started_at', ...instantColumn() })
  startedAt: Date;

  @Column({ name: 'detected_at', ...instantColumn() })
  detectedAt: Date;

  @Column({ name: 'resolved_at', ...instantColumn({ nullable: true }) })
  resolvedAt: Date | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  commander: string | null;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...instantColumn() })
  createdAt: Date;

  @Column({ name: 'updated_at', ...instantColumn() })
  updatedAt: Date;
}
