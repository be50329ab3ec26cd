import { type DataSource } from 'typeorm';

/**
 * The key of the PostgreSQL advisory lock held while migrating ("lagebild" in ASCII). Any
 * number works as long as every instance uses the same one.
 */
export const MIGRATION_LOCK_KEY = 0x6c61676562696c64n;

/**
 * Applies pending migrations, one instance at a time. On PostgreSQL two instances starting on
 * an empty database would otherwise both create the migrations table and the first tables, and
 * one would crash; a session advisory lock makes the second wait, and it then finds nothing
 * pending. SQLite is one file that one process serves.
 */
export async function runMigrationsExclusively(dataSource: DataSource): Promise<void> {
  if (dataSource.options.type !== 'postgres') {
    await dataSource.runMigrations({ transaction: 'each' });
    return;
  }
  const lockHolder = dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    await lockHolder.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY.toString()]);
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await lockHolder.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY.toString()]);
    }
  } finally {
    await lockHolder.release();
  }
}
