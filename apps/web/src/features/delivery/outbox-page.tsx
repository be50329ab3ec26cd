import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Alarm, EmptyState, ErrorState, LoadingState } from '@lagebild/ui';
import type { DeliveryStatus } from '../../lib/graphql/generated/graphql';
import { FormProblem } from '../../lib/forms/form-problem';
import { toApiProblem, type ApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useFormat } from '../../lib/format';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useCan } from '../auth/permissions';
import { OutboxQuery, RetryOutboxMessageMutation } from './delivery.queries';

const FILTERS: (DeliveryStatus | 'ALL')[] = ['ALL', 'QUEUED', 'FAILED', 'SENT'];

/**
 * Everything Lagebild sent or is about to send: mails and webhook calls, each with its status.
 * Without a mail server, mail waits here and says so.
 */
export function OutboxPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('outbox.title'));
  const format = useFormat();
  const problemText = useProblemText();
  const canRetry = useCan('RESPONDER');
  const [filter, setFilter] = useState<DeliveryStatus | 'ALL'>('ALL');
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: OutboxQuery,
    variables: filter === 'ALL' ? {} : { status: [filter] },
    requestPolicy: 'cache-and-network',
  });
  const [, retry] = useMutation(RetryOutboxMessageMutation);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const reload = (): void => reexecute({ requestPolicy: 'network-only' });

  return (
    <div className="stack">
      <header className="page__header">
        <h1>{t('outbox.title')}</h1>
        <button type="button" className="button" onClick={reload}>
          {t('outbox.reload')}
        </button>
      </header>
      {data && !data.outboxSummary.mailServerConfigured ? (
        <Alarm tone="warning" title={t('outbox.noMailServerTitle')}>
          <p>{t('outbox.noMailServerText')}</p>
        </Alarm>
      ) : null}
      {data ? (
        <p className="muted" data-testid="outbox-counts">
          {t('outbox.counts', {
            queued: data.outboxSummary.queued,
            sent: data.outboxSummary.sent,
            failed: data.outboxSummary.failed,
          })}
        </p>
      ) : null}
      <div className="outbox__filters" role="group" aria-label={t('outbox.filter')}>
        {FILTERS.map((value) => (
          <button
            key={value}
            type="button"
            className={
              value === filter ? 'button button--small button--primary' : 'button button--small'
            }
            aria-pressed={value === filter}
            onClick={() => setFilter(value)}
          >
            {t(`outbox.filters.${value}`)}
          </button>
        ))}
      </div>
      <FormProblem message={problem ? problemText(problem) : undefined} />
      {fetching && !data ? <LoadingState label={t('common.loading')} /> : null}
      {error && !data ? (
        <ErrorState
          message={problemText(toApiProblem(error))}
          retryLabel={t('common.retry')}
          onRetry={reload}
        />
      ) : null}
      {data && data.outboxMessages.length === 0 ? (
        <EmptyState>{t('outbox.empty')}</EmptyState>
      ) : null}
      {data && data.outboxMessages.length > 0 ? (
        <div className="table-scroll" tabIndex={0} role="region" aria-label={t('outbox.title')}>
          <table className="table outbox">
            <thead>
              <tr>
                <th scope="col">{t('outbox.columns.message')}</th>
                <th scope="col">{t('outbox.columns.recipient')}</th>
                <th scope="col">{t('outbox.columns.status')}</th>
                <th scope="col">{t('outbox.columns.created')}</th>
                <th scope="col">
                  <span className="visually-hidden">{t('services.columns.actions')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {data.outboxMessages.map((message) => (
                <tr key={message.id} data-testid="outbox-row" data-status={message.status}>
                  <th scope="row">
                    <span className="table__primary">{message.subject}</span>
                    <span className="table__secondary">
                      {t(`outbox.channel.${message.channel}`)} · {message.kind}
                    </span>
                    <details className="outbox__body">
                      <summary>{t('outbox.showBody')}</summary>
                      <pre>{message.body}</pre>
                    </details>
                  </th>
                  <td className="outbox__recipient">{message.recipient}</td>
                  <td>
                    <span className={`outbox__status outbox__status--${message.status}`}>
                      {t(`outbox.status.${message.status}`)}
                    </span>
                    {message.unsentReason ? (
                      <span className="outbox__unsent" data-testid="outbox-unsent">
                        {t(`outbox.unsent.${message.unsentReason}`)}
                      </span>
                    ) : null}
                    <span className="table__secondary">
                      {t('outbox.attempts', { count: message.attempts })}
                      {message.sentAt ? ` · ${format.dateTime(message.sentAt)}` : null}
                      {message.status === 'QUEUED' && message.nextAttemptAt && message.attempts > 0
                        ? ` · ${t('outbox.nextAttempt', { time: format.dateTime(message.nextAttemptAt) })}`
                        : null}
                    </span>
                    {message.lastError ? (
                      <span className="outbox__error">{message.lastError}</span>
                    ) : null}
                  </td>
                  <td>{format.dateTime(message.createdAt)}</td>
                  <td>
                    {canRetry && message.status === 'FAILED' ? (
                      <button
                        type="button"
                        className="button button--small"
                        onClick={() =>
                          void retry({ input: { id: message.id } }).then((result) => {
                            setProblem(result.error ? toApiProblem(result.error) : null);
                            reload();
                          })
                        }
                      >
                        {t('outbox.retry')}
                        <span className="visually-hidden"> {message.subject}</span>
                      </button>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
