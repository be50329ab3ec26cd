import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn, jsonColumn } from '../database/columns';

/** An endpoint of another system that receives signed events (Standard Webhooks). */
@Entity('webhook_subscriptions')
export class WebhookSubscriptionEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 2000 })
  url: string;

  @Column({ type: 'varchar', length: 200 })
  description: string;

  @Column({ name: 'service_keys', ...jsonColumn() })
  serviceKeys: string[];

  /** `whsec_…`: needed to sign every delivery, so it is kept; shown to people once. */
  @Column({ type: 'varchar', length: 100 })
  secret: string;

  @Column({ type: 'boolean' })
  enabled: boolean;

  /** Why it stopped: disabled by an admin, or the endpoint answered 410 Gone. */
  @Column({ name: 'disabled_reason', type: 'varchar', length: 200, nullable: true })
  disabledReason: string | null;

  @Column({ name: 'created_by', type: 'varchar', length: 320 })
  createdBy: string;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'created_at', ...instantColumn() })
  createdAt: Date;

  @Column({ name: 'updated_at', ...instantColumn() })
  updatedAt: Date;
}
