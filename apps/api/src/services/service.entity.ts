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

  @Column({ name: 'mtpd_minutes', type: 'integer', nullable: true })
  mtpdMinutes: number | null;

  /** With `outageEurosPerHour`, the estimated cost of an hour of outage; both set or neither. */
  @Column({ name: 'outage_orders_per_hour', type: 'integer', nullable: true })
  outageOrdersPerHour: number | null;

  @Column({ name: 'outage_euros_per_hour', type: 'integer', nullable: true })
  outageEurosPerHour: number | null;

  @Column({ type: 'boolean', default: false })
  supplier: boolean;

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
