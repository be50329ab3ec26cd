import { messageStandsAt, type MessageFacts } from '../situation/public-words';
import type { CommunicationChannel, CommunicationLocale } from './communication';
import { COMMUNICATION_LOCALES } from './communication';

/**
 * The texts other systems pull and repeat to everyone who writes or calls: the help desk's
 * auto-responder and the phone system's announcement. They repeat whatever Lagebild says, so the
 * rule for "what stands" must never keep an outage announcement alive after the outage.
 */

/** The channels whose current text is served as plain text for other systems to pull. */
export const ANNOUNCEMENT_CHANNELS = ['AUTO_REPLY', 'PHONE_ANNOUNCEMENT'] as const;

/** One of {@link ANNOUNCEMENT_CHANNELS}. */
export type AnnouncementChannel = (typeof ANNOUNCEMENT_CHANNELS)[number];

/**
 * How long a text published after its incident was resolved keeps standing ("we answer every
 * e-mail by Thursday"): long enough for the backlog, short enough that a forgotten text does
 * not greet callers for weeks.
 */
export const ANNOUNCEMENT_AFTER_RESOLUTION_DAYS = 14;

const DAY_MS = 24 * 60 * 60 * 1000;

/** One message as the rule needs it: the public-word facts plus what and where it says it. */
export interface AnnouncementMessage extends MessageFacts {
  channel: CommunicationChannel;
  locale: CommunicationLocale;
  body: string;
}

/** An incident's messages and whether (and when) it was resolved. */
export interface AnnouncementIncident {
  ref: string;
  resolvedAt: Date | null;
  messages: readonly AnnouncementMessage[];
}

/** The text that stands for one incident. */
export interface StandingAnnouncement {
  incidentRef: string;
  body: string;
  publishedAt: Date;
}

/** What a channel says in one language, and the language it really is in. */
export interface AnnouncementAnswer {
  /** The language of the texts; the other language when none stands in the one asked for. */
  locale: CommunicationLocale;
  /** One text per incident, newest first; empty when nothing stands. */
  texts: StandingAnnouncement[];
}

/**
 * True when the message stands as the channel's announcement at `asOf`: it stands as a public
 * word (published, not retracted), and its incident is still open — or it was published after
 * the resolution (the follow-up about the backlog), then for
 * {@link ANNOUNCEMENT_AFTER_RESOLUTION_DAYS} days.
 */
export function announcementStandsAt(
  message: AnnouncementMessage,
  incidentResolvedAt: Date | null,
  asOf: Date,
): boolean {
  if (!messageStandsAt(message, asOf) || message.publishedAt === null) return false;
  if (incidentResolvedAt === null || incidentResolvedAt.getTime() > asOf.getTime()) return true;
  const published = message.publishedAt.getTime();
  return (
    published >= incidentResolvedAt.getTime() &&
    asOf.getTime() - published < ANNOUNCEMENT_AFTER_RESOLUTION_DAYS * DAY_MS
  );
}

function textsIn(
  incidents: readonly AnnouncementIncident[],
  channel: AnnouncementChannel,
  locale: CommunicationLocale,
  asOf: Date,
): StandingAnnouncement[] {
  const texts: StandingAnnouncement[] = [];
  for (const incident of incidents) {
    // The newest standing text of the incident replaces its earlier ones.
    let newest: StandingAnnouncement | null = null;
    for (const message of incident.messages) {
      if (message.channel !== channel || message.locale !== locale) continue;
      if (message.publishedAt === null) continue;
      if (!announcementStandsAt(message, incident.resolvedAt, asOf)) continue;
      if (newest === null || message.publishedAt.getTime() > newest.publishedAt.getTime()) {
        newest = {
          incidentRef: incident.ref,
          body: message.body,
          publishedAt: message.publishedAt,
        };
      }
    }
    if (newest !== null) texts.push(newest);
  }
  return texts.sort((a, b) => b.publishedAt.getTime() - a.publishedAt.getTime());
}

/**
 * What the channel says at `asOf` in the language asked for: the newest standing text of each
 * incident, newest first. When nothing stands in that language but something does in the other,
 * that is said instead (a caller is better served by the other language than by silence), and
 * the answer names the language it is in.
 */
export function standingAnnouncement(
  incidents: readonly AnnouncementIncident[],
  channel: AnnouncementChannel,
  locale: CommunicationLocale,
  asOf: Date,
): AnnouncementAnswer {
  const asked = textsIn(incidents, channel, locale, asOf);
  if (asked.length > 0) return { locale, texts: asked };
  for (const other of COMMUNICATION_LOCALES) {
    if (other === locale) continue;
    const texts = textsIn(incidents, channel, other, asOf);
    if (texts.length > 0) return { locale: other, texts };
  }
  return { locale, texts: [] };
}

/** The answer as one plain text: the texts separated by a blank line; empty when none. */
export function announcementText(answer: AnnouncementAnswer): string {
  return answer.texts.map((text) => text.body.trim()).join('\n\n');
}
