import { existsSync, mkdtempSync, readSync, openSync, closeSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { type DatabaseConfig } from '../../config/config';
import { readExportRows, writeExport } from './export-document';
import { PortableError } from './portable-error';
import { openTables } from './tables';
import { exportDatabase, importDatabase } from './transfer';

const SQLITE_MAGIC = 'SQLite format 3\u0000';

function isSqliteFile(file: string): boolean {
  const handle = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(16);
    readSync(handle, buffer, 0, 16, 0);
    return buffer.toString('latin1') === SQLITE_MAGIC;
  } finally {
    closeSync(handle);
  }
}

/** Checks a SQLite backup: the file's own integrity check, and it holds Lagebild's tables. */
async function checkSqliteBackup(file: string): Promise<string> {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    const integrity = db.pragma('integrity_check', { simple: true });
    if (integrity !== 'ok')
      throw new PortableError(`The backup ${file} fails its integrity check: ${String(integrity)}`);
  } finally {
    db.close();
  }
  const store = await openTables({ kind: 'sqlite', path: file });
  try {
    const migrations = await store.appliedMigrations();
    if (migrations.length === 0)
      throw new PortableError(`The backup ${file} holds no Lagebild tables`);
    return `integrity ok, ${(await store.tables()).length} tables`;
  } finally {
    await store.close();
  }
}

/**
 * A backup checked after writing. SQLite: the online backup API copies the open database page
 * by page (the server keeps running), then the copy's integrity is checked. PostgreSQL: a
 * consistent export (one snapshot), then read back whole.
 */
export async function backupDatabase(
  database: DatabaseConfig,
  file: string,
  now: Date,
): Promise<string> {
  if (existsSync(file))
    throw new PortableError(`${file} exists already: a backup never overwrites one`);
  if (database.kind === 'sqlite') {
    if (!existsSync(database.path))
      throw new PortableError(`There is no database at ${database.path}`);
    const db = new Database(database.path, { fileMustExist: true });
    try {
      await db.backup(file);
    } finally {
      db.close();
    }
    return `Backed up ${database.path} to ${file} (checked: ${await checkSqliteBackup(file)})`;
  }
  const written = await exportDatabase(database, file, now);
  const read = await readExportRows(file, async () => undefined);
  if (read.rows !== written.rows || read.tables !== written.tables) {
    throw new PortableError(
      `The backup ${file} reads back ${read.rows} rows, ${written.rows} were written`,
    );
  }
  return `Backed up the database to ${file} (checked: ${read.rows} rows of ${read.tables} tables read back)`;
}

/**
 * Restores a backup into a new, empty database: a SQLite backup into a SQLite path that does
 * not exist yet (copied with the backup API), anything else (an export, or a SQLite backup into
 * PostgreSQL) through the import.
 */
export async function restoreDatabase(
  database: DatabaseConfig,
  file: string,
  now: Date,
): Promise<string> {
  if (!existsSync(file)) throw new PortableError(`There is no backup at ${file}`);
  if (!isSqliteFile(file)) {
    const { rows, tables } = await importDatabase(database, file);
    return `Restored ${rows} rows of ${tables} tables from ${file}`;
  }
  const checked = await checkSqliteBackup(file);
  if (database.kind === 'sqlite') {
    if (existsSync(database.path)) {
      throw new PortableError(
        `${database.path} exists: restore into a new database file (move the old one aside first)`,
      );
    }
    const source = new Database(file, { readonly: true, fileMustExist: true });
    try {
      await source.backup(database.path);
    } finally {
      source.close();
    }
    return `Restored ${file} to ${database.path} (backup checked: ${checked})`;
  }
  // A SQLite backup into PostgreSQL: through an export of the backup.
  const dir = mkdtempSync(join(tmpdir(), 'lagebild-restore-'));
  try {
    const exported = join(dir, 'export.json');
    const store = await openTables({ kind: 'sqlite', path: file });
    try {
      await writeExport(store, exported, now);
    } finally {
      await store.close();
    }
    const { rows, tables } = await importDatabase(database, exported);
    return `Restored ${rows} rows of ${tables} tables from ${file} (backup checked: ${checked})`;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
