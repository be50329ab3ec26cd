import { type MigrationInterface, type QueryRunner } from 'typeorm';

/**
 * Impact analysis per service: the maximum tolerable period of disruption, the estimated cost
 * of an hour of outage (orders and euros), and whether the service is an outside supplier.
 */
export class ServiceImpactAnalysis1764009000000 implements MigrationInterface {
  name = 'ServiceImpactAnalysis1764009000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    // Plain ALTER TABLE on both databases: TypeORM's SQLite column changes copy the table, and
    // dropping the old copy would cascade to the rows that reference the services.
    await queryRunner.query('ALTER TABLE services ADD COLUMN mtpd_minutes integer');
    await queryRunner.query('ALTER TABLE services ADD COLUMN outage_orders_per_hour integer');
    await queryRunner.query('ALTER TABLE services ADD COLUMN outage_euros_per_hour integer');
    await queryRunner.query(
      'ALTER TABLE services ADD COLUMN supplier boolean NOT NULL DEFAULT false',
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const column of [
      'supplier',
      'outage_euros_per_hour',
      'outage_orders_per_hour',
      'mtpd_minutes',
    ]) {
      await queryRunner.query(`ALTER TABLE services DROP COLUMN ${column}`);
    }
  }
}
