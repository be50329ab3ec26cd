import type { ReactNode } from 'react';

export type TimelineVisibility = 'PUBLIC' | 'INTERNAL';

export interface TimelineEntry {
  id: string;
  /** ISO-8601 time, used for the machine-readable `<time>`. */
  at: string;
  /** The same time formatted in the reader's locale and time zone. */
  atLabel: string;
  author?: string | null;
  body: ReactNode;
  visibility: TimelineVisibility;
  /** "Public" / "Internal" in the reader's language. */
  visibilityLabel: string;
  /**
   * Set when a retraction took a public entry back (it left the public page): the words that
   * say so. The entry stays visible internally, marked, so nobody takes it for what customers see.
   */
  withdrawnLabel?: string | null;
  /** A status change that came with the entry, already translated. */
  statusChange?: ReactNode;
}

export interface TimelineProps {
  entries: readonly TimelineEntry[];
  label: string;
}

/**
 * An incident's updates, newest first as given. Public and internal entries look different
 * (border, background and a word), so nobody mistakes an internal note for what customers saw.
 */
export function Timeline({ entries, label }: TimelineProps) {
  return (
    <ol className="lb-timeline" aria-label={label}>
      {entries.map((entry) => (
        <li
          key={entry.id}
          className={`lb-timeline__entry lb-timeline__entry--${entry.visibility.toLowerCase()}${
            entry.withdrawnLabel ? ' lb-timeline__entry--withdrawn' : ''
          }`}
          data-visibility={entry.visibility}
          data-withdrawn={entry.withdrawnLabel ? 'true' : undefined}
        >
          <div className="lb-timeline__meta">
            <time dateTime={entry.at}>{entry.atLabel}</time>
            <span className="lb-timeline__visibility">{entry.visibilityLabel}</span>
            {entry.withdrawnLabel ? (
              <span className="lb-timeline__withdrawn">{entry.withdrawnLabel}</span>
            ) : null}
            {entry.author ? <span className="lb-timeline__author">{entry.author}</span> : null}
            {entry.statusChange ? (
              <span className="lb-timeline__status">{entry.statusChange}</span>
            ) : null}
          </div>
          <div className="lb-timeline__body">{entry.body}</div>
        </li>
      ))}
    </ol>
  );
}
