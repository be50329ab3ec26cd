import { Column, Entity, PrimaryColumn } from 'typeorm';
import { instantColumn, jsonColumn } from '../database/columns';

/** Calendar settings as stored: the domain's `WorkingCalendar`, plain JSON. */
export interface StoredCalendar {
  timeZone: string;
  workingHours: { weekday: number; start: string; end: string }[];
  holidays: string[];
}

@Entity('backlogs')
export class BacklogEntity {
  @PrimaryColumn({ type: 'varchar', length: 36 })
  id: string;

  @Column({ type: 'varchar', length: 64, unique: true })
  key: string;

  @Column({ type: 'varchar', length: 200 })
  name: string;

  @Column({ type: 'varchar', length: 50 })
  unit: string;

  @Column({ name: 'incident_id', type: 'varchar', length: 36, nullable: true })
  incidentId: string | null;

  /** The service whose recovery this backlog waits for (a loose reference by key). */
  @Column({ name: 'service_key', type: 'varchar', length: 64, nullable: true })
  serviceKey: string | null;

  @Column({ name: 'promise_hours', type: 'double precision', nullable: true })
  promiseHours: number | null;

  @Column({ type: 'double precision' })
  staff: number;

  @Column({ name: 'items_per_staff_hour', type: 'double precision' })
  itemsPerStaffHour: number;

  @Column({ name: 'arrival_rate_per_hour', type: 'double precision', nullable: true })
  arrivalRatePerHour: number | null;

  @Column({ ...jsonColumn() })
  calendar: StoredCalendar;

  @Column({ type: 'boolean' })
  accepted: boolean;

  @Column({ type: 'integer' })
  version: number;

  /** Counted up by every write of its items (see BacklogItemQueues). */
  @Column({ name: 'items_revision', type: 'integer', default: 0 })
  itemsRevision: number;

  /** How many items it has. */
  @Column({ name: 'item_count', type: 'integer', default: 0 })
  itemCount: number;

  /** How many of its items are not done. */
  @Column({ name: 'open_item_count', type: 'integer', default: 0 })
  openItemCount: number;

  @Column({ name: 'created_at', ...instantColumn() })
  createdAt: Date;

  @Column({ name: 'updated_at', ...instantColumn() })
  updatedAt: Date;
}
