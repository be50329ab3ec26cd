import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { COHORT_MERGE_FIELDS } from '@lagebild/domain';
import { EmptyState } from '@lagebild/ui';
import type {
  CommunicationFieldsFragment,
  DeliveryStatus,
} from '../../lib/graphql/generated/graphql';
import { toApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useFormat } from '../../lib/format';
import {
  CohortDeliveriesCsvQuery,
  CohortNoticeQuery,
  DraftCorrectionNoticeMutation,
} from './incidents.queries';

/** The cohort of a new e-mail to the affected customers, as the draft form holds it. */
export interface CohortChoice {
  backlogKeys: string[];
  openOnly: boolean;
}

/** Which backlogs' customers an e-mail goes to: the incident's backlogs, open items only. */
export function CohortPicker({
  backlogs,
  value,
  onChange,
}: {
  backlogs: readonly { key: string; name: string }[];
  value: CohortChoice;
  onChange: (next: CohortChoice) => void;
}) {
  const { t } = useTranslation();
  if (backlogs.length === 0) return <p className="muted">{t('cohort.noBacklogs')}</p>;
  return (
    <fieldset className="cohort-picker" data-testid="cohort-picker">
      <legend>{t('cohort.pick')}</legend>
      {backlogs.map((backlog) => (
        <label key={backlog.key} className="checkbox">
          <input
            type="checkbox"
            checked={value.backlogKeys.includes(backlog.key)}
            onChange={(event) =>
              onChange({
                ...value,
                backlogKeys: event.target.checked
                  ? [...value.backlogKeys, backlog.key]
                  : value.backlogKeys.filter((key) => key !== backlog.key),
              })
            }
          />{' '}
          {backlog.name}
        </label>
      ))}
      <label className="checkbox">
        <input
          type="checkbox"
          checked={value.openOnly}
          onChange={(event) => onChange({ ...value, openOnly: event.target.checked })}
        />{' '}
        {t('cohort.openOnly')}
      </label>
      <p className="muted">
        {t('cohort.mergeHint', {
          fields: COHORT_MERGE_FIELDS.map((field) => `{{${field}}}`).join(', '),
        })}
      </p>
    </fieldset>
  );
}

const FILTERS: (DeliveryStatus | 'ALL')[] = ['ALL', 'QUEUED', 'FAILED', 'SENT'];

/**
 * The customer side of an e-mail to the affected customers: before publishing, how many it
 * reaches and three rendered mails; after, one record per recipient, CSV, and a correction.
 */
export function CohortNoticePanel({
  incidentRef,
  message,
  backlogNames,
  canEdit,
  onChanged,
}: {
  incidentRef: string;
  message: CommunicationFieldsFragment;
  backlogNames: ReadonlyMap<string, string>;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const problemText = useProblemText();
  const client = useClient();
  const [filter, setFilter] = useState<DeliveryStatus | 'ALL'>('ALL');
  const [after, setAfter] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const sent = message.publishedAt !== null && message.publishedAt !== undefined;
  const [{ data }] = useQuery({
    query: CohortNoticeQuery,
    variables: { ref: incidentRef, status: filter === 'ALL' ? null : [filter], after },
    pause: !canEdit,
    requestPolicy: 'cache-and-network',
  });
  const [, correct] = useMutation(DraftCorrectionNoticeMutation);
  const cohort = message.cohort;
  if (!cohort) return null;
  const mine = data?.incidentByRef?.communications.find((item) => item.id === message.id);
  const names = cohort.backlogKeys.map((key) => backlogNames.get(key) ?? key).join(', ');

  const exportCsv = async () => {
    const result = await client
      .query(CohortDeliveriesCsvQuery, { ref: incidentRef }, { requestPolicy: 'network-only' })
      .toPromise();
    const csv = result.data?.incidentByRef?.communications.find(
      (item) => item.id === message.id,
    )?.deliveriesCsv;
    if (result.error || csv === undefined) {
      setProblem(result.error ? problemText(toApiProblem(result.error)) : null);
      return;
    }
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `deliveries-${message.id}.csv`;
    link.click();
    URL.revokeObjectURL(url);
  };

  return (
    <div className="cohort-notice" data-testid="cohort-notice">
      <p className="muted">
        {t(cohort.openOnly ? 'cohort.toOpen' : 'cohort.toAll', { backlogs: names })}
        {message.correctsId ? ` · ${t('cohort.isCorrection')}` : null}
      </p>
      {problem ? (
        <p className="form__error" role="alert">
          {problem}
        </p>
      ) : null}
      {!sent && mine?.cohortPreview ? (
        <div className="cohort-preview" data-testid="cohort-preview">
          <p>
            <strong data-testid="cohort-recipient-count">
              {t('cohort.recipients', { count: mine.cohortPreview.recipientCount })}
            </strong>
            {mine.cohortPreview.suppressedCount > 0
              ? ` · ${t('cohort.suppressed', { count: mine.cohortPreview.suppressedCount })}`
              : null}
            {mine.cohortPreview.otherLocaleCount > 0
              ? ` · ${t('cohort.otherLocale', { count: mine.cohortPreview.otherLocaleCount })}`
              : null}
          </p>
          {mine.cohortPreview.samples.map((sample) => (
            <details key={sample.email} className="cohort-sample">
              <summary>{t('cohort.sampleTo', { email: sample.email })}</summary>
              <p className="communication__subject">{sample.subject}</p>
              <pre className="communication__body">{sample.body}</pre>
            </details>
          ))}
        </div>
      ) : null}
      {sent && mine ? (
        <div className="cohort-deliveries">
          <h4>{t('cohort.deliveries')}</h4>
          <p className="muted" data-testid="cohort-delivery-counts">
            {t('outbox.counts', {
              queued: mine.deliveries.queued,
              sent: mine.deliveries.sent,
              failed: mine.deliveries.failed,
            })}
          </p>
          <div className="outbox__filters" role="group" aria-label={t('outbox.filter')}>
            {FILTERS.map((value) => (
              <button
                key={value}
                type="button"
                className={
                  value === filter ? 'button button--small button--primary' : 'button button--small'
                }
                aria-pressed={value === filter}
                onClick={() => {
                  setFilter(value);
                  setAfter(null);
                }}
              >
                {t(`outbox.filters.${value}`)}
              </button>
            ))}
            <button type="button" className="button button--small" onClick={() => void exportCsv()}>
              {t('cohort.exportCsv')}
            </button>
          </div>
          {mine.deliveries.nodes.length === 0 ? (
            <EmptyState>{t('cohort.noDeliveries')}</EmptyState>
          ) : (
            <div
              className="table-scroll"
              tabIndex={0}
              role="region"
              aria-label={t('cohort.deliveries')}
            >
              <table className="table outbox">
                <thead>
                  <tr>
                    <th scope="col">{t('cohort.columns.recipient')}</th>
                    <th scope="col">{t('outbox.columns.status')}</th>
                  </tr>
                </thead>
                <tbody>
                  {mine.deliveries.nodes.map((record) => (
                    <tr
                      key={record.id}
                      data-testid="cohort-delivery-row"
                      data-status={record.status}
                    >
                      <th scope="row">
                        <span className="table__primary">{record.email}</span>
                        {record.name ? (
                          <span className="table__secondary">{record.name}</span>
                        ) : null}
                      </th>
                      <td>
                        <span className={`outbox__status outbox__status--${record.status}`}>
                          {t(`outbox.status.${record.status}`)}
                        </span>
                        {record.unsentReason ? (
                          <span className="outbox__unsent">
                            {t(`outbox.unsent.${record.unsentReason}`)}
                          </span>
                        ) : null}
                        <span className="table__secondary">
                          {t('outbox.attempts', { count: record.attempts })}
                          {record.sentAt ? ` · ${format.dateTime(record.sentAt)}` : null}
                        </span>
                        {record.lastError ? (
                          <span className="outbox__error">{record.lastError}</span>
                        ) : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          {mine.deliveries.pageInfo.hasNextPage ? (
            <button
              type="button"
              className="button button--small"
              onClick={() => setAfter(mine.deliveries.pageInfo.endCursor ?? null)}
            >
              {t('cohort.nextPage')}
            </button>
          ) : null}
          {after ? (
            <button type="button" className="button button--small" onClick={() => setAfter(null)}>
              {t('cohort.firstPage')}
            </button>
          ) : null}
        </div>
      ) : null}
      {sent && canEdit ? (
        <div className="form__actions">
          <button
            type="button"
            className="button"
            onClick={() =>
              void correct({ input: { communicationId: message.id } }).then((result) => {
                setProblem(result.error ? problemText(toApiProblem(result.error)) : null);
                if (!result.error) onChanged();
              })
            }
          >
            {t('cohort.writeCorrection')}
          </button>
        </div>
      ) : null}
    </div>
  );
}
