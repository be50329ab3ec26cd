import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { DateTime } from 'luxon';
import { Card, EmptyState, ErrorState } from '@lagebild/ui';
import { toApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useFormat } from '../../lib/format';
import { FormField } from '../../lib/forms/form-field';
import { AuditLogQuery } from './admin.queries';

const PAGE = 25;
const ENTITY_TYPES = [
  'Incident',
  'Service',
  'Backlog',
  'Communication',
  'RecoveryTask',
  'User',
  'ApiKey',
] as const;

interface Filter {
  entity: string;
  actor: string;
  /** yyyy-MM-dd in the reader's time zone; empty for open-ended. */
  from: string;
  until: string;
}

const noFilter: Filter = { entity: '', actor: '', from: '', until: '' };

/** The start of a day in the reader's zone, as UTC; `days` later for an inclusive "until". */
const dayStart = (day: string, days = 0): string | null =>
  day ? DateTime.fromISO(day).startOf('day').plus({ days }).toUTC().toISO() : null;

/**
 * Who changed what and when, newest first, for admins: narrowed by entity type, actor and a
 * range of days, 25 entries at a time.
 */
export function AuditLogCard() {
  const { t } = useTranslation();
  const format = useFormat();
  const problemText = useProblemText();
  const [typed, setTyped] = useState<Filter>(noFilter);
  const [filter, setFilter] = useState<Filter>(noFilter);
  const [limit, setLimit] = useState(PAGE);
  const [{ data, error, fetching }] = useQuery({
    query: AuditLogQuery,
    variables: {
      entity: filter.entity || null,
      actor: filter.actor.trim() || null,
      from: dayStart(filter.from),
      to: dayStart(filter.until, 1),
      limit: limit + 1,
      offset: 0,
    },
    requestPolicy: 'cache-and-network',
  });
  // One more than shown is asked for: it says whether there is a next page.
  const entries = data?.auditLog.slice(0, limit) ?? [];
  const hasMore = (data?.auditLog.length ?? 0) > limit;

  const apply = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setFilter(typed);
    setLimit(PAGE);
  };

  return (
    <Card title={t('audit.title')}>
      <form className="form audit__filter" onSubmit={apply}>
        <div className="form__row">
          <FormField label={t('audit.entity')}>
            {(props) => (
              <select
                {...props}
                value={typed.entity}
                onChange={(event) => setTyped({ ...typed, entity: event.target.value })}
              >
                <option value="">{t('audit.allEntities')}</option>
                {ENTITY_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {t(`audit.entities.${type}`)}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t('audit.actor')}>
            {(props) => (
              <input
                {...props}
                value={typed.actor}
                onChange={(event) => setTyped({ ...typed, actor: event.target.value })}
              />
            )}
          </FormField>
          <FormField label={t('audit.from')}>
            {(props) => (
              <input
                {...props}
                type="date"
                value={typed.from}
                onChange={(event) => setTyped({ ...typed, from: event.target.value })}
              />
            )}
          </FormField>
          <FormField label={t('audit.until')}>
            {(props) => (
              <input
                {...props}
                type="date"
                value={typed.until}
                onChange={(event) => setTyped({ ...typed, until: event.target.value })}
              />
            )}
          </FormField>
        </div>
        <div className="form__actions">
          <button type="submit" className="button">
            {t('audit.filter')}
          </button>
        </div>
      </form>
      {error ? <ErrorState message={problemText(toApiProblem(error))} /> : null}
      {data && entries.length === 0 ? <EmptyState>{t('audit.empty')}</EmptyState> : null}
      {entries.length > 0 ? (
        <div className="table-wrap">
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('audit.at')}</th>
                <th scope="col">{t('audit.actor')}</th>
                <th scope="col">{t('audit.action')}</th>
                <th scope="col">{t('audit.entity')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((entry) => (
                <tr key={entry.id} data-entity-type={entry.entityType}>
                  <td>{format.dateTime(entry.at)}</td>
                  <td>{entry.actor}</td>
                  <td>
                    <code>{entry.action}</code>
                  </td>
                  <td>
                    {ENTITY_TYPES.includes(entry.entityType as (typeof ENTITY_TYPES)[number])
                      ? t(`audit.entities.${entry.entityType as (typeof ENTITY_TYPES)[number]}`)
                      : entry.entityType}{' '}
                    <code className="table__secondary">{entry.entityId}</code>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {hasMore ? (
        <div className="form__actions">
          <button
            type="button"
            className="button"
            disabled={fetching}
            onClick={() => setLimit(limit + PAGE)}
          >
            {t('audit.more')}
          </button>
        </div>
      ) : null}
    </Card>
  );
}
