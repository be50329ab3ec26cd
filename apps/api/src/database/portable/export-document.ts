import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';
import { createInterface } from 'node:readline';
import { PortableError } from './portable-error';
import { type PortableRow, type TableShape, type TableStore } from './tables';

export { PortableError };

export const EXPORT_FORMAT = 'lagebild-export';
export const EXPORT_VERSION = 1;

/** What the first line of an export says about it. */
export interface ExportHeader {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  /** The migrations the exporting database had applied: the shape of its tables. */
  migrations: string[];
}

/** Writes text, waiting whenever the file's buffer is full (memory stays flat). */
async function write(stream: WriteStream, text: string): Promise<void> {
  if (!stream.write(text)) await once(stream, 'drain');
}

/**
 * Writes the whole database as one JSON document. The layout is fixed so that it can be read
 * back a line at a time: the header on the first line, `"tables":{` on the second, then per
 * table a line `"name":[`, one row per line (after the first prefixed with a comma) and `]`,
 * and `}}` on the last line. Rows come in primary-key order, keys in alphabetical order.
 */
export async function writeExport(
  store: TableStore,
  file: string,
  exportedAt: Date,
): Promise<{ tables: number; rows: number }> {
  const tables = await store.tables();
  const header: ExportHeader = {
    format: EXPORT_FORMAT,
    version: EXPORT_VERSION,
    exportedAt: exportedAt.toISOString(),
    migrations: await store.appliedMigrations(),
  };
  const stream = createWriteStream(file, { encoding: 'utf8' });
  const failed = new Promise<never>((_, reject) => stream.once('error', reject));
  failed.catch(() => undefined);
  let rows = 0;
  let rowsInTable = 0;
  let tableIndex = 0;
  const work = (async () => {
    const json = JSON.stringify(header);
    await write(stream, `${json.slice(0, -1)},\n"tables":{\n`);
    await store.readAll(
      tables,
      async (table) => {
        if (tableIndex > 0) await write(stream, ']\n,');
        tableIndex += 1;
        rowsInTable = 0;
        await write(stream, `${JSON.stringify(table.name)}:[\n`);
      },
      (_table, row) => {
        const text = `${rowsInTable > 0 ? ',' : ''}${JSON.stringify(row)}\n`;
        rowsInTable += 1;
        rows += 1;
        if (!stream.write(text)) return once(stream, 'drain').then(() => undefined);
        return undefined;
      },
    );
    await write(stream, tableIndex > 0 ? ']\n}}\n' : '}}\n');
    stream.end();
    await once(stream, 'finish');
  })();
  await Promise.race([work, failed]);
  return { tables: tables.length, rows };
}

const TABLE_LINE = /^,?("(?:[^"\\]|\\.)*"):\[$/;

/** Reads an export's header without reading the rest. */
export async function readExportHeader(file: string): Promise<ExportHeader> {
  const lines = createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  try {
    for await (const line of lines) return parseHeader(line);
    throw new PortableError(`${file} is empty, not a Lagebild export`);
  } finally {
    lines.close();
  }
}

function parseHeader(line: string): ExportHeader {
  let header: Partial<ExportHeader>;
  try {
    header = JSON.parse(
      line.endsWith(',') ? `${line.slice(0, -1)}}` : line,
    ) as Partial<ExportHeader>;
  } catch {
    throw new PortableError(
      'The file is not a Lagebild export (its first line is not the export header)',
    );
  }
  if (header.format !== EXPORT_FORMAT) {
    throw new PortableError(
      `The file is not a Lagebild export (format is ${JSON.stringify(header.format)}, expected "${EXPORT_FORMAT}")`,
    );
  }
  if (typeof header.version !== 'number' || header.version > EXPORT_VERSION) {
    throw new PortableError(
      `The export has format version ${String(header.version)}; this Lagebild reads version ${EXPORT_VERSION} and older: update Lagebild first`,
    );
  }
  if (!Array.isArray(header.migrations) || typeof header.exportedAt !== 'string') {
    throw new PortableError('The export header lacks its migrations or exportedAt');
  }
  return header as ExportHeader;
}

/**
 * Reads an export a line at a time and hands its rows to `onRows` in batches, per table in
 * the order written (parents first). Refuses anything not in the layout `writeExport` writes,
 * naming the line, and a document that ends early.
 */
export async function readExportRows(
  file: string,
  onRows: (table: string, rows: PortableRow[]) => Promise<void>,
  batchSize = 1000,
): Promise<{ tables: number; rows: number }> {
  const lines = createInterface({
    input: createReadStream(file, { encoding: 'utf8' }),
    crlfDelay: Infinity,
  });
  let lineNumber = 0;
  let table: string | null = null;
  let batch: PortableRow[] = [];
  let tables = 0;
  let rows = 0;
  let ended = false;
  const flush = async (): Promise<void> => {
    if (table !== null && batch.length > 0) await onRows(table, batch);
    batch = [];
  };
  const refuse = (why: string): never => {
    throw new PortableError(`Line ${lineNumber} of the export: ${why}`);
  };
  for await (const line of lines) {
    lineNumber += 1;
    if (ended) {
      if (line.trim() === '') continue;
      refuse('text after the end of the document');
    }
    if (lineNumber === 1) {
      parseHeader(line);
      continue;
    }
    if (lineNumber === 2) {
      if (line !== '"tables":{') refuse('expected "tables":{');
      continue;
    }
    if (table === null) {
      if (line === '}}') {
        ended = true;
        continue;
      }
      const match = TABLE_LINE.exec(line);
      if (!match?.[1]) refuse('expected the start of a table');
      table = JSON.parse((match as RegExpExecArray)[1] as string) as string;
      tables += 1;
      continue;
    }
    if (line === ']') {
      await flush();
      table = null;
      continue;
    }
    if (line === ']' || line === ']}}') refuse('unexpected end');
    let row: unknown;
    try {
      row = JSON.parse(line.startsWith(',') ? line.slice(1) : line);
    } catch {
      refuse('not a row (one JSON object per line)');
    }
    if (typeof row !== 'object' || row === null || Array.isArray(row))
      refuse('a row must be an object');
    batch.push(row as PortableRow);
    rows += 1;
    if (batch.length >= batchSize) await flush();
  }
  if (!ended) {
    throw new PortableError(
      `The export ends early after line ${lineNumber} (cut off while copying?)`,
    );
  }
  return { tables, rows };
}

/** The tables of the store by name, for an import. */
export function tablesByName(shapes: TableShape[]): Map<string, TableShape> {
  return new Map(shapes.map((shape) => [shape.name, shape]));
}
