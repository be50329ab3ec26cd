import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import {
  type IncidentStatus,
  publicIncidentTitleText,
  type ServiceStatus,
  type StatusIndicator,
} from '@lagebild/domain';
import { type PublicStatus } from './public-status';
import { type PageIdentity, xml } from './status-page.mapper';
import { type PublicIncident } from './status-page.service';

type Locale = 'de' | 'en';

/** The page's words; the live dashboard has its own (apps/web locales), this page has no script. */
const WORDS: Record<
  Locale,
  {
    language: string;
    title: string;
    contact: string;
    support: string;
    active: string;
    none: string;
    services: string;
    history: string;
    updated: string;
    made: string;
    nextUpdate: string;
    feed: string;
    indicator: Record<StatusIndicator, string>;
    service: Record<ServiceStatus, string>;
    incident: Record<IncidentStatus, string>;
  }
> = {
  de: {
    language: 'Deutsch',
    title: 'Betriebsstatus',
    contact: 'Kontakt',
    support: 'Kundendienst',
    active: 'Aktuelle Störungen',
    none: 'Keine aktuellen Störungen.',
    services: 'Dienste',
    history: 'Vergangene Störungen (letzte 90 Tage)',
    updated: 'Stand',
    made: 'Diese Seite wurde erstellt am',
    nextUpdate: 'Nächstes Update bis',
    feed: 'Abonnieren (Atom-Feed)',
    indicator: {
      none: 'Alle Systeme in Betrieb',
      minor: 'Leichte Störung',
      major: 'Erhebliche Störung',
      critical: 'Schwerer Ausfall',
    },
    service: {
      OPERATIONAL: 'In Betrieb',
      DEGRADED_PERFORMANCE: 'Eingeschränkt',
      PARTIAL_OUTAGE: 'Teilausfall',
      MAJOR_OUTAGE: 'Ausfall',
      UNDER_MAINTENANCE: 'Wartung',
    },
    incident: {
      INVESTIGATING: 'Wird untersucht',
      IDENTIFIED: 'Ursache gefunden',
      RECOVERING: 'Wird behoben',
      MONITORING: 'Wird beobachtet',
      RESOLVED: 'Behoben',
    },
  },
  en: {
    language: 'English',
    title: 'Service status',
    contact: 'Contact',
    support: 'Support',
    active: 'Current incidents',
    none: 'No current incidents.',
    services: 'Services',
    history: 'Past incidents (last 90 days)',
    updated: 'As of',
    made: 'This page was made on',
    nextUpdate: 'Next update by',
    feed: 'Subscribe (Atom feed)',
    indicator: {
      none: 'All systems operational',
      minor: 'Minor disruption',
      major: 'Major disruption',
      critical: 'Critical outage',
    },
    service: {
      OPERATIONAL: 'Operational',
      DEGRADED_PERFORMANCE: 'Degraded performance',
      PARTIAL_OUTAGE: 'Partial outage',
      MAJOR_OUTAGE: 'Major outage',
      UNDER_MAINTENANCE: 'Under maintenance',
    },
    incident: {
      INVESTIGATING: 'Investigating',
      IDENTIFIED: 'Identified',
      RECOVERING: 'Recovering',
      MONITORING: 'Monitoring',
      RESOLVED: 'Resolved',
    },
  },
};

const STYLE = `body{margin:0;font:16px/1.5 system-ui,sans-serif;color:#1a1f2b;background:#f4f5f7}
main{max-width:44rem;margin:0 auto;padding:1rem}section{margin:0 0 1.5rem}
h1{font-size:1.5rem;margin:0}h2{font-size:1.15rem;margin:0 0 .5rem}
.who{margin:0;font-weight:700;color:#4a5263}.overall{padding:1rem;border:2px solid;border-radius:8px;margin:1rem 0}
.overall p{margin:0}.overall strong{font-size:1.25rem}.none{color:#1d6b35;background:#e5f4ea}
.minor{color:#7a4b00;background:#fff4dc}.major,.critical{color:#9b1c1c;background:#fde8e8}
ul,dl{margin:0;padding:0;list-style:none;background:#fff;border:1px solid #d5d9e0;border-radius:8px}
li,dl div{padding:.5rem .75rem;border-bottom:1px solid #d5d9e0;display:flex;flex-wrap:wrap;gap:0 .5rem;justify-content:space-between}
li:last-child,dl div:last-child{border-bottom:0}dt{font-weight:700}dd{margin:0;overflow-wrap:anywhere}
article{background:#fff;border:1px solid #d5d9e0;border-radius:8px;padding:.75rem 1rem;margin:0 0 .75rem}
article h3{margin:0;font-size:1.05rem;overflow-wrap:anywhere}article p{margin:.25rem 0;overflow-wrap:anywhere}
.muted{color:#4a5263;font-size:.9rem}nav a{margin-right:1rem}a{color:#0b4fa8}hr{border:0;border-top:1px solid #d5d9e0;margin:2rem 0}`;

const html = (text: string): string => xml(text);

function formatTime(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(locale === 'de' ? 'de-DE' : 'en-GB', {
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(date);
}

function contactHref(kind: string, value: string): string | null {
  if (kind === 'EMAIL') return `mailto:${value}`;
  if (kind === 'PHONE') return `tel:${value.replace(/[^+\d]/g, '')}`;
  if (kind === 'WEB' && /^https?:\/\//i.test(value)) return value;
  return null;
}

function languageSection(status: PublicStatus, locale: Locale, madeAt: Date): string {
  const words = WORDS[locale];
  const { view } = status;
  const organisation = view.organisation;
  const zone = organisation.timeZone;
  const time = (date: Date) =>
    `<time datetime="${date.toISOString()}">${html(formatTime(date, locale, zone))}</time>`;
  const names = new Map(view.services.map((service) => [service.key, service.name]));
  const incident = (item: PublicIncident) =>
    `<article id="${html(item.ref)}-${locale}"><h3>${html(publicIncidentTitleText(item.title, locale))}</h3>` +
    `<p class="muted">${html(words.incident[item.status])} · ${time(item.startedAt)}${
      item.affectedServiceKeys.length > 0
        ? ` · ${html(item.affectedServiceKeys.map((key) => names.get(key) ?? key).join(', '))}`
        : ''
    }</p>` +
    (item.nextUpdateAt ? `<p>${html(words.nextUpdate)} ${time(item.nextUpdateAt)}</p>` : '') +
    item.updates
      .map(
        (update) =>
          `<p><strong>${html(words.incident[update.status])}</strong> · ${time(update.displayAt)}<br>${html(update.body)}</p>`,
      )
      .join('') +
    '</article>';
  const contacts = [
    ...(organisation.supportContact
      ? [`<div><dt>${html(words.support)}</dt><dd>${html(organisation.supportContact)}</dd></div>`]
      : []),
    ...organisation.contactWays.map((way) => {
      const href = contactHref(way.kind, way.value);
      const value = href ? `<a href="${html(href)}">${html(way.value)}</a>` : html(way.value);
      return `<div><dt>${html(way.label)}</dt><dd>${value}</dd></div>`;
    }),
  ];
  return [
    `<section lang="${locale}" id="${locale}" aria-labelledby="title-${locale}">`,
    `<p class="who">${html(organisation.name)}</p>`,
    `<h1 id="title-${locale}">${html(organisation.statusPageTitle || words.title)}</h1>`,
    `<div class="overall ${view.overall.indicator}"><p><strong>${html(words.indicator[view.overall.indicator])}</strong></p>`,
    `<p>${html(words.updated)} ${time(view.updatedAt)}</p></div>`,
    contacts.length > 0 ? `<h2>${html(words.contact)}</h2><dl>${contacts.join('')}</dl>` : '',
    `<h2>${html(words.active)}</h2>`,
    view.activeIncidents.length === 0
      ? `<p>${html(words.none)}</p>`
      : view.activeIncidents.map(incident).join(''),
    `<h2>${html(words.services)}</h2><ul>`,
    ...view.services.map(
      (service) =>
        `<li><span>${html(service.name)}</span><span>${html(words.service[service.status])}</span></li>`,
    ),
    '</ul>',
    view.recentIncidents.length > 0
      ? `<h2>${html(words.history)}</h2>${view.recentIncidents.map(incident).join('')}`
      : '',
    `<p class="muted">${html(words.made)} ${time(madeAt)}.</p>`,
    `<p><a href="status/feed.atom" type="application/atom+xml">${html(words.feed)}</a> · <a href="api/v2/summary.json">summary.json</a></p>`,
    '</section>',
  ].join('\n');
}

/** The static status site's files by relative path. */
export function renderStaticSite(
  status: PublicStatus,
  page: PageIdentity,
  madeAt: Date,
): Map<string, Buffer | string> {
  const organisation = status.view.organisation;
  const index = [
    '<!doctype html>',
    '<html lang="de">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${html(`${organisation.statusPageTitle || WORDS.de.title} · ${organisation.name}`)}</title>`,
    `<link rel="alternate" type="application/atom+xml" href="status/feed.atom">`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<nav aria-label="Sprache / Language"><a href="#de" lang="de">${WORDS.de.language}</a><a href="#en" lang="en">${WORDS.en.language}</a></nav>`,
    languageSection(status, 'de', madeAt),
    '<hr>',
    languageSection(status, 'en', madeAt),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
  const headers = [
    '/api/v2/*',
    '  Access-Control-Allow-Origin: *',
    '  Content-Type: application/json; charset=utf-8',
    '  Cache-Control: public, max-age=30',
    '/status/feed.atom',
    '  Access-Control-Allow-Origin: *',
    '  Content-Type: application/atom+xml; charset=utf-8',
    '  Cache-Control: public, max-age=30',
    '',
  ].join('\n');
  return new Map<string, Buffer | string>([
    ['index.html', index],
    ['api/v2/summary.json', status.summaryJson(page)],
    ['status/feed.atom', status.atomFeed(page)],
    ['_headers', headers],
    ['made-at.txt', `${madeAt.toISOString()}\n`],
  ]);
}

/**
 * Writes the site aside (a sibling folder), then renames it into place: a reader or uploader
 * sees the old site or the new one, never half of one. Replacing an existing folder takes two
 * renames (old aside, new in place); between them, for an instant, there is no folder.
 */
export async function writeStaticSite(
  dir: string,
  files: Map<string, Buffer | string>,
): Promise<void> {
  const target = resolve(dir);
  const parent = dirname(target);
  await mkdir(parent, { recursive: true });
  const suffix = randomBytes(4).toString('hex');
  const next = join(parent, `.${basename(target)}.next-${suffix}`);
  const previous = join(parent, `.${basename(target)}.previous-${suffix}`);
  try {
    for (const [path, content] of files) {
      const file = join(next, path);
      await mkdir(dirname(file), { recursive: true });
      await writeFile(file, content);
    }
    if (existsSync(target)) await rename(target, previous);
    await rename(next, target);
  } finally {
    await rm(next, { recursive: true, force: true });
    await rm(previous, { recursive: true, force: true });
  }
}
