import { DataSource } from 'typeorm';
import { type DatabaseConfig } from '../config/config';
import { buildDataSourceOptions } from './data-source';
import { runMigrationsExclusively } from './migrate';
import { QueryCountingLogger } from './query-counter';

/** Thrown when the configured database cannot be opened; its message is one line. */
export class DatabaseUnreachableError extends Error {}

function describe(database: DatabaseConfig): string {
  if (database.kind === 'sqlite') return `SQLite file ${database.path}`;
  const url = new URL(database.url);
  url.password = url.password ? '***' : '';
  return `PostgreSQL at ${url.toString()}`;
}

/**
 * Opens one connection and applies pending migrations before the app starts, so a wrong DATABASE_URL ends the
 * start with one clear sentence instead of a framework's retry log and stack trace.
 */
export async function prepareDatabase(database: DatabaseConfig): Promise<void> {
  let dataSource: DataSource | undefined;
  try {
    dataSource = new DataSource(buildDataSourceOptions(database, new QueryCountingLogger(false)));
    await dataSource.initialize();
    await dataSource.query('SELECT 1');
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new DatabaseUnreachableError(
      `Cannot open the database (DATABASE_URL): ${describe(database)}: ${reason}`,
    );
  }
  try {
    await runMigrationsExclusively(dataSource);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    throw new DatabaseUnreachableError(
      `Cannot migrate the database (DATABASE_URL): ${describe(database)}: ${reason}`,
    );
  } finally {
    if (dataSource?.isInitialized) await dataSource.destroy();
  }
}
