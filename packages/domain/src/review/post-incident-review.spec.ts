import type { IncidentMetrics } from '../metrics/incident-metrics';
import {
  clearedAtOf,
  postIncidentReview,
  REVIEW_ACTION_TITLE_MAX_LENGTH,
  reviewMarkdown,
  validateReviewAction,
  validateReviewText,
  REVIEW_TEXT_MAX_LENGTH,
} from './post-incident-review';

const HOUR = 3_600_000;
const start = new Date('2026-11-20T06:30:00Z');
const at = (hours: number) => new Date(start.getTime() + hours * HOUR);

function metrics(overrides: Partial<IncidentMetrics> = {}): IncidentMetrics {
  return {
    timeToDetectMinutes: 10,
    timeToFirstPublicUpdateMinutes: 30,
    timeToResolveMinutes: 600,
    services: [],
    backlogs: [],
    backlogPeakOpen: 0,
    backlogCurrentOpen: 0,
    backlogsClearAt: null,
    someBacklogNeverClears: false,
    backlogPromisesMissed: 0,
    updatePromisesMissed: 0,
    promisesMissed: 0,
    longestSilenceMinutes: 45,
    longestSilence: null,
    ...overrides,
  };
}

describe('clearedAtOf', () => {
  it.each<[string, { at: Date; open: number }[], Date | null]>([
    ['nothing ever open', [{ at: at(1), open: 0 }], null],
    [
      'still open',
      [
        { at: at(1), open: 5 },
        { at: at(2), open: 3 },
      ],
      null,
    ],
    [
      'cleared, in any order',
      [
        { at: at(3), open: 0 },
        { at: at(1), open: 5 },
        { at: at(4), open: 0 },
      ],
      at(3),
    ],
    [
      'cleared, then rose again, then cleared',
      [
        { at: at(1), open: 5 },
        { at: at(2), open: 0 },
        { at: at(3), open: 2 },
        { at: at(5), open: 0 },
      ],
      at(5),
    ],
  ])('%s', (_, snapshots, expected) => {
    expect(clearedAtOf(snapshots)).toEqual(expected);
  });
});

describe('postIncidentReview', () => {
  it('finds nothing when customers heard in time, services came back in time and backlogs met the forecast', () => {
    const review = postIncidentReview({
      metrics: metrics(),
      cadenceMinutes: 60,
      backlogs: [
        {
          key: 'emails',
          name: 'E-mails',
          snapshots: [
            { at: at(1), open: 100 },
            { at: at(8), open: 0 },
          ],
          forecastAtResolution: at(9),
        },
      ],
    });
    expect(review.findings).toEqual([]);
    expect(review.backlogs).toEqual([
      {
        key: 'emails',
        name: 'E-mails',
        peakOpen: 100,
        forecastAtResolution: at(9),
        clearedAt: at(8),
        minutesLaterThanForecast: 0,
      },
    ]);
  });

  it('names every gap the story had: silence, a late first word, RTOs, promises and backlogs', () => {
    const review = postIncidentReview({
      metrics: metrics({
        timeToFirstPublicUpdateMinutes: 200,
        longestSilenceMinutes: 3_000,
        promisesMissed: 7,
        services: [
          {
            serviceKey: 'order-database',
            rtoMinutes: 240,
            impairedSince: at(0),
            recoveredAt: at(72),
            timeToRecoverMinutes: 72 * 60,
            impairedMinutes: 72 * 60,
            outcome: 'RECOVERED_LATE',
            minutesOverRto: 72 * 60 - 240,
          },
        ],
        backlogs: [
          {
            key: 'parcels',
            peakOpen: 40,
            currentOpen: 12,
            forecastClearsAt: null,
            promisesMissed: 0,
          },
        ],
      }),
      cadenceMinutes: 60,
      backlogs: [
        {
          key: 'emails',
          name: 'E-mails',
          snapshots: [
            { at: at(1), open: 3_500 },
            { at: at(100), open: 0 },
          ],
          forecastAtResolution: at(90),
        },
        {
          key: 'parcels',
          name: 'Parcels',
          snapshots: [
            { at: at(1), open: 40 },
            { at: at(2), open: 12 },
          ],
          forecastAtResolution: null,
        },
      ],
    });
    expect(review.findings).toEqual([
      { code: 'FIRST_WORD_LATE', minutes: 200, cadenceMinutes: 60 },
      { code: 'SILENCE_OVER_CADENCE', minutes: 3_000, cadenceMinutes: 60 },
      { code: 'RTO_MISSED', serviceKey: 'order-database', minutesOverRto: 72 * 60 - 240 },
      { code: 'PROMISES_MISSED', count: 7 },
      { code: 'BACKLOG_LATER_THAN_FORECAST', backlogKey: 'emails', minutes: 600 },
      { code: 'BACKLOG_NOT_CLEARED', backlogKey: 'parcels', open: 12 },
    ]);
  });

  it('says so when customers never heard a word, cadence or not', () => {
    const silent = metrics({ timeToFirstPublicUpdateMinutes: null, longestSilenceMinutes: 0 });
    expect(
      postIncidentReview({ metrics: silent, cadenceMinutes: null, backlogs: [] }).findings,
    ).toEqual([{ code: 'NO_PUBLIC_WORD' }]);
  });
});

describe('validation', () => {
  it('limits the written sections', () => {
    expect(
      validateReviewText({ wentWell: 'x'.repeat(REVIEW_TEXT_MAX_LENGTH + 1), wentBadly: '' }),
    ).toEqual([expect.objectContaining({ field: 'wentWell', code: 'TOO_LONG' })]);
  });

  it.each<[string, { title: string; owner: string; dueOn: string | null }, string[]]>([
    [
      'a complete action',
      { title: 'Test the restore monthly', owner: 'IT', dueOn: '2026-12-15' },
      [],
    ],
    ['no title', { title: ' ', owner: '', dueOn: null }, ['title']],
    [
      'a long title',
      { title: 'x'.repeat(REVIEW_ACTION_TITLE_MAX_LENGTH + 1), owner: '', dueOn: null },
      ['title'],
    ],
    ['an impossible date', { title: 'Drill', owner: '', dueOn: '2026-02-30' }, ['dueOn']],
  ])('%s', (_, input, fields) => {
    expect(validateReviewAction(input).map((issue) => issue.field)).toEqual(fields);
  });
});

describe('reviewMarkdown', () => {
  const document = {
    incident: {
      ref: 'INC-0001',
      title: 'Server | failure',
      severity: 'SEV1' as const,
      startedAt: start,
      detectedAt: at(0.2),
      resolvedAt: at(80),
    },
    facts: postIncidentReview({
      metrics: metrics({ longestSilenceMinutes: 3_000 }),
      cadenceMinutes: 60,
      backlogs: [],
    }),
    serviceName: (key: string) => key,
    timeline: [
      {
        displayAt: at(1),
        visibility: 'PUBLIC' as const,
        statusChange: null,
        body: 'We are on it.',
      },
      {
        displayAt: at(0.5),
        visibility: 'INTERNAL' as const,
        statusChange: 'IDENTIFIED' as const,
        body: 'Disk\narray',
      },
    ],
    wentWell: 'The team worked the weekend.',
    wentBadly: '',
    actions: [{ title: 'Monthly restore test', owner: 'IT', dueOn: '2026-12-15', done: false }],
    generatedAt: at(100),
    timeZone: 'Europe/Berlin',
  };

  it('writes the review in English with findings, actions and the timeline in order', () => {
    const markdown = reviewMarkdown(document, 'en');
    expect(markdown).toContain('# Post-incident review: INC-0001 Server \\| failure');
    expect(markdown).toContain('- Longest silence: 2 days 2 h (cadence 1 h)');
    expect(markdown).toContain(
      'Customers waited 2 days 2 h for a word, longer than the cadence of 1 h.',
    );
    expect(markdown).toContain('| Monthly restore test | IT | 2026-12-15 | no |');
    expect(markdown.indexOf('Disk array')).toBeLessThan(markdown.indexOf('We are on it.'));
    expect(markdown).toContain('## What did not go well\n\n–');
  });

  it('writes it in German', () => {
    const markdown = reviewMarkdown(document, 'de');
    expect(markdown).toContain('# Nachbetrachtung der Störung: INC-0001');
    expect(markdown).toContain('Die Kundschaft wartete 2 Tage 2 Std. auf ein Wort');
    expect(markdown).toContain('## Was gut lief\n\nThe team worked the weekend.');
  });
});
