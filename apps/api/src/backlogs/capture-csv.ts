import {
  captureDelimiter,
  captureSyntaxIssue,
  type CaptureContext,
  type CaptureKind,
  type CaptureReading,
  readCapture,
  unreadableCapture,
} from '@lagebild/domain';
import { CsvError, parse } from 'csv-parse/sync';

/**
 * Reads an uploaded capture file: csv-parse handles the CSV syntax (quotes, line breaks in
 * quoted cells, a UTF-8 BOM), the domain decides the delimiter and everything about the rows.
 * A syntax error becomes a problem at the line the reader gave up on (ADR 0014).
 */
export function readCaptureCsv(
  kind: CaptureKind,
  csv: string,
  context: CaptureContext,
): CaptureReading {
  let parsed: { record: string[]; info: { lines: number } }[];
  try {
    // With `info` every record comes with where it ends; the typings describe only the plain
    // records.
    parsed = parse(csv, {
      bom: true,
      delimiter: captureDelimiter(csv),
      info: true,
      relax_column_count: true,
      skip_empty_lines: true,
    }) as unknown as typeof parsed;
  } catch (error) {
    if (error instanceof CsvError) {
      const line = (error as CsvError & { lines?: number }).lines;
      return unreadableCapture(kind, captureSyntaxIssue(line ?? 1, error.code));
    }
    throw error;
  }
  return readCapture(
    kind,
    parsed.map(({ record, info }) => ({ line: info.lines, values: record })),
    context,
  );
}
