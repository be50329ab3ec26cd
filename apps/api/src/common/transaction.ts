import { type DataSource, type EntityManager } from 'typeorm';

/**
 * Runs `work` in one database transaction and, only after it committed, the `afterCommit`
 * callbacks it registered (live events). A thrown error rolls everything back.
 */
export async function inTransaction<T>(
  dataSource: DataSource,
  work: (manager: EntityManager, afterCommit: (callback: () => void) => void) => Promise<T>,
): Promise<T> {
  const callbacks: (() => void)[] = [];
  const result = await dataSource.transaction((manager) =>
    work(manager, (callback) => callbacks.push(callback)),
  );
  for (const callback of callbacks) callback();
  return result;
}
