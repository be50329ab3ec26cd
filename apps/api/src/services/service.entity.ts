import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn, jsonColumn } from '../database/columns';

@Entity('services')
export class ServiceEntity {
  @PrimaryColumn({ type: 'varchar', length: 64 })
  key: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'text', default: '' })
  description: string;

  @Column({ type: 'integer' })
  tier: number;

  @Column({ name: 'rto_minutes', type: 'integer' })
  rtoMinutes: number;

  @Column({ name: 'rpo_minutes', type: 'integer' })
  rpoMinutes: number;

  @Column({ name: 'depends_on', ...jsonColumn() })
  dependsOn: string[];

  @Column({ type: 'varchar', length: 32 })
  status: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...instantColumn() })
  createdAt: Date;

  @Column({ name: 'updated_at', ...instantColumn() })
  updatedAt: Date;
}
