import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { type DataSourceOptions } from 'typeorm';
import { type DatabaseConfig } from '../config/config';
import { QueryCountingLogger } from './query-counter';

/**
 * One definition of the database connection, shared by the app and the TypeORM CLI.
 * Entities and migrations are found by file name so each feature folder brings its own.
 */
export function buildDataSourceOptions(
  database: DatabaseConfig,
  logger = new QueryCountingLogger(true),
): DataSourceOptions {
  const common = {
    entities: [join(__dirname, '..', '**', '*.entity.{ts,js}')],
    migrations: [join(__dirname, 'migrations', '*.{ts,js}')],
    migrationsTableName: 'migrations',
    synchronize: false,
    migrationsRun: false,
    logging: ['query', 'error', 'migration'] as ('query' | 'error' | 'migration')[],
    logger,
  };
  if (database.kind === 'sqlite') {
    if (database.path !== ':memory:') mkdirSync(dirname(database.path), { recursive: true });
    return {
      ...common,
      type: 'better-sqlite3',
      database: database.path,
      // WAL lets the status page read while a bulk import writes.
      prepareDatabase: (db: { pragma: (sql: string) => unknown }) => {
        db.pragma('journal_mode = WAL');
        db.pragma('foreign_keys = ON');
        db.pragma('busy_timeout = 5000');
      },
    };
  }
  return {
    ...common,
    type: 'postgres',
    url: database.url,
    // An unreachable server must fail a request within seconds, not hang it (degraded mode).
    connectTimeoutMS: 5_000,
    ...(database.schema ? { schema: database.schema } : {}),
  };
}
