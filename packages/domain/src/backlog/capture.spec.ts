import {
  CAPTURE_MAX_ISSUES,
  CAPTURE_MAX_ROWS,
  captureDelimiter,
  captureSyntaxIssue,
  captureTemplate,
  normaliseHeader,
  parseCaptureCount,
  parseCaptureInstant,
  readCapture,
  unreadableCapture,
  type CaptureKind,
  type CaptureRecord,
} from './capture';

const now = new Date('2026-11-27T12:00:00Z');
const context = { timeZone: 'Europe/Berlin', now };

/** Lines of a simple file (no quotes) as the CSV reader hands them over, numbered from 1. */
function records(text: string, delimiter = ';'): CaptureRecord[] {
  return text
    .split('\n')
    .map((line, index) => ({ line: index + 1, values: line.split(delimiter) }));
}

function read(kind: CaptureKind, text: string) {
  return readCapture(kind, records(text), context);
}

function problems(kind: CaptureKind, text: string) {
  return read(kind, text).issues.map(({ line, column, code }) => ({ line, column, code }));
}

describe('capture dates', () => {
  it.each([
    ['26.11.2026 14:30', '2026-11-26T13:30:00.000Z'],
    ['6.1.2026 4:05', '2026-01-06T03:05:00.000Z'],
    ['26.11.2026 14:30:15', '2026-11-26T13:30:15.000Z'],
    ['26.11.26 14:30', '2026-11-26T13:30:00.000Z'],
    ['26.11.2026, 14:30', '2026-11-26T13:30:00.000Z'],
    ['  26.11.2026   14:30 ', '2026-11-26T13:30:00.000Z'],
    ['2026-11-26 14:30', '2026-11-26T13:30:00.000Z'],
    ['2026-11-26T14:30', '2026-11-26T13:30:00.000Z'],
    ['2026-11-26T14:30:00Z', '2026-11-26T14:30:00.000Z'],
    ['2026-11-26T14:30:00+02:00', '2026-11-26T12:30:00.000Z'],
    // Summer time in Berlin is UTC+2.
    ['1.7.2026 10:00', '2026-07-01T08:00:00.000Z'],
    // 02:30 does not exist on the night the clocks go forward: the first real minute after it.
    ['29.03.2026 02:30', '2026-03-29T01:30:00.000Z'],
  ])('reads %s in the organisation time zone', (text, iso) => {
    expect(parseCaptureInstant(text, 'Europe/Berlin')?.toISOString()).toBe(iso);
  });

  it.each([
    '',
    '26.11.2026',
    '2026-11-26',
    '11/26/2026 2:30 PM',
    '31.11.2026 10:00',
    '26.13.2026 10:00',
    '26.11.2026 25:00',
    'gestern 14 Uhr',
    '2026-11-26T25:00',
  ])('refuses %j', (text) => {
    expect(parseCaptureInstant(text, 'Europe/Berlin')).toBeNull();
  });

  it('reads a time without offset in another zone differently', () => {
    expect(parseCaptureInstant('26.11.2026 14:30', 'Etc/UTC')?.toISOString()).toBe(
      '2026-11-26T14:30:00.000Z',
    );
  });
});

describe('capture counts', () => {
  it.each([
    ['0', 0],
    ['17', 17],
    [' 3500 ', 3500],
    ['3.500', 3500],
    ['3,500', 3500],
    ["1'234'567", 1234567],
    ['1 234', 1234],
  ])('reads %j as %d', (text, count) => {
    expect(parseCaptureCount(text)).toBe(count);
  });

  it.each(['', '-1', '3.5', '3,50', '12.3456', 'viele', '1e3', '0x10'])('refuses %j', (text) => {
    expect(parseCaptureCount(text)).toBeNull();
  });
});

describe('capture headers, delimiter and template', () => {
  it.each([
    ['Referenz', 'referenz'],
    ['Fällig am', 'faelligam'],
    ['received_at', 'receivedat'],
    ['  DUE-AT ', 'dueat'],
    ['Größe', 'groesse'],
  ])('normalises %j to %j', (header, normalised) => {
    expect(normaliseHeader(header)).toBe(normalised);
  });

  it.each([
    ['ref;receivedAt\n1;2', ';'],
    ['\uFEFFref,receivedAt\r\n1,2', ','],
    ['ref\treceivedAt', '\t'],
    ['"Fällig; spät",ref,receivedAt', ','],
    ['ref', ','],
    ['', ','],
  ])('finds the delimiter of %j', (text, delimiter) => {
    expect(captureDelimiter(text)).toBe(delimiter);
  });

  it.each([
    ['ITEMS', 'en', 'ref,receivedAt,dueAt,doneAt\r\n'],
    ['ITEMS', 'de', 'Referenz;Eingegangen;Fällig;Erledigt\r\n'],
    ['COUNTS', 'en', 'at,open\r\n'],
    ['COUNTS', 'de', 'Zeitpunkt;Offen\r\n'],
  ] as const)('writes the %s template in %s', (kind, locale, text) => {
    expect(captureTemplate(kind, locale)).toBe(text);
  });

  it.each(['ITEMS', 'COUNTS'] as const)(
    'reads its own %s templates back in both languages',
    (kind) => {
      for (const locale of ['de', 'en'] as const) {
        const template = captureTemplate(kind, locale).trimEnd();
        const reading = readCapture(
          kind,
          [{ line: 1, values: template.split(captureDelimiter(template)) }],
          context,
        );
        expect(reading.issues.map((issue) => issue.code)).toEqual(['NO_ROWS']);
      }
    },
  );
});

describe('reading a capture file', () => {
  it('reads items with German headers and dates, optional columns left empty', () => {
    const reading = read(
      'ITEMS',
      [
        'Referenz;Eingegangen;Fällig;Erledigt',
        'B-1001;26.11.2026 09:15;27.11.2026 09:15;',
        ';;;',
        'B-1002;26.11.2026 09:20;;26.11.2026 16:00',
      ].join('\n'),
    );
    expect(reading.issues).toEqual([]);
    expect(reading.issueCount).toBe(0);
    expect(reading.rows).toBe(2);
    expect(reading.items).toEqual([
      {
        line: 2,
        externalRef: 'B-1001',
        receivedAt: new Date('2026-11-26T08:15:00Z'),
        dueAt: new Date('2026-11-27T08:15:00Z'),
        doneAt: null,
      },
      {
        line: 4,
        externalRef: 'B-1002',
        receivedAt: new Date('2026-11-26T08:20:00Z'),
        dueAt: null,
        doneAt: new Date('2026-11-26T15:00:00Z'),
      },
    ]);
    expect(reading.counts).toEqual([]);
  });

  it('reads items with English headers in any order and without the optional columns', () => {
    const reading = readCapture(
      'ITEMS',
      records('receivedAt,ref\n2026-11-26T09:15:00Z,A-1', ','),
      context,
    );
    expect(reading.items).toEqual([
      {
        line: 2,
        externalRef: 'A-1',
        receivedAt: new Date('2026-11-26T09:15:00Z'),
        dueAt: null,
        doneAt: null,
      },
    ]);
  });

  it('reads counts', () => {
    const reading = read(
      'COUNTS',
      'Zeitpunkt;Offen\n26.11.2026 08:00;3.500\n26.11.2026 12:00;3120',
    );
    expect(reading.issues).toEqual([]);
    expect(reading.counts).toEqual([
      { line: 2, at: new Date('2026-11-26T07:00:00Z'), open: 3500 },
      { line: 3, at: new Date('2026-11-26T11:00:00Z'), open: 3120 },
    ]);
  });

  it.each([
    ['an empty file', 'ITEMS', '', [{ line: 1, column: null, code: 'EMPTY_FILE' }]],
    ['only blank lines', 'ITEMS', ';;\n\n', [{ line: 1, column: null, code: 'EMPTY_FILE' }]],
    ['a header only', 'COUNTS', 'at;open', [{ line: 1, column: null, code: 'NO_ROWS' }]],
    [
      'an unknown and a missing column',
      'ITEMS',
      'ref;Kunde\nB-1;x',
      [
        { line: 1, column: null, code: 'UNKNOWN_COLUMN' },
        { line: 1, column: 'receivedAt', code: 'MISSING_COLUMN' },
      ],
    ],
    [
      'a column named twice',
      'COUNTS',
      'at;open;offen\n26.11.2026 08:00;1;2',
      [{ line: 1, column: 'open', code: 'DUPLICATE_COLUMN' }],
    ],
    [
      'a counts header in an items upload',
      'ITEMS',
      'Zeitpunkt;Offen\n26.11.2026 08:00;1',
      [
        { line: 1, column: null, code: 'UNKNOWN_COLUMN' },
        { line: 1, column: null, code: 'UNKNOWN_COLUMN' },
        { line: 1, column: 'ref', code: 'MISSING_COLUMN' },
        { line: 1, column: 'receivedAt', code: 'MISSING_COLUMN' },
      ],
    ],
    [
      'rows with missing, unreadable and implausible values',
      'ITEMS',
      [
        'ref;receivedAt;dueAt;doneAt',
        ';26.11.2026 09:00;;',
        'B-2;;;',
        'B-3;26.13.2026 09:00;;',
        'B-4;26.11.2026 09:00;25.11.2026 09:00;',
        'B-5;26.11.2026 09:00;;30.11.2026 09:00',
        'B-6;26.11.2026 09:00;31.01.2027 09:00;',
        'B-4;26.11.2026 10:00;;',
        'B-7;26.11.2026 09:00;;;extra',
        `${'x'.repeat(201)};26.11.2026 09:00;;`,
      ].join('\n'),
      [
        { line: 2, column: 'ref', code: 'REQUIRED' },
        { line: 3, column: 'receivedAt', code: 'REQUIRED' },
        { line: 4, column: 'receivedAt', code: 'DATE_FORMAT' },
        { line: 5, column: 'dueAt', code: 'BEFORE_RECEIVED_AT' },
        { line: 6, column: 'doneAt', code: 'TOO_FAR_AHEAD' },
        { line: 7, column: 'dueAt', code: 'PROMISE_TOO_FAR_AHEAD' },
        { line: 8, column: 'ref', code: 'DUPLICATE_ROW' },
        { line: 9, column: null, code: 'FIELD_COUNT' },
        { line: 10, column: 'ref', code: 'TOO_LONG' },
      ],
    ],
    [
      'counts with missing, unreadable and repeated values',
      'COUNTS',
      [
        'at;open',
        '26.11.2026 08:00;',
        'morgens;12',
        '26.11.2026 09:00;3,5',
        '26.11.2026 08:00;7',
        '01.01.2030 08:00;7',
        '26.11.2026 10:00;200.000.000',
      ].join('\n'),
      [
        { line: 2, column: 'open', code: 'REQUIRED' },
        { line: 3, column: 'at', code: 'DATE_FORMAT' },
        { line: 4, column: 'open', code: 'WHOLE_NUMBER' },
        { line: 5, column: 'at', code: 'DUPLICATE_ROW' },
        { line: 6, column: 'at', code: 'TOO_FAR_AHEAD' },
        { line: 7, column: 'open', code: 'NUMBER_RANGE' },
      ],
    ],
  ] as const)('reports %s by line', (_name, kind, text, expected) => {
    expect(problems(kind, text)).toEqual(expected);
  });

  it('writes nothing from a file with a problem: no rows come back', () => {
    const reading = read(
      'ITEMS',
      'ref;receivedAt\nB-1;26.11.2026 09:00\nB-2;irgendwann\nB-3;26.11.2026 09:00',
    );
    expect(reading.items).toEqual([]);
    expect(reading.issueCount).toBe(1);
    expect(reading.rows).toBe(3);
  });

  it('gives the parameters a reader needs to word the problem', () => {
    const [dateIssue, duplicate] = read(
      'ITEMS',
      'ref;receivedAt\nB-1;26.11.2026 9 Uhr\nB-2;26.11.2026 09:00\nB-2;26.11.2026 09:00',
    ).issues;
    expect(dateIssue).toMatchObject({
      code: 'DATE_FORMAT',
      params: {
        value: '26.11.2026 9 Uhr',
        values: ['26.11.2026 14:30', expect.any(String), expect.any(String)],
      },
    });
    expect(dateIssue?.message).toContain('26.11.2026 9 Uhr');
    expect(duplicate).toMatchObject({ line: 4, code: 'DUPLICATE_ROW', params: { firstLine: 3 } });
    const [unknown] = read('COUNTS', `at;open;${'z'.repeat(60)}\n26.11.2026 08:00;1;`).issues;
    expect(unknown?.params).toEqual({ header: `${'z'.repeat(40)}…`, values: ['at', 'open'] });
  });

  it('lists at most CAPTURE_MAX_ISSUES problems but counts all', () => {
    const rows = Array.from({ length: 30 }, (_, index) => `B-${index};kaputt`);
    const reading = read('ITEMS', ['ref;receivedAt', ...rows].join('\n'));
    expect(reading.issues).toHaveLength(CAPTURE_MAX_ISSUES);
    expect(reading.issueCount).toBe(30);
    expect(reading.issues[0]?.line).toBe(2);
  });

  it('refuses more rows than CAPTURE_MAX_ROWS, naming the first line too many', () => {
    const rows = Array.from({ length: CAPTURE_MAX_ROWS + 1 }, (_, index) => ({
      line: index + 2,
      values: [`B-${index}`, '26.11.2026 09:00'],
    }));
    const reading = readCapture(
      'ITEMS',
      [{ line: 1, values: ['ref', 'receivedAt'] }, ...rows],
      context,
    );
    expect(reading.issues).toEqual([
      expect.objectContaining({
        line: CAPTURE_MAX_ROWS + 2,
        code: 'TOO_MANY_ROWS',
        params: { max: CAPTURE_MAX_ROWS },
      }),
    ]);
  });

  it('makes a reading of a file the CSV reader could not parse', () => {
    const issue = captureSyntaxIssue(7, 'CSV_QUOTE_NOT_CLOSED');
    expect(unreadableCapture('COUNTS', issue)).toEqual({
      kind: 'COUNTS',
      rows: 0,
      items: [],
      counts: [],
      issues: [
        {
          line: 7,
          column: null,
          code: 'CSV_SYNTAX',
          params: { reason: 'CSV_QUOTE_NOT_CLOSED' },
          message: expect.any(String),
        },
      ],
      issueCount: 1,
    });
  });
});
