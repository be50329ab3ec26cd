import { AsyncLocalStorage } from 'node:async_hooks';
import { type DataSource, type EntityManager } from 'typeorm';

/** The data source whose transaction the current code runs in, if any. */
const insideTransaction = new AsyncLocalStorage<DataSource>();
/** Per SQLite data source, the end of the last transaction queued. */
const sqliteQueues = new WeakMap<DataSource, Promise<void>>();

/**
 * Runs `work` in one database transaction and, only after it committed, the `afterCommit`
 * callbacks it registered (live events). A thrown error rolls everything back.
 *
 * On SQLite the application has one connection, and TypeORM turns a transaction begun while
 * another is open into a savepoint inside it: two requests would write into one transaction,
 * each seeing the other's uncommitted rows. So SQLite transactions run one after the other,
 * in the order they were asked for; one started inside another (same async flow) runs inside
 * it, as before. PostgreSQL gives each transaction a connection of its own.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager, afterCommit: (callback: () => void) => void) => Promise<T>,
): Promise<T> {
  const callbacks: (() => void)[] = [];
  const run = () =>
    insideTransaction.run(dataSource, () =>
      dataSource.transaction((manager) => work(manager, (callback) => callbacks.push(callback))),
    );
  const oneAtATime =
    dataSource.options.type === 'better-sqlite3' && insideTransaction.getStore() !== dataSource;
  const result = oneAtATime ? await queued(dataSource, run) : await run();
  for (const callback of callbacks) callback();
  return result;
}

function queued<T>(dataSource: DataSource, task: () => Promise<T>): Promise<T> {
  const previous = sqliteQueues.get(dataSource) ?? Promise.resolve();
  const next = previous.then(task);
  sqliteQueues.set(
    dataSource,
    next.then(
      () => undefined,
      () => undefined,
    ),
  );
  return next;
}
