import { declareIncident } from '../incident/incident';
import { postTimelineUpdate } from '../incident/incident-timeline';
import { setServiceImpact } from '../incident/incident-impact';
import {
  entriesForSubscribers,
  incidentEventData,
  incidentEventType,
  servicesConcerned,
} from './incident-events';

const now = new Date('2026-11-20T08:00:00.000Z');

function incident() {
  let value = declareIncident(
    { title: 'Server down', summary: 'secret summary', severity: 'SEV1' },
    { id: 'i1', sequence: 1 },
    now,
  );
  value = setServiceImpact(value, { serviceKey: 'shop', status: 'MAJOR_OUTAGE', at: now }, now);
  value = setServiceImpact(value, { serviceKey: 'db', status: 'MAJOR_OUTAGE', at: now }, now);
  value = postTimelineUpdate(
    value,
    { body: 'internal note', author: 'a', visibility: 'INTERNAL' },
    { id: 'u1' },
    now,
  );
  return postTimelineUpdate(
    value,
    { body: 'We are on it', author: 'a', visibility: 'PUBLIC' },
    { id: 'u2' },
    now,
  );
}

describe('incident events', () => {
  it('only public entries reach subscribers', () => {
    expect(entriesForSubscribers(incident().updates).map((entry) => entry.id)).toEqual(['u2']);
  });

  it('names the services an incident concerns', () => {
    expect(servicesConcerned(incident())).toEqual(['db', 'shop']);
  });

  it.each([
    [null, 'INVESTIGATING', 'incident.created'],
    ['INVESTIGATING', 'IDENTIFIED', 'incident.updated'],
    ['MONITORING', 'RESOLVED', 'incident.resolved'],
    ['RESOLVED', 'RESOLVED', 'incident.updated'],
  ] as const)('%s -> %s is %s', (before, after, type) => {
    expect(incidentEventType(before === null ? null : { status: before }, { status: after })).toBe(
      type,
    );
  });

  it('event data carries public facts, never internal notes or the summary', () => {
    const value = incident();
    const data = incidentEventData(value, value.updates, 'Disruption: Web shop');
    expect(data.publicUpdates.map((entry) => entry.body)).toEqual(['We are on it']);
    expect(JSON.stringify(data)).not.toContain('internal note');
    expect(JSON.stringify(data)).not.toContain('secret summary');
    expect(data.incident.impacts).toHaveLength(2);
    // The public title it is given, never the team's own title.
    expect(data.incident.title).toBe('Disruption: Web shop');
  });
});
