import { assertCurrentVersion } from '@lagebild/domain';
import { type DataSource, type EntityManager } from 'typeorm';
import { type AuditRecord } from '../audit/audit.service';
import { type Clock } from './clock';
import { inTransaction } from './transaction';

/** A row a person edits: every save moves `version` on, which compare-and-set relies on. */
export interface Versioned {
  version: number;
  updatedAt: Date;
}

/** What the domain decided: the next state of the row plus whatever the later steps need. */
export interface Decision<Row extends Versioned> {
  next: Row;
}

/** One change to one versioned row, described step by step; `applyVersionedChange` runs it. */
export interface VersionedChange<Row extends Versioned, D extends Decision<Row> = Decision<Row>> {
  /** Names the row in CONFLICT messages, e.g. `Incident INC-0001`. */
  describe: (row: Row) => string;
  load: (manager: EntityManager) => Promise<Row | null>;
  /** The error for a row that does not exist (NOT_FOUND). */
  missing: () => Error;
  /** The version the caller based the edit on; without it, the change applies to what is loaded. */
  expectedVersion?: number | undefined;
  /**
   * Lets the domain decide. `next` gets its version and `updatedAt` from here; `null` means
   * nothing changes (nothing is saved, audited or announced, and the current row is returned).
   */
  decide: (current: Row, now: Date, manager: EntityManager) => D | null | Promise<D | null>;
  /** Compare-and-set: saves only if the row is still at `expectedVersion`; false otherwise. */
  save: (manager: EntityManager, next: Row, expectedVersion: number) => Promise<boolean>;
  /** Writes to other tables that belong to this change, in the same transaction. */
  alsoWrite?: (manager: EntityManager, decision: D, current: Row) => Promise<void>;
  audit: (current: Row, decision: D) => AuditRecord;
  /** The live event, published only after the transaction committed. */
  announce?: (decision: D) => void;
}

/** The transaction a change runs in and what every change needs besides its own steps. */
export interface WriteScope {
  manager: EntityManager;
  /** Needed only by changes that announce. */
  afterCommit?: (callback: () => void) => void;
  audit: { record(manager: EntityManager, record: AuditRecord): Promise<void> };
  clock: Clock;
}

/**
 * Load -> check the caller's version -> the domain decides -> save with compare-and-set ->
 * other writes -> audit -> announce after commit, inside the caller's transaction.
 */
export async function applyVersionedChange<Row extends Versioned, D extends Decision<Row>>(
  scope: WriteScope,
  change: VersionedChange<Row, D>,
): Promise<Row> {
  const { manager } = scope;
  const current = await change.load(manager);
  if (!current) throw change.missing();
  const expected = change.expectedVersion ?? current.version;
  assertCurrentVersion(change.describe(current), expected, current.version);

  const now = scope.clock.now();
  const decision = await change.decide(current, now, manager);
  if (decision === null) return current;
  Object.assign(decision.next, { version: current.version + 1, updatedAt: now });

  if (!(await change.save(manager, decision.next, current.version))) {
    // Someone saved between our read and our write: report it like a stale version.
    const latest = await change.load(manager);
    assertCurrentVersion(change.describe(current), expected, latest?.version ?? -1);
  }
  await change.alsoWrite?.(manager, decision, current);
  await scope.audit.record(manager, change.audit(current, decision));
  const announce = change.announce;
  if (announce) {
    if (!scope.afterCommit) throw new Error('A change that announces needs afterCommit');
    scope.afterCommit(() => announce(decision));
  }
  return decision.next;
}

/** `applyVersionedChange` in a transaction of its own. */
export function versionedUpdate<Row extends Versioned, D extends Decision<Row>>(
  dependencies: { dataSource: DataSource } & Pick<WriteScope, 'audit' | 'clock'>,
  change: VersionedChange<Row, D>,
): Promise<Row> {
  return inTransaction(dependencies.dataSource, (manager, afterCommit) =>
    applyVersionedChange({ ...dependencies, manager, afterCommit }, change),
  );
}
