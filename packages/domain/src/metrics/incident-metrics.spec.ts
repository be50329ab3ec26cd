import fc from 'fast-check';
import {
  incidentMetrics,
  itemPromisesMissed,
  type IncidentMetricsInput,
  longestSilence,
  serviceRecoveries,
  wholeMinutesBetween,
} from './incident-metrics';

// The story's Friday: the server failed at 07:00 UTC.
const START = new Date('2026-11-20T07:00:00Z');
const minutes = (count: number): Date => new Date(START.getTime() + count * 60_000);
const hours = (count: number): Date => minutes(count * 60);

function incident(overrides: Partial<IncidentMetricsInput> = {}): IncidentMetricsInput {
  return {
    startedAt: START,
    detectedAt: minutes(25),
    resolvedAt: null,
    customerFacing: true,
    publicUpdates: [],
    impacts: [],
    backlogs: [],
    ...overrides,
  };
}

describe('incidentMetrics', () => {
  it('measures detection, first public word and resolution from the start', () => {
    const metrics = incidentMetrics(
      incident({
        publicUpdates: [{ at: hours(53) }, { at: hours(5) }],
        resolvedAt: hours(72),
      }),
      hours(100),
    );
    expect(metrics.timeToDetectMinutes).toBe(25);
    expect(metrics.timeToFirstPublicUpdateMinutes).toBe(300);
    expect(metrics.timeToResolveMinutes).toBe(72 * 60);
  });

  it('leaves times that have not happened yet (as of now) empty', () => {
    const metrics = incidentMetrics(
      incident({
        detectedAt: minutes(30),
        publicUpdates: [{ at: hours(5) }],
        resolvedAt: hours(9),
      }),
      minutes(20),
    );
    expect(metrics).toMatchObject({
      timeToDetectMinutes: null,
      timeToFirstPublicUpdateMinutes: null,
      timeToResolveMinutes: null,
    });
  });

  describe('longest silence', () => {
    it.each([
      ['nothing said: the whole time so far', [], null, 180, 180, [0, 180]],
      ['a gap between two words', [30, 200], null, 260, 170, [30, 200]],
      ['from the last word to now', [10, 40], null, 400, 360, [40, 400]],
      ['counting only up to the resolution', [10], 100, 400, 90, [10, 100]],
      ['from the start to the first word', [120, 150], null, 160, 120, [0, 120]],
    ] as const)('%s', (_case, words, resolvedAfter, nowAfter, expected, [from, to]) => {
      const metrics = incidentMetrics(
        incident({
          publicUpdates: words.map((at) => ({ at: minutes(at) })),
          resolvedAt: resolvedAfter === null ? null : minutes(resolvedAfter),
        }),
        minutes(nowAfter),
      );
      expect(metrics.longestSilenceMinutes).toBe(expected);
      expect(metrics.longestSilence).toEqual({ from: minutes(from), to: minutes(to) });
    });

    it('is zero when customers cannot feel the incident', () => {
      const metrics = incidentMetrics(incident({ customerFacing: false }), hours(10));
      expect(metrics.longestSilenceMinutes).toBe(0);
      expect(metrics.longestSilence).toBeNull();
    });

    it('never exceeds the customer-facing time and a new word never makes it longer', () => {
      fc.assert(
        fc.property(
          fc.array(fc.integer({ min: -100, max: 5000 }), { maxLength: 10 }),
          fc.integer({ min: 0, max: 5000 }),
          fc.integer({ min: 0, max: 5000 }),
          (words, now, extra) => {
            const silence = (times: number[]) =>
              incidentMetrics(
                incident({ publicUpdates: times.map((at) => ({ at: minutes(at) })) }),
                minutes(now),
              ).longestSilenceMinutes;
            expect(silence(words)).toBeLessThanOrEqual(now);
            expect(silence([...words, extra])).toBeLessThanOrEqual(silence(words));
          },
        ),
      );
    });

    it('has no silence when the window is empty', () => {
      expect(longestSilence(minutes(10), minutes(5), [])).toBeNull();
    });
  });

  describe('service recovery against the RTO', () => {
    it.each([
      // [case, impacts (minutes after start), RTO, now, outcome, minutes to recover, over RTO]
      [
        'recovered within its RTO',
        [{ since: 0, until: 200 }],
        240,
        300,
        'RECOVERED_WITHIN_RTO',
        200,
        0,
      ],
      ['recovered late', [{ since: 0, until: 4000 }], 240, 5000, 'RECOVERED_LATE', 4000, 3760],
      [
        'still down, RTO not yet passed',
        [{ since: 0, until: null }],
        240,
        200,
        'OPEN_WITHIN_RTO',
        null,
        0,
      ],
      [
        'still down past its RTO',
        [{ since: 0, until: null }],
        60,
        300,
        'OPEN_RTO_BREACHED',
        null,
        240,
      ],
      ['without an RTO', [{ since: 0, until: 100 }], null, 300, 'NO_RTO', 100, 0],
      [
        'several impacts: from the first start to the last end',
        [
          { since: 0, until: 60 },
          { since: 30, until: 500 },
        ],
        600,
        700,
        'RECOVERED_WITHIN_RTO',
        500,
        0,
      ],
      [
        'an end after now counts as still down',
        [{ since: 0, until: 900 }],
        240,
        300,
        'OPEN_RTO_BREACHED',
        null,
        60,
      ],
    ] as const)('%s', (_case, impacts, rto, now, outcome, recoverMinutes, over) => {
      const [recovery] = serviceRecoveries(
        impacts.map((impact) => ({
          serviceKey: 'order-database',
          rtoMinutes: rto,
          since: minutes(impact.since),
          until: impact.until === null ? null : minutes(impact.until),
        })),
        minutes(now),
      );
      expect(recovery).toMatchObject({
        serviceKey: 'order-database',
        outcome,
        timeToRecoverMinutes: recoverMinutes,
        minutesOverRto: over,
      });
    });

    it('reports each service once and ignores impacts that start after now', () => {
      const recoveries = serviceRecoveries(
        [
          { serviceKey: 'phone-system', rtoMinutes: 240, since: minutes(0), until: null },
          { serviceKey: 'order-database', rtoMinutes: 120, since: minutes(0), until: minutes(50) },
          { serviceKey: 'phone-system', rtoMinutes: 240, since: minutes(10), until: minutes(20) },
          { serviceKey: 'e-mail-inbox', rtoMinutes: 60, since: minutes(500), until: null },
        ],
        minutes(100),
      );
      expect(recoveries.map((recovery) => [recovery.serviceKey, recovery.impairedMinutes])).toEqual(
        [
          ['phone-system', 100],
          ['order-database', 50],
        ],
      );
    });
  });

  describe('backlogs and promises', () => {
    const emailItems = [
      { dueAt: hours(24), doneAt: hours(70) }, // done late: missed
      { dueAt: hours(24), doneAt: hours(10) }, // done in time
      { dueAt: hours(48), doneAt: null }, // still open past due: missed
      { dueAt: hours(90), doneAt: null }, // not due yet
      { dueAt: null, doneAt: null }, // no promise
      { dueAt: hours(30), doneAt: hours(95) }, // done after now: still open, missed
    ];
    const backlogs: IncidentMetricsInput['backlogs'] = [
      {
        key: 'emails',
        snapshots: [
          { at: hours(50), open: 3500 },
          { at: hours(0), open: 400 },
          { at: hours(60), open: 2800 },
          { at: hours(200), open: 0 },
        ],
        forecastClearsAt: hours(150),
        promisesMissed: itemPromisesMissed(emailItems, hours(80)),
      },
      {
        key: 'parcels',
        snapshots: [{ at: hours(30), open: 120 }],
        forecastClearsAt: hours(120),
        promisesMissed: 0,
      },
    ];

    it('counts an item as missed when it was due before now and not done by its due time', () => {
      expect(itemPromisesMissed(emailItems, hours(80))).toBe(3);
      expect(itemPromisesMissed(emailItems, hours(20))).toBe(0);
    });

    it('sums peak and current counts and finds the latest clear time', () => {
      const metrics = incidentMetrics(incident({ backlogs }), hours(80));
      expect(metrics.backlogs).toEqual([
        {
          key: 'emails',
          peakOpen: 3500,
          currentOpen: 2800,
          forecastClearsAt: hours(150),
          promisesMissed: 3,
        },
        {
          key: 'parcels',
          peakOpen: 120,
          currentOpen: 120,
          forecastClearsAt: hours(120),
          promisesMissed: 0,
        },
      ]);
      expect(metrics).toMatchObject({
        backlogPeakOpen: 3620,
        backlogCurrentOpen: 2920,
        backlogsClearAt: hours(150),
        someBacklogNeverClears: false,
        backlogPromisesMissed: 3,
      });
    });

    it('has no overall clear time when a backlog never clears at its capacity', () => {
      const metrics = incidentMetrics(
        incident({
          backlogs: [
            ...backlogs,
            {
              key: 'calls',
              snapshots: [{ at: hours(1), open: 9 }],
              forecastClearsAt: null,
              promisesMissed: 0,
            },
          ],
        }),
        hours(80),
      );
      expect(metrics.someBacklogNeverClears).toBe(true);
      expect(metrics.backlogsClearAt).toBeNull();
    });

    it('counts zero for a backlog without snapshots', () => {
      const metrics = incidentMetrics(
        incident({
          backlogs: [{ key: 'new', snapshots: [], forecastClearsAt: null, promisesMissed: 0 }],
        }),
        hours(1),
      );
      expect(metrics.backlogs[0]).toMatchObject({ peakOpen: 0, currentOpen: 0 });
      expect(metrics.someBacklogNeverClears).toBe(false);
    });

    it('counts promised updates that passed without a public word', () => {
      const metrics = incidentMetrics(
        incident({
          publicUpdates: [
            { at: minutes(10), nextUpdateAt: minutes(70) }, // kept by the word at 60
            { at: minutes(60), nextUpdateAt: minutes(120) }, // missed: next word at 300
            { at: minutes(300), nextUpdateAt: minutes(360) }, // missed: nothing after
            { at: minutes(400), nextUpdateAt: minutes(900) }, // not due yet
            { at: minutes(410) },
          ],
          backlogs,
        }),
        minutes(600),
      );
      expect(metrics.updatePromisesMissed).toBe(2);
      expect(metrics.promisesMissed).toBe(metrics.backlogPromisesMissed + 2);
    });
  });
});

describe('wholeMinutesBetween', () => {
  it('rounds down and never goes below zero', () => {
    expect(wholeMinutesBetween(minutes(0), new Date(minutes(5).getTime() + 59_000))).toBe(5);
    expect(wholeMinutesBetween(minutes(5), minutes(0))).toBe(0);
  });
});
