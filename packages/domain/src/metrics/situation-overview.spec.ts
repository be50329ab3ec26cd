import {
  backlogTotals,
  countBySeverity,
  type OutageImpact,
  type OutageService,
  recoveryProgressAgainstRto,
  serviceOutagesAt,
  wasIncidentActiveAt,
} from './situation-overview';

const at = (iso: string): Date => new Date(iso);
const FRIDAY = at('2026-11-20T06:30:00Z');
const TUESDAY = at('2026-11-24T08:00:00Z');

describe('wasIncidentActiveAt', () => {
  const incident = { startedAt: FRIDAY, resolvedAt: at('2026-11-23T07:00:00Z') };

  it.each([
    ['before it started', at('2026-11-20T06:00:00Z'), false],
    ['at its start', FRIDAY, true],
    ['while it ran', at('2026-11-21T12:00:00Z'), true],
    ['at its resolution', at('2026-11-23T07:00:00Z'), false],
    ['after it', TUESDAY, false],
  ])('is %s: %s', (_label, moment, expected) => {
    expect(wasIncidentActiveAt(incident, moment)).toBe(expected);
  });

  it('counts an unresolved incident as active from its start on', () => {
    expect(wasIncidentActiveAt({ startedAt: FRIDAY, resolvedAt: null }, TUESDAY)).toBe(true);
  });
});

describe('countBySeverity', () => {
  it('lists every severity in order, with zeros', () => {
    expect(
      countBySeverity([{ severity: 'SEV2' }, { severity: 'SEV1' }, { severity: 'SEV2' }]),
    ).toEqual([
      { severity: 'SEV1', count: 1 },
      { severity: 'SEV2', count: 2 },
      { severity: 'SEV3', count: 0 },
      { severity: 'SEV4', count: 0 },
    ]);
  });
});

describe('serviceOutagesAt', () => {
  const services: OutageService[] = [
    { key: 'phone-system', tier: 2, rtoMinutes: 480, status: 'MAJOR_OUTAGE', statusSetAt: FRIDAY },
    {
      key: 'order-database',
      tier: 1,
      rtoMinutes: 240,
      status: 'DEGRADED_PERFORMANCE',
      statusSetAt: FRIDAY,
    },
    { key: 'web-shop', tier: 1, rtoMinutes: 120, status: 'OPERATIONAL', statusSetAt: FRIDAY },
    {
      key: 'newsletter',
      tier: 4,
      rtoMinutes: 60,
      status: 'UNDER_MAINTENANCE',
      statusSetAt: at('2026-11-24T07:30:00Z'),
    },
  ];
  const impacts: OutageImpact[] = [
    {
      incidentId: 'inc-1',
      serviceKey: 'order-database',
      status: 'DEGRADED_PERFORMANCE',
      since: FRIDAY,
      until: null,
    },
    {
      incidentId: 'inc-2',
      serviceKey: 'order-database',
      status: 'MAJOR_OUTAGE',
      since: at('2026-11-24T06:00:00Z'),
      until: null,
    },
    {
      incidentId: 'inc-1',
      serviceKey: 'phone-system',
      status: 'MAJOR_OUTAGE',
      since: FRIDAY,
      until: null,
    },
    {
      incidentId: 'inc-1',
      serviceKey: 'web-shop',
      status: 'MAJOR_OUTAGE',
      since: FRIDAY,
      until: at('2026-11-23T07:00:00Z'),
    },
  ];

  it('lists what is down now, most critical first, with the worst status and the RTO passed', () => {
    const outages = serviceOutagesAt(services, impacts, TUESDAY);
    expect(outages.map((outage) => outage.serviceKey)).toEqual([
      'order-database',
      'phone-system',
      'newsletter',
    ]);
    expect(outages[0]).toEqual({
      serviceKey: 'order-database',
      status: 'MAJOR_OUTAGE',
      since: FRIDAY,
      rtoMinutes: 240,
      rtoDueAt: at('2026-11-20T10:30:00Z'),
      rtoPassed: true,
      minutesLeft: 0,
      minutesOverRto: (TUESDAY.getTime() - at('2026-11-20T10:30:00Z').getTime()) / 60_000,
      incidentIds: ['inc-1', 'inc-2'],
    });
  });

  it('counts a hand-set status from when it was set, with the time left to its RTO', () => {
    const newsletter = serviceOutagesAt(services, impacts, TUESDAY).find(
      (outage) => outage.serviceKey === 'newsletter',
    );
    expect(newsletter).toMatchObject({
      status: 'UNDER_MAINTENANCE',
      since: at('2026-11-24T07:30:00Z'),
      rtoPassed: false,
      minutesLeft: 30,
      minutesOverRto: 0,
      incidentIds: [],
    });
  });

  it('replays a past moment: the web shop was down then, the second incident not yet begun', () => {
    const saturday = at('2026-11-21T08:30:00Z');
    const outages = serviceOutagesAt(services, impacts, saturday);
    expect(outages.map((outage) => [outage.serviceKey, outage.status])).toEqual([
      ['order-database', 'DEGRADED_PERFORMANCE'],
      ['web-shop', 'MAJOR_OUTAGE'],
      ['phone-system', 'MAJOR_OUTAGE'],
    ]);
  });

  it('reports nothing before anything happened', () => {
    expect(serviceOutagesAt(services, impacts, at('2026-11-20T06:00:00Z'))).toEqual([]);
  });
});

describe('recoveryProgressAgainstRto', () => {
  const due = (iso: string, rtoPassed = false) => ({ rtoDueAt: at(iso), rtoPassed });

  it('is behind once an RTO has passed, whatever the plan says', () => {
    expect(
      recoveryProgressAgainstRto(
        { openTaskCount: 3, doneTaskCount: 1, expectedCompletionAt: at('2026-11-24T09:00:00Z') },
        [due('2026-11-20T10:30:00Z', true), due('2026-11-25T10:30:00Z')],
      ),
    ).toEqual({
      taskCount: 4,
      doneTaskCount: 1,
      percentDone: 25,
      expectedCompletionAt: at('2026-11-24T09:00:00Z'),
      rtoDueAt: at('2026-11-25T10:30:00Z'),
      servicesPastRto: 1,
      servicesDown: 2,
      withinRto: false,
    });
  });

  it.each([
    ['completes in time', '2026-11-24T09:00:00Z', true],
    ['completes after the RTO', '2026-11-26T09:00:00Z', false],
  ])('compares the plan with the latest RTO: %s', (_label, completion, expected) => {
    expect(
      recoveryProgressAgainstRto(
        { openTaskCount: 1, doneTaskCount: 0, expectedCompletionAt: at(completion) },
        [due('2026-11-25T10:30:00Z')],
      ).withinRto,
    ).toBe(expected);
  });

  it('has nothing to compare without tasks or without services down', () => {
    const none = recoveryProgressAgainstRto(
      { openTaskCount: 0, doneTaskCount: 0, expectedCompletionAt: null },
      [due('2026-11-25T10:30:00Z')],
    );
    expect(none).toMatchObject({ taskCount: 0, percentDone: 0, withinRto: null });
    expect(
      recoveryProgressAgainstRto(
        { openTaskCount: 1, doneTaskCount: 2, expectedCompletionAt: TUESDAY },
        [],
      ),
    ).toMatchObject({ percentDone: 66, rtoDueAt: null, servicesDown: 0, withinRto: null });
  });
});

describe('backlogTotals', () => {
  it('adds up open backlogs and takes the latest clear time, ignoring accepted ones', () => {
    expect(
      backlogTotals([
        {
          open: 3500,
          accepted: false,
          clearsAt: at('2026-12-02T12:00:00Z'),
          itemsMissingPromise: 0,
        },
        {
          open: 240,
          accepted: false,
          clearsAt: at('2026-11-26T12:00:00Z'),
          itemsMissingPromise: 90,
        },
        { open: 12, accepted: true, clearsAt: null, itemsMissingPromise: 12 },
        { open: 0, accepted: false, clearsAt: at('2026-11-24T08:00:00Z'), itemsMissingPromise: 0 },
      ]),
    ).toEqual({
      totalOpen: 3740,
      openBacklogCount: 2,
      clearsAt: at('2026-12-02T12:00:00Z'),
      someNeverClear: false,
      itemsMissingPromise: 90,
      itemsMissingPromiseUnknownBacklogs: 0,
    });
  });

  it('has no clear time when one open backlog never clears', () => {
    const totals = backlogTotals([
      { open: 10, accepted: false, clearsAt: at('2026-11-26T12:00:00Z'), itemsMissingPromise: 0 },
      { open: 5, accepted: false, clearsAt: null, itemsMissingPromise: 0 },
    ]);
    expect(totals).toMatchObject({ totalOpen: 15, clearsAt: null, someNeverClear: true });
  });

  it('adds only the known late items and counts the backlogs that cannot know', () => {
    const totals = backlogTotals([
      { open: 3500, accepted: false, clearsAt: null, itemsMissingPromise: null },
      { open: 5, accepted: false, clearsAt: null, itemsMissingPromise: 2 },
    ]);
    expect(totals).toMatchObject({
      itemsMissingPromise: 2,
      itemsMissingPromiseUnknownBacklogs: 1,
    });
  });

  it('has nothing open and no clear time without backlogs', () => {
    expect(backlogTotals([])).toEqual({
      totalOpen: 0,
      openBacklogCount: 0,
      clearsAt: null,
      someNeverClear: false,
      itemsMissingPromise: 0,
      itemsMissingPromiseUnknownBacklogs: 0,
    });
  });
});
