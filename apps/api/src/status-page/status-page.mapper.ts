import {
  INCIDENT_STATUS_LABELS,
  publicIncidentTitleText,
  SEVERITY_IMPACT,
  statusPageComponentStatus,
  statusPageIncidentStatus,
} from '@lagebild/domain';
import { type StatusPageModel } from './models/status-page.model';
import {
  type PublicIncident,
  type PublicService,
  type PublicStatusView,
} from './status-page.service';

/** Where the public page lives, for links in the feed and the summary. */
export interface PageIdentity {
  id: string;
  name: string;
  /** The page's title (the feed's title). */
  title: string;
  timeZone: string;
  /** Absolute base URL of Lagebild, without a trailing slash. */
  baseUrl: string;
}

/** The page's identity from the organisation settings, under a base URL. */
export function pageIdentity(view: PublicStatusView, baseUrl: string): PageIdentity {
  return {
    id: 'lagebild',
    name: view.organisation.name,
    title: view.organisation.title,
    timeZone: view.organisation.timeZone,
    baseUrl: baseUrl.replace(/\/+$/, ''),
  };
}

export function toStatusPageModel(view: PublicStatusView): StatusPageModel {
  const incident = (item: PublicIncident) => ({
    id: item.id,
    ref: item.ref,
    // The common formats and widgets read one text; the dashboard words the code itself.
    title: publicIncidentTitleText(item.title, 'en'),
    titleCode: item.title.code,
    titleServices: item.title.code === 'DISRUPTION' ? item.title.params.services : [],
    severity: item.severity,
    status: item.status,
    startedAt: item.startedAt,
    resolvedAt: item.resolvedAt,
    affectedServiceKeys: item.affectedServiceKeys,
    updates: item.updates.map((update) => ({
      id: update.id,
      body: update.body,
      status: update.status,
      displayAt: update.displayAt,
      nextUpdateAt: update.nextUpdateAt,
    })),
    nextUpdateAt: item.nextUpdateAt,
  });
  return {
    organisationName: view.organisation.name,
    title: view.organisation.statusPageTitle,
    supportContact: view.organisation.supportContact,
    contactWays: view.organisation.contactWays.map((way) => ({ ...way })),
    timeZone: view.organisation.timeZone,
    indicator: view.overall.indicator,
    description: view.overall.description,
    updatedAt: view.updatedAt,
    services: view.services.map(({ key, name, status }) => ({ key, name, status })),
    activeIncidents: view.activeIncidents.map(incident),
    recentIncidents: view.recentIncidents.map(incident),
  };
}

/**
 * The public view in the shape of the common status-page `summary.json` (page, status,
 * components, unresolved incidents, scheduled maintenances), so existing widgets read it.
 */
export function toSummaryJson(view: PublicStatusView, page: PageIdentity) {
  const iso = (date: Date | null) => (date === null ? null : date.toISOString());
  const component = (service: PublicService) => ({
    id: service.key,
    name: service.name,
    status: statusPageComponentStatus(service.status),
    created_at: iso(service.createdAt),
    updated_at: iso(service.updatedAt),
    position: service.position,
    description: null,
    showcase: true,
    start_date: null,
    group_id: null,
    page_id: page.id,
    group: false,
    only_show_if_degraded: false,
  });
  const byKey = new Map(view.services.map((service) => [service.key, service]));
  return {
    page: {
      id: page.id,
      name: page.name,
      url: `${page.baseUrl}/status`,
      time_zone: page.timeZone,
      updated_at: iso(view.updatedAt),
    },
    status: { indicator: view.overall.indicator, description: view.overall.description },
    components: view.services.map(component),
    incidents: view.activeIncidents.map((incident) => {
      const components = incident.affectedServiceKeys
        .map((key) => byKey.get(key))
        .filter((service): service is PublicService => service !== undefined)
        .map(component);
      return {
        id: incident.id,
        name: publicIncidentTitleText(incident.title, 'en'),
        status: statusPageIncidentStatus(incident.status),
        created_at: iso(incident.createdAt),
        updated_at: iso(incident.updatedAt),
        monitoring_at: null,
        resolved_at: iso(incident.resolvedAt),
        impact: SEVERITY_IMPACT[incident.severity],
        shortlink: `${page.baseUrl}/status#${incident.ref}`,
        started_at: iso(incident.startedAt),
        page_id: page.id,
        incident_updates: incident.updates.map((update) => ({
          id: update.id,
          status: statusPageIncidentStatus(update.status),
          body: update.body,
          incident_id: incident.id,
          created_at: iso(update.createdAt),
          updated_at: iso(update.createdAt),
          display_at: iso(update.displayAt),
          affected_components: null,
        })),
        components,
      };
    }),
    scheduled_maintenances: [],
  };
}

/** How many public entries the feed carries, newest first. */
export const FEED_ENTRY_LIMIT = 50;

/** The public entries of active and recent incidents as an Atom 1.0 feed (RFC 4287). */
export function toAtomFeed(view: PublicStatusView, page: PageIdentity): string {
  const entries = [...view.activeIncidents, ...view.recentIncidents]
    .flatMap((incident) => incident.updates.map((update) => ({ incident, update })))
    .sort((a, b) => b.update.displayAt.getTime() - a.update.displayAt.getTime())
    .slice(0, FEED_ENTRY_LIMIT);
  const updated = entries[0]?.update.displayAt ?? view.updatedAt;
  const lines = [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<feed xmlns="http://www.w3.org/2005/Atom">',
    `  <id>${xml(`${page.baseUrl}/status/feed.atom`)}</id>`,
    `  <title>${xml(page.title)}</title>`,
    `  <subtitle>${xml(view.overall.description)}</subtitle>`,
    `  <link rel="self" type="application/atom+xml" href="${xml(`${page.baseUrl}/status/feed.atom`)}"/>`,
    `  <link rel="alternate" type="text/html" href="${xml(`${page.baseUrl}/status`)}"/>`,
    `  <updated>${updated.toISOString()}</updated>`,
    `  <author><name>${xml(page.name)}</name></author>`,
    ...entries.flatMap(({ incident, update }) => [
      '  <entry>',
      `    <id>urn:uuid:${xml(update.id)}</id>`,
      `    <title>${xml(`${publicIncidentTitleText(incident.title, 'en')}: ${INCIDENT_STATUS_LABELS[update.status]}`)}</title>`,
      `    <link rel="alternate" type="text/html" href="${xml(`${page.baseUrl}/status#${incident.ref}`)}"/>`,
      `    <published>${update.displayAt.toISOString()}</published>`,
      `    <updated>${update.displayAt.toISOString()}</updated>`,
      `    <content type="text">${xml(update.body)}</content>`,
      '  </entry>',
    ]),
    '</feed>',
    '',
  ];
  return lines.join('\n');
}

/** Characters XML 1.0 cannot carry at all (most control characters). */
// eslint-disable-next-line no-control-regex -- the point is to find control characters
const NOT_XML = /[^\u0009\u000A\u000D\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

/** Escapes text for XML content and attribute values. */
export function xml(text: string): string {
  return text
    .replace(NOT_XML, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}
