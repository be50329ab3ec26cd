import { Column, Entity, PrimaryColumn } from 'typeorm';

/**
 * The last incident number handed out, in one row. Declaring an incident increments it in its
 * own transaction: the row lock makes concurrent declarations take turns, and a declaration
 * that rolls back gives its number back.
 */
@Entity('incident_numbers')
export class IncidentNumberEntity {
  /** Always 1: there is one sequence of incident numbers. */
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ name: 'last_sequence', type: 'integer' })
  lastSequence: number;
}
