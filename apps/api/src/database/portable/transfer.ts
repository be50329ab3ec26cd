import { DataSource } from 'typeorm';
import { type DatabaseConfig } from '../../config/config';
import { buildDataSourceOptions } from '../data-source';
import { runMigrationsExclusively } from '../migrate';
import { QueryCountingLogger } from '../query-counter';
import {
  PortableError,
  readExportHeader,
  readExportRows,
  tablesByName,
  writeExport,
} from './export-document';
import { openTables } from './tables';

/**
 * Tables the migrations fill themselves, with the condition that marks a row as written since:
 * a database counts as empty while they hold only what the migrations put there (the incident
 * counter at zero, the settings row at its first version). The import replaces those rows.
 */
const SEEDED = new Map([
  ['incident_numbers', 'last_sequence > 0'],
  ['organisation_settings', 'version > 1'],
]);

/** Writes the whole database to `file` (see export-document.ts for the layout). */
export async function exportDatabase(
  database: DatabaseConfig,
  file: string,
  now: Date,
): Promise<{ tables: number; rows: number }> {
  const store = await openTables(database, { mustExist: true });
  try {
    if ((await store.appliedMigrations()).length === 0) {
      throw new PortableError('The database holds no Lagebild tables: nothing to export');
    }
    return await writeExport(store, file, now);
  } finally {
    await store.close();
  }
}

/** Creates the tables (migrations) of an empty or new database; returns the known migrations. */
async function migrate(database: DatabaseConfig): Promise<string[]> {
  const dataSource = new DataSource(
    buildDataSourceOptions(database, new QueryCountingLogger(false)),
  );
  await dataSource.initialize();
  try {
    await runMigrationsExclusively(dataSource);
    return dataSource.migrations.map((migration) => migration.name ?? migration.constructor.name);
  } finally {
    await dataSource.destroy();
  }
}

/**
 * Reads an export into an empty database, all in one transaction: it is there completely or
 * not at all. Refuses a database that holds anything and an export of a newer Lagebild.
 */
export async function importDatabase(
  database: DatabaseConfig,
  file: string,
): Promise<{ tables: number; rows: number }> {
  const header = await readExportHeader(file);
  const known = new Set(await migrate(database));
  const unknown = header.migrations.filter((name) => !known.has(name));
  if (unknown.length > 0) {
    throw new PortableError(
      `The export was made by a newer Lagebild (its tables include ${unknown[0]}): update Lagebild first`,
    );
  }
  const store = await openTables(database);
  try {
    const shapes = await store.tables();
    for (const shape of shapes) {
      const held = await store.count(shape.name, SEEDED.get(shape.name));
      if (held > 0) {
        throw new PortableError(
          `The database is not empty (table ${shape.name} holds ${held} rows): import only into an empty database`,
        );
      }
    }
    const byName = tablesByName(shapes);
    let result = { tables: 0, rows: 0 };
    await store.transaction(async (writer) => {
      for (const seeded of SEEDED.keys()) await writer.deleteAll(seeded);
      result = await readExportRows(file, async (table, rows) => {
        const shape = byName.get(table);
        if (!shape)
          throw new PortableError(`The export holds a table this Lagebild does not know: ${table}`);
        const extra = Object.keys(rows[0] ?? {}).filter(
          (column) => !shape.columns.includes(column),
        );
        if (extra.length > 0) {
          throw new PortableError(
            `The export's table ${table} has a column this Lagebild does not know: ${extra[0]}`,
          );
        }
        await writer.insert(shape, rows);
      });
    });
    return result;
  } finally {
    await store.close();
  }
}
