import { DomainError } from '../shared/domain-error';
import {
  declareIncident,
  formatIncidentRef,
  isIncidentActive,
  isSeverity,
  parseIncidentRef,
  resolveIncident,
  reviseIncident,
  transitionIncident,
  type DeclareIncidentInput,
  type Incident,
} from './incident';

const friday = new Date('2018-10-05T06:30:00Z');
const now = new Date('2018-10-05T08:00:00Z');
const minutes = (count: number, from = friday): Date => new Date(from.getTime() + count * 60_000);

function issuesOf(action: () => unknown): { field: string; message: string }[] {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) {
      return [...error.issues];
    }
    throw error;
  }
  throw new Error('expected a DomainError');
}

const declare = (input: Partial<DeclareIncidentInput> = {}): Incident =>
  declareIncident(
    { title: 'Main server failed', severity: 'SEV1', startedAt: friday, ...input },
    { id: 'incident-1', sequence: 1 },
    now,
  );

describe('incident references', () => {
  it.each<[number, string]>([
    [1, 'INC-0001'],
    [42, 'INC-0042'],
    [9999, 'INC-9999'],
    [10000, 'INC-10000'],
  ])('formats number %i as %s and parses it back', (sequence, ref) => {
    expect(formatIncidentRef(sequence)).toBe(ref);
    expect(parseIncidentRef(ref)).toBe(sequence);
  });

  it.each([0, -1, 1.5, Number.NaN])('rejects the number %p', (sequence) => {
    expect(() => formatIncidentRef(sequence)).toThrow(DomainError);
  });

  it.each([
    ['lowercase and padded with spaces', ' inc-0007 ', 7],
    ['too few digits', 'INC-7', null],
    ['zero', 'INC-0000', null],
    ['another prefix', 'INCIDENT-0001', null],
    ['digits beyond a safe integer', `INC-${'9'.repeat(20)}`, null],
  ])('parses a reference with %s', (_case, ref, expected) => {
    expect(parseIncidentRef(ref as string)).toBe(expected);
  });
});

describe('declareIncident', () => {
  it('keeps a public title apart from the internal one, trimmed; blank is none', () => {
    expect(declare({ publicTitle: ' Webshop langsam ' }).publicTitle).toBe('Webshop langsam');
    expect(declare({ publicTitle: '  ' }).publicTitle).toBeNull();
    const incident = declare({ publicTitle: 'Webshop langsam' });
    expect(reviseIncident(incident, { title: 'Hermes down' }, now).publicTitle).toBe(
      'Webshop langsam',
    );
    expect(
      reviseIncident(incident, { publicTitle: 'Lieferungen verzögert' }, now).publicTitle,
    ).toBe('Lieferungen verzögert');
    expect(reviseIncident(incident, { publicTitle: null }, now).publicTitle).toBeNull();
  });

  it('opens an incident in INVESTIGATING with its ref and no impacts', () => {
    expect(declare({ summary: '  Nothing works  ', commander: ' Ilse ' })).toEqual({
      id: 'incident-1',
      ref: 'INC-0001',
      title: 'Main server failed',
      publicTitle: null,
      summary: 'Nothing works',
      severity: 'SEV1',
      status: 'INVESTIGATING',
      startedAt: friday,
      detectedAt: now,
      resolvedAt: null,
      commander: 'Ilse',
      impacts: [],
      updates: [],
    });
  });

  it('defaults start and detection to now', () => {
    const incident = declareIncident(
      { title: 'Phones dead', severity: 'SEV2' },
      { id: 'i', sequence: 2 },
      now,
    );
    expect(incident.startedAt).toEqual(now);
    expect(incident.detectedAt).toEqual(now);
    expect(incident.commander).toBeNull();
  });

  it.each<[string, Partial<DeclareIncidentInput>, string, RegExp]>([
    ['a blank title', { title: '  ' }, 'title', /required/],
    ['a 201-character title', { title: 't'.repeat(201) }, 'title', /at most 200/],
    [
      'a 201-character public title',
      { publicTitle: 'p'.repeat(201) },
      'publicTitle',
      /at most 200/,
    ],
    ['a 10,001-character summary', { summary: 's'.repeat(10_001) }, 'summary', /10000/],
    ['an unknown severity', { severity: 'SEV9' as 'SEV1' }, 'severity', /SEV1, SEV2/],
    ['a 201-character commander', { commander: 'c'.repeat(201) }, 'commander', /at most 200/],
    ['a start in the future', { startedAt: minutes(1, now) }, 'startedAt', /future/],
    ['a start before 2000', { startedAt: new Date('1999-12-31T23:00:00Z') }, 'startedAt', /2000/],
    ['an invalid start', { startedAt: new Date('nonsense') }, 'startedAt', /valid time/],
    ['detection before the start', { detectedAt: minutes(-1) }, 'detectedAt', /before startedAt/],
  ])('rejects %s', (_case, input, field, message) => {
    const issues = issuesOf(() => declare(input));
    expect(issues.map((issue) => issue.field)).toContain(field);
    expect(issues.find((issue) => issue.field === field)?.message).toMatch(message);
  });
});

describe('reviseIncident', () => {
  it('changes only what is given', () => {
    const incident = declare();
    const revised = reviseIncident(incident, { severity: 'SEV2', commander: null }, now);
    expect(revised).toEqual({ ...incident, severity: 'SEV2', commander: null });
    expect(
      reviseIncident(incident, { title: ' New ', summary: ' S ', commander: 'Kai' }, now),
    ).toEqual({ ...incident, title: 'New', summary: 'S', commander: 'Kai' });
  });

  it('keeps the start at or before the first impact', () => {
    const incident: Incident = {
      ...declare(),
      impacts: [{ serviceKey: 'pbx', status: 'MAJOR_OUTAGE', since: minutes(10), until: null }],
    };
    expect(
      issuesOf(() =>
        reviseIncident(incident, { startedAt: minutes(20), detectedAt: minutes(30) }, now),
      ),
    ).toEqual([
      { field: 'startedAt', message: 'must not be after the first recorded service impact' },
    ]);
    expect(reviseIncident(incident, { startedAt: minutes(10) }, now).startedAt).toEqual(
      minutes(10),
    );
  });

  it('rejects an invalid revision', () => {
    expect(issuesOf(() => reviseIncident(declare(), { title: '' }, now))).toEqual([
      { field: 'title', code: 'REQUIRED', message: 'is required' },
    ]);
  });
});

describe('transitionIncident and resolveIncident', () => {
  it('resolving records the time and closes every open impact, reopening clears it', () => {
    const incident: Incident = {
      ...declare(),
      impacts: [
        { serviceKey: 'pbx', status: 'MAJOR_OUTAGE', since: minutes(0), until: null },
        { serviceKey: 'shop', status: 'PARTIAL_OUTAGE', since: minutes(0), until: minutes(30) },
        { serviceKey: 'late', status: 'DEGRADED_PERFORMANCE', since: minutes(200), until: null },
      ],
    };
    const resolved = resolveIncident(incident, minutes(90));
    expect(resolved.status).toBe('RESOLVED');
    expect(resolved.resolvedAt).toEqual(minutes(90));
    expect(resolved.impacts.map((impact) => impact.until)).toEqual([
      minutes(90),
      minutes(30),
      minutes(200),
    ]);
    expect(isIncidentActive(resolved)).toBe(false);

    const reopened = transitionIncident(resolved, 'RECOVERING', minutes(100));
    expect(reopened.status).toBe('RECOVERING');
    expect(reopened.resolvedAt).toBeNull();
    expect(isIncidentActive(reopened)).toBe(true);
  });

  it('rejects an illegal move and says why', () => {
    const monitoring = transitionIncident(declare(), 'MONITORING', minutes(5));
    expect(() => transitionIncident(monitoring, 'IDENTIFIED', minutes(6))).toThrow(
      'An incident cannot go back from Monitoring to Identified',
    );
  });

  it('knows the severities', () => {
    expect(isSeverity('SEV3')).toBe(true);
    expect(isSeverity('SEV0')).toBe(false);
  });
});
