import type { CommunicationAudience, CommunicationStatus } from '../communication/communication';
import type { TimelineUpdate } from '../incident/incident';

/**
 * The one rule for "customers were told". Debt, metrics, business recovery and the public page
 * all ask these functions, so a retracted message stops counting everywhere at once.
 */

/** What the rule needs to know about one message to customers. */
export interface MessageFacts {
  status: CommunicationStatus;
  audience: CommunicationAudience;
  publishedAt: Date | null;
  retractedAt: Date | null;
  /** The public timeline entry publishing it created (status-page messages), if any. */
  timelineUpdateId: string | null;
}

/** One word to customers that stands at a moment. */
export interface PublicWord {
  at: Date;
  /** The next update it promised, if any. */
  nextUpdateAt: Date | null;
}

type TimelineEntryFacts = Pick<TimelineUpdate, 'id' | 'visibility' | 'displayAt' | 'nextUpdateAt'>;

function retractedBy(message: MessageFacts, asOf: Date): boolean {
  return (
    message.status === 'RETRACTED' &&
    (message.retractedAt === null || message.retractedAt.getTime() <= asOf.getTime())
  );
}

/**
 * True when the message counted as a word to customers at `asOf`: meant for them, published by
 * then and not retracted by then. A retraction takes the word back from that moment on.
 */
export function messageStandsAt(message: MessageFacts, asOf: Date): boolean {
  if (message.audience === 'INTERNAL' || message.publishedAt === null) return false;
  if (message.publishedAt.getTime() > asOf.getTime()) return false;
  return (
    message.status === 'PUBLISHED' ||
    (message.status === 'RETRACTED' && !retractedBy(message, asOf))
  );
}

/**
 * Ids of timeline entries taken back at `asOf` because the message that created them was
 * retracted: they leave the public page, and they no longer count as words.
 */
export function withdrawnEntryIds(messages: readonly MessageFacts[], asOf: Date): Set<string> {
  const ids = new Set<string>();
  for (const message of messages) {
    if (message.timelineUpdateId !== null && retractedBy(message, asOf)) {
      ids.add(message.timelineUpdateId);
    }
  }
  return ids;
}

/** True when a timeline entry is on the public record at `asOf`. */
export function isPublicEntryAt(
  entry: TimelineEntryFacts,
  withdrawn: ReadonlySet<string>,
  asOf: Date,
): boolean {
  return (
    entry.visibility === 'PUBLIC' &&
    entry.displayAt.getTime() <= asOf.getTime() &&
    !withdrawn.has(entry.id)
  );
}

/**
 * Every word to customers that stands at `asOf`, oldest first: public timeline entries (at
 * their `displayAt`, when the word was given) not withdrawn, and published messages that did not
 * make a timeline entry of their own (an e-mail, an auto-reply). A status-page message counts
 * once, through its entry.
 */
export function publicWordsAt(
  entries: readonly TimelineEntryFacts[],
  messages: readonly MessageFacts[],
  asOf: Date,
): PublicWord[] {
  const withdrawn = withdrawnEntryIds(messages, asOf);
  const entryIds = new Set(entries.map((entry) => entry.id));
  const words: PublicWord[] = entries
    .filter((entry) => isPublicEntryAt(entry, withdrawn, asOf))
    .map((entry) => ({ at: entry.displayAt, nextUpdateAt: entry.nextUpdateAt }));
  for (const message of messages) {
    const ownEntry = message.timelineUpdateId !== null && entryIds.has(message.timelineUpdateId);
    if (!ownEntry && messageStandsAt(message, asOf)) {
      words.push({ at: message.publishedAt as Date, nextUpdateAt: null });
    }
  }
  return words.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** The latest word standing at `asOf`, or `null` when customers have heard nothing. */
export function latestPublicWord(words: readonly PublicWord[]): PublicWord | null {
  return words.reduce<PublicWord | null>(
    (latest, word) => (latest === null || word.at >= latest.at ? word : latest),
    null,
  );
}

/**
 * The next update customers were promised: the one the newest word promised, whether or not it
 * has passed (a passed promise is a broken one, not an older one coming back); `null` when the
 * newest word promised nothing.
 */
export function promisedNextUpdateAt(words: readonly PublicWord[]): Date | null {
  return latestPublicWord(words)?.nextUpdateAt ?? null;
}
