import type { Incident, TimelineUpdate } from '../incident/incident';
import type { WebhookEventType } from './webhook';

/**
 * What a change to an incident tells the outside world. Only PUBLIC entries reach subscribers
 * and webhook bodies; internal notes, the summary and the commander stay inside.
 */

/** The new timeline entries subscribers receive: public ones only. */
export function entriesForSubscribers<T extends Pick<TimelineUpdate, 'visibility'>>(
  newEntries: readonly T[],
): T[] {
  return newEntries.filter((entry) => entry.visibility === 'PUBLIC');
}

/** The services an incident concerns (every service it has impacted). */
export function servicesConcerned(incident: Pick<Incident, 'impacts'>): string[] {
  return [...new Set(incident.impacts.map((impact) => impact.serviceKey))].sort();
}

export function incidentEventType(
  before: Pick<Incident, 'status'> | null,
  after: Pick<Incident, 'status'>,
): WebhookEventType {
  if (before === null) return 'incident.created';
  if (after.status === 'RESOLVED' && before.status !== 'RESOLVED') return 'incident.resolved';
  return 'incident.updated';
}

/** The `data` of an incident event: public facts and the new public entries. */
export function incidentEventData(
  incident: Incident,
  newEntries: readonly TimelineUpdate[],
  /** What the public reads as the incident's name (`publicIncidentTitleText`); never the internal title. */
  publicTitle: string,
) {
  return {
    incident: {
      id: incident.id,
      ref: incident.ref,
      title: publicTitle,
      severity: incident.severity,
      status: incident.status,
      startedAt: incident.startedAt.toISOString(),
      resolvedAt: incident.resolvedAt?.toISOString() ?? null,
      impacts: incident.impacts
        .filter((impact) => impact.until === null)
        .map((impact) => ({ serviceKey: impact.serviceKey, status: impact.status })),
    },
    publicUpdates: entriesForSubscribers(newEntries).map((entry) => ({
      id: entry.id,
      body: entry.body,
      at: entry.displayAt.toISOString(),
      statusChange: entry.statusChange,
      nextUpdateAt: entry.nextUpdateAt?.toISOString() ?? null,
    })),
  };
}
