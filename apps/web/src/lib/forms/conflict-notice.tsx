import { useTranslation } from 'react-i18next';
import type { EditSession } from './use-edit-session';

export interface ConflictNoticeProps<V> {
  session: Pick<EditSession<V>, 'conflict' | 'keepMine' | 'takeTheirs' | 'saving'>;
  /** The label of each field, as the form shows it. */
  labels: { [K in keyof V]: string };
  /** A field's value in words (defaults to the text itself). */
  show?: <K extends keyof V>(field: K, value: V[K]) => string;
}

function plain(value: unknown): string {
  const text = Array.isArray(value) ? value.join(', ') : String(value ?? '');
  return text.trim() === '' ? '–' : text;
}

/**
 * A refused stale save: what the other person changed, next to what I typed, and the choice
 * between keeping mine (on top of theirs) and taking theirs. Renders nothing without a conflict.
 */
export function ConflictNotice<V>({ session, labels, show }: ConflictNoticeProps<V>) {
  const { t } = useTranslation();
  const { conflict } = session;
  if (!conflict) return null;
  const words = <K extends keyof V>(field: K, value: V[K]): string =>
    show ? show(field, value) : plain(value);
  const { mine } = conflict;
  const theirs: V | null = conflict.theirs;
  return (
    <div className="form__problem conflict" role="alert">
      <p>{t('conflict.title')}</p>
      {theirs === null ? (
        <p>{t('conflict.loading')}</p>
      ) : (
        <ul className="conflict__changes">
          {conflict.changed.map((field) => (
            <li key={String(field)}>
              <strong>{labels[field]}</strong>:{' '}
              {t('conflict.change', {
                theirs: theirs ? words(field, theirs[field]) : '',
                mine: words(field, mine[field]),
              })}
            </li>
          ))}
        </ul>
      )}
      <p>{t('conflict.choose')}</p>
      <div className="form__actions">
        <button
          type="button"
          className="button button--primary"
          disabled={theirs === null || session.saving}
          onClick={() => void session.keepMine()}
        >
          {t('conflict.keepMine')}
        </button>
        <button
          type="button"
          className="button"
          disabled={theirs === null || session.saving}
          onClick={session.takeTheirs}
        >
          {t('conflict.takeTheirs')}
        </button>
      </div>
    </div>
  );
}
