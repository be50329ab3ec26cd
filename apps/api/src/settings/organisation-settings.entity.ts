import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn, jsonColumn } from '../database/columns';

/** The one row of organisation settings (id 1); `settings` holds what was set, as JSON. */
@Entity('organisation_settings')
export class OrganisationSettingsEntity {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ ...jsonColumn() })
  settings: Record<string, unknown>;

  @Column({ type: 'integer' })
  version: number;

  @Column({ name: 'updated_at', ...instantColumn() })
  updatedAt: Date;
}
