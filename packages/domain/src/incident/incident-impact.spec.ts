import { DomainError } from '../shared/domain-error';
import type { ServiceNode } from '../service-graph/service-graph';
import { declareIncident, resolveIncident, type Incident } from './incident';
import {
  affectedServices,
  impactPropagation,
  openImpactOf,
  openImpacts,
  serviceStatusFromImpacts,
  setServiceImpact,
} from './incident-impact';

const friday = new Date('2018-10-05T06:30:00Z');
const now = new Date('2018-10-08T08:00:00Z');
const at = (minutes: number): Date => new Date(friday.getTime() + minutes * 60_000);

const incident: Incident = declareIncident(
  { title: 'Main server failed', severity: 'SEV1', startedAt: friday },
  { id: 'i1', sequence: 1 },
  now,
);

function issuesOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) {
      return error.issues.map((issue) => `${issue.field}: ${issue.message}`);
    }
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('setServiceImpact', () => {
  it('opens an impact, updates its status in place, and closes it when operational', () => {
    const down = setServiceImpact(
      incident,
      { serviceKey: 'pbx', status: 'MAJOR_OUTAGE', at: at(0) },
      now,
    );
    expect(down.impacts).toEqual([
      { serviceKey: 'pbx', status: 'MAJOR_OUTAGE', since: at(0), until: null },
    ]);
    const partial = setServiceImpact(
      down,
      { serviceKey: 'pbx', status: 'PARTIAL_OUTAGE', at: at(60) },
      now,
    );
    expect(partial.impacts).toEqual([
      { serviceKey: 'pbx', status: 'PARTIAL_OUTAGE', since: at(0), until: null },
    ]);
    const back = setServiceImpact(
      partial,
      { serviceKey: 'pbx', status: 'OPERATIONAL', at: at(120) },
      now,
    );
    expect(back.impacts).toEqual([
      { serviceKey: 'pbx', status: 'PARTIAL_OUTAGE', since: at(0), until: at(120) },
    ]);
    expect(openImpactOf(back, 'pbx')).toBeUndefined();

    const again = setServiceImpact(
      back,
      { serviceKey: 'pbx', status: 'MAJOR_OUTAGE', at: at(300) },
      now,
    );
    expect(again.impacts).toHaveLength(2);
    expect(openImpacts(again)).toEqual([
      { serviceKey: 'pbx', status: 'MAJOR_OUTAGE', since: at(300), until: null },
    ]);
  });

  it('ignores OPERATIONAL for a service without an open impact', () => {
    expect(
      setServiceImpact(incident, { serviceKey: 'shop', status: 'OPERATIONAL', at: at(5) }, now),
    ).toBe(incident);
  });

  it.each<[string, Date, string]>([
    ['a time before the incident', at(-1), 'at: must not be before the incident started'],
    ['a time in the future', new Date(now.getTime() + 1), 'at: must not be in the future'],
    ['an invalid time', new Date('x'), 'at: must be a valid time'],
  ])('rejects %s', (_case, time, issue) => {
    expect(
      issuesOf(() =>
        setServiceImpact(incident, { serviceKey: 'pbx', status: 'MAJOR_OUTAGE', at: time }, now),
      ),
    ).toEqual([issue]);
  });

  it('rejects closing an impact before it began', () => {
    const down = setServiceImpact(
      incident,
      { serviceKey: 'pbx', status: 'MAJOR_OUTAGE', at: at(30) },
      now,
    );
    expect(
      issuesOf(() =>
        setServiceImpact(down, { serviceKey: 'pbx', status: 'OPERATIONAL', at: at(10) }, now),
      ),
    ).toEqual(['at: must not be before the open impact began']);
  });

  it('asks to reopen a resolved incident before impairing a service in it', () => {
    const resolved = resolveIncident(incident, at(10));
    expect(
      issuesOf(() =>
        setServiceImpact(resolved, { serviceKey: 'pbx', status: 'MAJOR_OUTAGE', at: at(20) }, now),
      ),
    ).toEqual(['status: the incident is resolved: reopen it before recording a new impact']);
  });
});

describe('serviceStatusFromImpacts', () => {
  it('is the worst open impact of the service, or OPERATIONAL', () => {
    const impacts = [
      { serviceKey: 'pbx', status: 'PARTIAL_OUTAGE' as const, since: at(0), until: null },
      { serviceKey: 'pbx', status: 'MAJOR_OUTAGE' as const, since: at(0), until: at(5) },
      { serviceKey: 'pbx', status: 'DEGRADED_PERFORMANCE' as const, since: at(0), until: null },
      { serviceKey: 'shop', status: 'MAJOR_OUTAGE' as const, since: at(0), until: null },
    ];
    expect(serviceStatusFromImpacts('pbx', impacts)).toBe('PARTIAL_OUTAGE');
    expect(serviceStatusFromImpacts('mail', impacts)).toBe('OPERATIONAL');
  });
});

describe('impact propagation', () => {
  const services: ServiceNode[] = [
    { key: 'main-server', dependsOn: [] },
    { key: 'order-database', dependsOn: ['main-server'] },
    { key: 'phone-system', dependsOn: ['main-server'] },
    { key: 'carrier-labels', dependsOn: ['order-database'] },
    { key: 'email-inbox', dependsOn: [] },
    { key: 'customer-replies', dependsOn: ['email-inbox', 'order-database'] },
  ];

  it('adds everything that depends on a down service, nearest first', () => {
    expect(affectedServices(['main-server'], services)).toEqual([
      'main-server',
      'order-database',
      'phone-system',
      'carrier-labels',
      'customer-replies',
    ]);
    expect(affectedServices([], services)).toEqual([]);
  });

  it('says what each affected service suffers from', () => {
    expect(impactPropagation(['email-inbox', 'order-database', 'email-inbox'], services)).toEqual([
      { key: 'email-inbox', direct: true, causedBy: [] },
      { key: 'order-database', direct: true, causedBy: [] },
      { key: 'customer-replies', direct: false, causedBy: ['email-inbox', 'order-database'] },
      { key: 'carrier-labels', direct: false, causedBy: ['order-database'] },
    ]);
  });

  it('keeps a down service direct even when it also depends on another down one', () => {
    expect(impactPropagation(['main-server', 'order-database'], services).slice(0, 2)).toEqual([
      { key: 'main-server', direct: true, causedBy: [] },
      { key: 'order-database', direct: true, causedBy: [] },
    ]);
  });
});
