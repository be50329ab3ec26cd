import { DateTime } from 'luxon';
import type { FieldIssue, FieldIssueCode, IssueParams } from '../shared/domain-error';
import {
  BACKLOG_MAX_ITEMS_PER_CALL,
  MAX_ITEM_ISSUES,
  validateBacklogItems,
  validateBacklogSnapshot,
  type BacklogItem,
  type BacklogSnapshot,
} from './backlog';

/**
 * Offline capture: work written down on paper while the systems were down comes back as a
 * spreadsheet (CSV). These are the rules for such a file: its columns and their German and
 * English headers, the dates a person types, the row limit, and the problems found, each with
 * the line of the file it is on. Reading the CSV syntax itself (quotes, delimiter, BOM) is the
 * caller's part; it hands over the records with their line numbers.
 */

/** What a capture file holds: items (one row per piece of work) or counts (open at a moment). */
export const CAPTURE_KINDS = ['ITEMS', 'COUNTS'] as const;
export type CaptureKind = (typeof CAPTURE_KINDS)[number];

/** The languages templates are offered in. */
export type CaptureLocale = 'de' | 'en';

/** A column of a capture file, by its canonical name. */
export type CaptureColumn = 'ref' | 'receivedAt' | 'dueAt' | 'doneAt' | 'at' | 'open';

/** Rows one file may hold: the same limit as one `upsertBacklogItems` call. */
export const CAPTURE_MAX_ROWS = BACKLOG_MAX_ITEMS_PER_CALL;

/**
 * Characters one upload may hold: 50,000 rows of about 60 characters with room to spare, and
 * well inside the API's default request body limit of 10 MiB.
 */
export const CAPTURE_MAX_CSV_LENGTH = 5_000_000;

/** Problems listed at most (all are counted): one broken export often breaks every row. */
export const CAPTURE_MAX_ISSUES = MAX_ITEM_ISSUES;

/** How dates may be written, shown to a person whose date was not understood. */
export const CAPTURE_DATE_EXAMPLES: readonly string[] = [
  '26.11.2026 14:30',
  '2026-11-26 14:30',
  '2026-11-26T14:30:00+01:00',
];

interface ColumnRule {
  column: CaptureColumn;
  required: boolean;
  /** The header a template writes. */
  header: Record<CaptureLocale, string>;
  /** Every header accepted for the column, written as `normaliseHeader` leaves it. */
  accepted: readonly string[];
}

/** The columns of each kind, in template order. */
export const CAPTURE_COLUMNS: Readonly<Record<CaptureKind, readonly ColumnRule[]>> = {
  ITEMS: [
    {
      column: 'ref',
      required: true,
      header: { en: 'ref', de: 'Referenz' },
      accepted: ['ref', 'reference', 'externalref', 'referenz', 'nr', 'nummer'],
    },
    {
      column: 'receivedAt',
      required: true,
      header: { en: 'receivedAt', de: 'Eingegangen' },
      accepted: ['receivedat', 'received', 'eingegangen', 'eingegangenam', 'eingang'],
    },
    {
      column: 'dueAt',
      required: false,
      header: { en: 'dueAt', de: 'Fällig' },
      accepted: ['dueat', 'due', 'faellig', 'faelligam', 'faelligbis'],
    },
    {
      column: 'doneAt',
      required: false,
      header: { en: 'doneAt', de: 'Erledigt' },
      accepted: ['doneat', 'done', 'erledigt', 'erledigtam'],
    },
  ],
  COUNTS: [
    {
      column: 'at',
      required: true,
      header: { en: 'at', de: 'Zeitpunkt' },
      accepted: ['at', 'time', 'zeitpunkt', 'zeit'],
    },
    {
      column: 'open',
      required: true,
      header: { en: 'open', de: 'Offen' },
      accepted: ['open', 'offen'],
    },
  ],
};

/** What is wrong in a capture file: the field codes of items and counts, and these. */
export type CaptureIssueCode =
  | FieldIssueCode
  /** The CSV itself could not be read (e.g. a quote never closed); `params.reason`. */
  | 'CSV_SYNTAX'
  /** Not even a header line. */
  | 'EMPTY_FILE'
  /** A header but no row. */
  | 'NO_ROWS'
  /** More rows than `CAPTURE_MAX_ROWS`; `params.max`. */
  | 'TOO_MANY_ROWS'
  /** A header naming no known column; `params.header`, `params.values` (the known headers). */
  | 'UNKNOWN_COLUMN'
  /** A required column has no header. */
  | 'MISSING_COLUMN'
  /** Two headers name one column. */
  | 'DUPLICATE_COLUMN'
  /** A row with more cells than the header; `params.expected`, `params.found`. */
  | 'FIELD_COUNT'
  /** A date not understood; `params.value`, `params.values` (examples). */
  | 'DATE_FORMAT'
  /** A count that is not a whole number; `params.value`. */
  | 'WHOLE_NUMBER'
  /** The same ref (items) or moment (counts) as an earlier row; `params.firstLine`. */
  | 'DUPLICATE_ROW'
  /** A value refused by a rule without a code of its own; the message says which. */
  | 'INVALID_VALUE';

/** One problem of a capture file: where it is (line, column) and what, for a reader to word. */
export interface CaptureIssue {
  /** Line of the file, counted from 1 (the header is usually line 1). */
  line: number;
  /** The column concerned, or null for the whole row or file. */
  column: CaptureColumn | null;
  code: CaptureIssueCode;
  params: IssueParams;
  /** The same in English, for logs and API clients. */
  message: string;
}

/** One record as the CSV reader returned it: its cells and the line it ends on. */
export interface CaptureRecord {
  line: number;
  values: readonly string[];
}

export interface CapturedItem extends BacklogItem {
  line: number;
}

export interface CapturedCount extends BacklogSnapshot {
  line: number;
}

/** A file read: the rows as items or counts, or the problems (then nothing may be written). */
export interface CaptureReading {
  kind: CaptureKind;
  /** Rows below the header, blank ones not counted. */
  rows: number;
  items: CapturedItem[];
  counts: CapturedCount[];
  /** The first `CAPTURE_MAX_ISSUES` problems, by line. */
  issues: CaptureIssue[];
  /** Every problem found, also those not listed. */
  issueCount: number;
}

/** The organisation's time zone (for dates without an offset) and the moment of the upload. */
export interface CaptureContext {
  timeZone: string;
  now: Date;
}

/** `Fällig am` → `faelligam`: case, spaces, punctuation and umlaut spellings do not matter. */
export function normaliseHeader(header: string): string {
  return header
    .trim()
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .replace(/[^a-z0-9]/g, '');
}

/**
 * The delimiter of a CSV text, read from its first line: `;` (German spreadsheets), a tab, or
 * `,` (the default), whichever the header line holds most of.
 */
export function captureDelimiter(text: string): ',' | ';' | '\t' {
  const firstLine = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').replace(
    /"[^"]*"/g,
    '',
  );
  const count = (character: string) => firstLine.split(character).length - 1;
  const candidates = [';', '\t', ','] as const;
  let best: ',' | ';' | '\t' = ',';
  let bestCount = 0;
  for (const candidate of candidates) {
    if (count(candidate) > bestCount) {
      best = candidate;
      bestCount = count(candidate);
    }
  }
  return best;
}

/**
 * The header line of an empty capture file in a language: German with `;` (what German
 * spreadsheets read and write), English with `,`; ends with a line break.
 */
export function captureTemplate(kind: CaptureKind, locale: CaptureLocale): string {
  const delimiter = locale === 'de' ? ';' : ',';
  return `${CAPTURE_COLUMNS[kind].map((rule) => rule.header[locale]).join(delimiter)}\r\n`;
}

const LOCAL_FORMATS = [
  'd.M.yyyy H:mm',
  'd.M.yyyy H:mm:ss',
  'd.M.yy H:mm',
  'd.M.yy H:mm:ss',
  'yyyy-M-d H:mm',
  'yyyy-M-d H:mm:ss',
];

/**
 * A typed moment: ISO 8601 with a time (`2026-11-26T14:30`, with or without offset) or
 * `26.11.2026 14:30` / `2026-11-26 14:30` (seconds optional, `26.11.26` too). Without an
 * offset it is read in `timeZone` (a time skipped by a clock change moves forward to the
 * first real minute; a doubled hour means its first pass). A date without a time is refused:
 * on paper it is a guess, and a guess in a promise is a broken one. Null when unreadable.
 */
export function parseCaptureInstant(text: string, timeZone: string): Date | null {
  const value = text.trim().replace(/,\s*/, ' ').replace(/\s+/g, ' ');
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) {
    const parsed = DateTime.fromISO(value, { zone: timeZone });
    return parsed.isValid ? parsed.toJSDate() : null;
  }
  for (const format of LOCAL_FORMATS) {
    const parsed = DateTime.fromFormat(value, format, { zone: timeZone });
    if (parsed.isValid) {
      return parsed.toJSDate();
    }
  }
  return null;
}

/**
 * A typed count: a whole number ≥ 0, thousands grouped by `.`, `,`, a space or `'` allowed
 * (`3.500` and `3,500` are both three thousand five hundred: a count has no fraction). Null
 * when it is not one.
 */
export function parseCaptureCount(text: string): number | null {
  const value = text.trim();
  if (/^\d+$/.test(value) || /^\d{1,3}([.,' ]\d{3})+$/.test(value)) {
    return Number(value.replace(/[.,' ]/g, ''));
  }
  return null;
}

const COLUMN_OF_FIELD: Readonly<Record<string, CaptureColumn>> = {
  externalRef: 'ref',
  receivedAt: 'receivedAt',
  dueAt: 'dueAt',
  doneAt: 'doneAt',
  at: 'at',
  open: 'open',
};

function fromFieldIssue(line: number, issue: FieldIssue): CaptureIssue {
  const field = issue.field.replace(/^items\[\d+\]\./, '');
  return {
    line,
    column: COLUMN_OF_FIELD[field] ?? null,
    code: issue.code ?? 'INVALID_VALUE',
    params: issue.params ?? {},
    message: issue.message,
  };
}

function shortened(value: string): string {
  return value.length > 40 ? `${value.slice(0, 40)}…` : value;
}

/** The problem of a CSV text the reader could not parse, at the line it gave up on. */
export function captureSyntaxIssue(line: number, reason: string): CaptureIssue {
  return {
    line,
    column: null,
    code: 'CSV_SYNTAX',
    params: { reason },
    message: `the CSV could not be read here (${reason})`,
  };
}

/** The outcome of a file that could not be read at all. */
export function unreadableCapture(kind: CaptureKind, issue: CaptureIssue): CaptureReading {
  return { kind, rows: 0, items: [], counts: [], issues: [issue], issueCount: 1 };
}

/**
 * Reads the records of a capture file (header first) into items or counts, checking every row
 * with the same rules as `upsertBacklogItems` and `recordBacklogSnapshot` plus the file's own:
 * known headers, required columns, readable dates and counts, no ref (or moment) twice, at
 * most `CAPTURE_MAX_ROWS` rows. Rows whose cells are all empty are skipped. Any problem means
 * the file must not be written; the reading lists them by line.
 */
export function readCapture(
  kind: CaptureKind,
  records: readonly CaptureRecord[],
  context: CaptureContext,
): CaptureReading {
  const issues: CaptureIssue[] = [];
  const reading = (): CaptureReading => {
    issues.sort((left, right) => left.line - right.line);
    return {
      kind,
      rows: Math.max(0, nonBlank.length - 1),
      items: issues.length === 0 ? items : [],
      counts: issues.length === 0 ? counts : [],
      issues: issues.slice(0, CAPTURE_MAX_ISSUES),
      issueCount: issues.length,
    };
  };
  const items: CapturedItem[] = [];
  const counts: CapturedCount[] = [];
  const isBlank = (record: CaptureRecord) => record.values.every((value) => value.trim() === '');
  const nonBlank = records.filter((record) => !isBlank(record));
  const [header, ...rest] = nonBlank;
  if (!header) {
    issues.push({
      line: 1,
      column: null,
      code: 'EMPTY_FILE',
      params: {},
      message: 'the file is empty; the first line must name the columns',
    });
    return reading();
  }

  const rules = CAPTURE_COLUMNS[kind];
  const knownHeaders = rules.map((rule) => rule.header.en);
  const positions = new Map<CaptureColumn, number>();
  header.values.forEach((text, position) => {
    const normalised = normaliseHeader(text);
    const rule = rules.find((candidate) => candidate.accepted.includes(normalised));
    if (!rule) {
      issues.push({
        line: header.line,
        column: null,
        code: 'UNKNOWN_COLUMN',
        params: { header: shortened(text.trim()), values: knownHeaders },
        message: `"${shortened(text.trim())}" is not a column of this file; known: ${knownHeaders.join(', ')}`,
      });
    } else if (positions.has(rule.column)) {
      issues.push({
        line: header.line,
        column: rule.column,
        code: 'DUPLICATE_COLUMN',
        params: {},
        message: `the column ${rule.column} is named twice`,
      });
    } else {
      positions.set(rule.column, position);
    }
  });
  for (const rule of rules) {
    if (rule.required && !positions.has(rule.column)) {
      issues.push({
        line: header.line,
        column: rule.column,
        code: 'MISSING_COLUMN',
        params: {},
        message: `the column ${rule.column} is missing`,
      });
    }
  }
  if (issues.length > 0) return reading();
  if (rest.length === 0) {
    issues.push({
      line: header.line,
      column: null,
      code: 'NO_ROWS',
      params: {},
      message: 'the file has no rows below its header',
    });
    return reading();
  }
  if (rest.length > CAPTURE_MAX_ROWS) {
    issues.push({
      line: (rest[CAPTURE_MAX_ROWS] as CaptureRecord).line,
      column: null,
      code: 'TOO_MANY_ROWS',
      params: { max: CAPTURE_MAX_ROWS },
      message: `a file may hold at most ${CAPTURE_MAX_ROWS} rows`,
    });
    return reading();
  }

  const firstLineOf = new Map<string | number, number>();
  for (const record of rest) {
    const { line } = record;
    const cell = (column: CaptureColumn): string => {
      const position = positions.get(column);
      return position === undefined ? '' : (record.values[position] ?? '').trim();
    };
    const rowIssues: CaptureIssue[] = [];
    if (record.values.length > header.values.length) {
      rowIssues.push({
        line,
        column: null,
        code: 'FIELD_COUNT',
        params: { expected: header.values.length, found: record.values.length },
        message: `the row has ${record.values.length} cells, the header ${header.values.length}`,
      });
    }
    const required = (column: CaptureColumn): string | null => {
      const value = cell(column);
      if (value === '') {
        rowIssues.push({ line, column, code: 'REQUIRED', params: {}, message: 'is required' });
        return null;
      }
      return value;
    };
    const instant = (column: CaptureColumn, value: string | null): Date | null | undefined => {
      if (value === null || value === '') return null;
      const parsed = parseCaptureInstant(value, context.timeZone);
      if (parsed === null) {
        rowIssues.push({
          line,
          column,
          code: 'DATE_FORMAT',
          params: { value: shortened(value), values: CAPTURE_DATE_EXAMPLES },
          message: `"${shortened(value)}" is not a date and time such as ${CAPTURE_DATE_EXAMPLES.join(' or ')}`,
        });
        return undefined;
      }
      return parsed;
    };
    const duplicate = (key: string | number, column: CaptureColumn): void => {
      const firstLine = firstLineOf.get(key);
      if (firstLine === undefined) {
        firstLineOf.set(key, line);
      } else {
        rowIssues.push({
          line,
          column,
          code: 'DUPLICATE_ROW',
          params: { firstLine },
          message: `the same as line ${firstLine}`,
        });
      }
    };

    if (kind === 'ITEMS') {
      const ref = required('ref');
      const receivedAt = instant('receivedAt', required('receivedAt'));
      const dueAt = instant('dueAt', cell('dueAt'));
      const doneAt = instant('doneAt', cell('doneAt'));
      if (ref !== null) duplicate(ref, 'ref');
      if (ref !== null && receivedAt && dueAt !== undefined && doneAt !== undefined) {
        const item = { externalRef: ref, receivedAt, dueAt, doneAt };
        rowIssues.push(
          ...validateBacklogItems([item], context.now).map((issue) => fromFieldIssue(line, issue)),
        );
        items.push({ ...item, line });
      }
    } else {
      const at = instant('at', required('at'));
      const openText = required('open');
      const open = openText === null ? null : parseCaptureCount(openText);
      if (openText !== null && open === null) {
        rowIssues.push({
          line,
          column: 'open',
          code: 'WHOLE_NUMBER',
          params: { value: shortened(openText) },
          message: `"${shortened(openText)}" is not a whole number`,
        });
      }
      if (at) duplicate(at.getTime(), 'at');
      if (at && open !== null) {
        const count = { at, open };
        rowIssues.push(
          ...validateBacklogSnapshot(count, context.now).map((issue) =>
            fromFieldIssue(line, issue),
          ),
        );
        counts.push({ ...count, line });
      }
    }
    issues.push(...rowIssues);
  }
  return reading();
}
