import { type Logger, type QueryRunner } from 'typeorm';

/**
 * Counts every SQL statement TypeORM sends. Tests use it to prove that the number of statements
 * per GraphQL request does not grow with the number of rows (no N+1).
 */
export class QueryCountingLogger implements Logger {
  private count = 0;

  constructor(private readonly logErrors: boolean) {}

  get statements(): number {
    return this.count;
  }

  reset(): void {
    this.count = 0;
  }

  logQuery(_query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    this.count += 1;
  }

  logQueryError(error: string | Error, query: string): void {
    if (this.logErrors) console.error(`SQL error: ${String(error)} in ${query.slice(0, 200)}`);
  }

  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(message: string): void {
    if (this.logErrors) console.log(message);
  }
  log(level: 'log' | 'info' | 'warn', message: unknown): void {
    if (level === 'warn' && this.logErrors) console.warn(message);
  }
}
