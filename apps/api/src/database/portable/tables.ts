import { existsSync } from 'node:fs';
import Database from 'better-sqlite3';
import { Client } from 'pg';
import { type DatabaseConfig } from '../../config/config';
import { PortableError } from './portable-error';

/** A value as the export holds it: what JSON can carry, the same on both databases. */
export type PortableValue = string | number | boolean | null;
export type PortableRow = Record<string, PortableValue>;

export interface TableShape {
  name: string;
  /** Column names in alphabetical order (the export's key order, the same on both databases). */
  columns: string[];
  booleanColumns: Set<string>;
  /** Primary key columns in key order; rows are exported in this order. */
  primaryKey: string[];
  /** Tables this one references (foreign keys), itself excluded. */
  references: string[];
}

/** The table TypeORM keeps its migration history in: rebuilt by migrating, never exported. */
export const MIGRATIONS_TABLE = 'migrations';

/**
 * The database as plain tables, read and written without TypeORM's entities: the export holds
 * every table, whichever feature writes it, and the derived ones exactly as they are.
 */
export interface TableStore {
  readonly kind: 'sqlite' | 'postgres';
  /** Every table but the migrations history, in an order that inserts parents first. */
  tables(): Promise<TableShape[]>;
  /** The names of the migrations applied, oldest first. */
  appliedMigrations(): Promise<string[]>;
  /**
   * Every row of every table in one consistent snapshot, each table in primary-key order
   * (byte order for text on both databases); `onRow` may wait (back-pressure).
   */
  readAll(
    tables: TableShape[],
    onTable: (table: TableShape) => Promise<void>,
    onRow: (table: TableShape, row: PortableRow) => Promise<void> | void,
  ): Promise<void>;
  /** Rows of a table, optionally those matching a fixed SQL condition. */
  count(table: string, where?: string): Promise<number>;
  /** Runs `work` in one transaction. */
  transaction(work: (writer: RowWriter) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

export interface RowWriter {
  insert(table: TableShape, rows: PortableRow[]): Promise<void>;
  deleteAll(table: string): Promise<void>;
}

const quote = (name: string): string => `"${name.replace(/"/g, '""')}"`;

/** Puts parents before children (self references and cycles keep the alphabetical order). */
export function parentsFirst(tables: TableShape[]): TableShape[] {
  const byName = new Map(tables.map((table) => [table.name, table]));
  const done = new Set<string>();
  const visiting = new Set<string>();
  const ordered: TableShape[] = [];
  const visit = (table: TableShape): void => {
    if (done.has(table.name) || visiting.has(table.name)) return;
    visiting.add(table.name);
    for (const parent of table.references) {
      const shape = byName.get(parent);
      if (shape) visit(shape);
    }
    visiting.delete(table.name);
    done.add(table.name);
    ordered.push(table);
  };
  for (const table of [...tables].sort((a, b) => (a.name < b.name ? -1 : 1))) visit(table);
  return ordered;
}

/** The columns the rows carry (an older export may lack later columns: their defaults apply). */
function carried(table: TableShape, rows: PortableRow[]): string[] {
  const first = rows[0] ?? {};
  return table.columns.filter((column) => column in first);
}

function normalise(row: Record<string, unknown>, table: TableShape): PortableRow {
  const out: PortableRow = {};
  for (const column of table.columns) {
    const value = row[column];
    if (value === null || value === undefined) out[column] = null;
    else if (table.booleanColumns.has(column))
      out[column] = value === true || value === 1 || value === '1' || value === 't';
    else if (typeof value === 'bigint') out[column] = Number(value);
    else if (typeof value === 'number' || typeof value === 'string' || typeof value === 'boolean')
      out[column] = value;
    else if (value instanceof Date) out[column] = value.toISOString();
    else if (Buffer.isBuffer(value)) out[column] = value.toString('base64');
    else out[column] = JSON.stringify(value);
  }
  return out;
}

class SqliteTables implements TableStore {
  readonly kind = 'sqlite' as const;
  constructor(private readonly db: Database.Database) {}

  async tables(): Promise<TableShape[]> {
    const names = this.db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as { name: string }[];
    return parentsFirst(
      names
        .filter(({ name }) => name !== MIGRATIONS_TABLE)
        .map(({ name }) => {
          const info = this.db.prepare(`PRAGMA table_info(${quote(name)})`).all() as {
            name: string;
            type: string;
            pk: number;
          }[];
          const foreign = this.db.prepare(`PRAGMA foreign_key_list(${quote(name)})`).all() as {
            table: string;
          }[];
          return {
            name,
            columns: info.map((column) => column.name).sort(),
            booleanColumns: new Set(
              info.filter((column) => /bool/i.test(column.type)).map((column) => column.name),
            ),
            primaryKey: info
              .filter((column) => column.pk > 0)
              .sort((a, b) => a.pk - b.pk)
              .map((column) => column.name),
            references: [...new Set(foreign.map((key) => key.table))].filter((t) => t !== name),
          };
        }),
    );
  }

  async appliedMigrations(): Promise<string[]> {
    const exists = this.db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")
      .get(MIGRATIONS_TABLE);
    if (!exists) return [];
    return (
      this.db.prepare(`SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY timestamp, id`).all() as {
        name: string;
      }[]
    ).map((row) => row.name);
  }

  async readAll(
    tables: TableShape[],
    onTable: (table: TableShape) => Promise<void>,
    onRow: (table: TableShape, row: PortableRow) => Promise<void> | void,
  ): Promise<void> {
    // One read transaction: every table as of the same moment, while the server may write (WAL).
    this.db.prepare('BEGIN').run();
    try {
      for (const table of tables) {
        await onTable(table);
        const order = (table.primaryKey.length > 0 ? table.primaryKey : table.columns)
          .map(quote)
          .join(', ');
        const statement = this.db.prepare(`SELECT * FROM ${quote(table.name)} ORDER BY ${order}`);
        for (const row of statement.iterate() as IterableIterator<Record<string, unknown>>) {
          const pending = onRow(table, normalise(row, table));
          if (pending) await pending;
        }
      }
    } finally {
      this.db.prepare('COMMIT').run();
    }
  }

  async count(table: string, where = '1 = 1'): Promise<number> {
    return (
      this.db.prepare(`SELECT COUNT(*) AS n FROM ${quote(table)} WHERE ${where}`).get() as {
        n: number;
      }
    ).n;
  }

  async transaction(work: (writer: RowWriter) => Promise<void>): Promise<void> {
    this.db.prepare('BEGIN IMMEDIATE').run();
    const statements = new Map<string, Database.Statement>();
    try {
      await work({
        insert: async (table, rows) => {
          const columns = carried(table, rows);
          const key = `${table.name}:${columns.join(',')}`;
          let statement = statements.get(key);
          if (!statement) {
            statement = this.db.prepare(
              `INSERT INTO ${quote(table.name)} (${columns.map(quote).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
            );
            statements.set(key, statement);
          }
          for (const row of rows) {
            statement.run(
              columns.map((column) => {
                const value = row[column] ?? null;
                return typeof value === 'boolean' ? (value ? 1 : 0) : value;
              }),
            );
          }
        },
        deleteAll: async (table) => {
          this.db.prepare(`DELETE FROM ${quote(table)}`).run();
        },
      });
      this.db.prepare('COMMIT').run();
    } catch (error) {
      this.db.prepare('ROLLBACK').run();
      throw error;
    }
  }

  async close(): Promise<void> {
    this.db.close();
  }
}

class PostgresTables implements TableStore {
  readonly kind = 'postgres' as const;
  constructor(private readonly client: Client) {}

  async tables(): Promise<TableShape[]> {
    const columns = await this.client.query<{
      table_name: string;
      column_name: string;
      data_type: string;
    }>(
      `SELECT c.table_name, c.column_name, c.data_type
       FROM information_schema.columns c
       JOIN information_schema.tables t
         ON t.table_schema = c.table_schema AND t.table_name = c.table_name
       WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'`,
    );
    const keys = await this.client.query<{ table_name: string; column_name: string }>(
      `SELECT k.table_name, k.column_name
       FROM information_schema.table_constraints tc
       JOIN information_schema.key_column_usage k
         ON k.constraint_name = tc.constraint_name AND k.table_schema = tc.table_schema
       WHERE tc.table_schema = current_schema() AND tc.constraint_type = 'PRIMARY KEY'
       ORDER BY k.table_name, k.ordinal_position`,
    );
    const references = await this.client.query<{ child: string; parent: string }>(
      `SELECT DISTINCT child.relname AS child, parent.relname AS parent
       FROM pg_constraint con
       JOIN pg_class child ON child.oid = con.conrelid
       JOIN pg_class parent ON parent.oid = con.confrelid
       JOIN pg_namespace ns ON ns.oid = child.relnamespace
       WHERE con.contype = 'f' AND ns.nspname = current_schema()`,
    );
    const names = [...new Set(columns.rows.map((row) => row.table_name))].filter(
      (name) => name !== MIGRATIONS_TABLE,
    );
    return parentsFirst(
      names.map((name) => {
        const own = columns.rows.filter((row) => row.table_name === name);
        return {
          name,
          columns: own.map((row) => row.column_name).sort(),
          booleanColumns: new Set(
            own.filter((row) => row.data_type === 'boolean').map((row) => row.column_name),
          ),
          primaryKey: keys.rows
            .filter((row) => row.table_name === name)
            .map((row) => row.column_name),
          references: references.rows
            .filter((row) => row.child === name && row.parent !== name)
            .map((row) => row.parent),
        };
      }),
    );
  }

  async appliedMigrations(): Promise<string[]> {
    const exists = await this.client.query(
      `SELECT 1 FROM information_schema.tables WHERE table_schema = current_schema() AND table_name = $1`,
      [MIGRATIONS_TABLE],
    );
    if (exists.rowCount === 0) return [];
    const rows = await this.client.query<{ name: string }>(
      `SELECT name FROM ${MIGRATIONS_TABLE} ORDER BY timestamp, id`,
    );
    return rows.rows.map((row) => row.name);
  }

  async readAll(
    tables: TableShape[],
    onTable: (table: TableShape) => Promise<void>,
    onRow: (table: TableShape, row: PortableRow) => Promise<void> | void,
  ): Promise<void> {
    // One snapshot for every table; a cursor per table reads it a page at a time, sorted once.
    await this.client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    try {
      for (const table of tables) {
        await onTable(table);
        // Byte order for text ("C"), as SQLite's BINARY sorts: the same order on both.
        const textOrder = await this.orderable(table);
        await this.client.query(
          `DECLARE export_rows NO SCROLL CURSOR FOR SELECT * FROM ${quote(table.name)} ORDER BY ${textOrder}`,
        );
        for (;;) {
          const page = await this.client.query<Record<string, unknown>>(
            'FETCH FORWARD 2000 FROM export_rows',
          );
          for (const row of page.rows) {
            const pending = onRow(table, normalise(row, table));
            if (pending) await pending;
          }
          if (page.rows.length < 2000) break;
        }
        await this.client.query('CLOSE export_rows');
      }
    } finally {
      await this.client.query('COMMIT');
    }
  }

  /** COLLATE applies to text only: numbers keep their own order. */
  private async orderable(table: TableShape): Promise<string> {
    const types = await this.client.query<{ column_name: string; data_type: string }>(
      `SELECT column_name, data_type FROM information_schema.columns
       WHERE table_schema = current_schema() AND table_name = $1`,
      [table.name],
    );
    const textual = new Set(
      types.rows.filter((row) => /char|text/.test(row.data_type)).map((row) => row.column_name),
    );
    const columns = table.primaryKey.length > 0 ? table.primaryKey : table.columns;
    return columns
      .map((column) => (textual.has(column) ? `${quote(column)} COLLATE "C"` : quote(column)))
      .join(', ');
  }

  async count(table: string, where = '1 = 1'): Promise<number> {
    const result = await this.client.query<{ n: string }>(
      `SELECT COUNT(*) AS n FROM ${quote(table)} WHERE ${where}`,
    );
    return Number(result.rows[0]?.n ?? 0);
  }

  async transaction(work: (writer: RowWriter) => Promise<void>): Promise<void> {
    await this.client.query('BEGIN');
    try {
      await work({
        insert: async (table, rows) => {
          if (rows.length === 0) return;
          const columns = carried(table, rows);
          const width = columns.length;
          // Well under PostgreSQL's 65,535 parameters per statement.
          const perStatement = Math.max(1, Math.floor(30_000 / Math.max(1, width)));
          for (let start = 0; start < rows.length; start += perStatement) {
            const chunk = rows.slice(start, start + perStatement);
            const values: PortableValue[] = [];
            const tuples = chunk.map((row, index) => {
              for (const column of columns) values.push(row[column] ?? null);
              return `(${columns.map((_, at) => `$${index * width + at + 1}`).join(', ')})`;
            });
            await this.client.query(
              `INSERT INTO ${quote(table.name)} (${columns.map(quote).join(', ')}) VALUES ${tuples.join(', ')}`,
              values,
            );
          }
        },
        deleteAll: async (table) => {
          await this.client.query(`DELETE FROM ${quote(table)}`);
        },
      });
      await this.client.query('COMMIT');
    } catch (error) {
      await this.client.query('ROLLBACK');
      throw error;
    }
  }

  async close(): Promise<void> {
    await this.client.end();
  }
}

/** Opens the database of `DATABASE_URL` as plain tables. */
export async function openTables(
  database: DatabaseConfig,
  options: { mustExist?: boolean } = {},
): Promise<TableStore> {
  if (database.kind === 'sqlite') {
    if (options.mustExist && !existsSync(database.path)) {
      throw new PortableError(`There is no database at ${database.path}`);
    }
    const db = new Database(database.path, { fileMustExist: false });
    db.pragma('busy_timeout = 5000');
    db.pragma('foreign_keys = ON');
    db.defaultSafeIntegers(false);
    return new SqliteTables(db);
  }
  const client = new Client({ connectionString: database.url });
  await client.connect();
  if (database.schema) await client.query(`SET search_path TO ${quote(database.schema)}`);
  return new PostgresTables(client);
}
