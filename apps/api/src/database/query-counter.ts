import { AsyncLocalStorage } from 'node:async_hooks';
import { type Logger, type QueryRunner } from 'typeorm';

const background = new AsyncLocalStorage<true>();

/**
 * Runs `work` as background work (recomputing the kept situation pictures): its statements
 * are counted apart, so they do not land in the count of a request that runs meanwhile.
 */
export function asBackgroundWork<T>(work: () => Promise<T>): Promise<T> {
  return background.run(true, work);
}

/** True inside background work (see `asBackgroundWork`). */
export function isBackgroundWork(): boolean {
  return background.getStore() === true;
}

/**
 * Counts every SQL statement TypeORM sends. Tests use it to prove that the number of statements
 * per GraphQL request does not grow with the number of rows (no N+1).
 */
export class QueryCountingLogger implements Logger {
  private count = 0;
  private backgroundCount = 0;

  constructor(private readonly logErrors: boolean) {}

  /** Statements sent for requests (and anything else not marked as background work). */
  get statements(): number {
    return this.count;
  }

  /** Statements sent by background work (see `asBackgroundWork`). */
  get backgroundStatements(): number {
    return this.backgroundCount;
  }

  reset(): void {
    this.count = 0;
    this.backgroundCount = 0;
  }

  logQuery(_query: string, _parameters?: unknown[], _queryRunner?: QueryRunner): void {
    if (isBackgroundWork()) this.backgroundCount += 1;
    else this.count += 1;
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
