import { useState } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Card, EmptyState, ErrorState, LoadingState, SeverityBadge } from '@lagebild/ui';
import { toApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useFormat } from '../../lib/format';
import { IncidentsQuery } from './incidents.queries';
import { DeclareIncidentForm } from './declare-incident-form';
import { useCan } from '../auth/permissions';

const PAGE_SIZE = 20;

export function IncidentsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('incidents.title'));
  const format = useFormat();
  const problemText = useProblemText();
  const [activeOnly, setActiveOnly] = useState(true);
  const [pageSize, setPageSize] = useState(PAGE_SIZE);
  const canDeclare = useCan('RESPONDER');
  const [declaring, setDeclaring] = useState(false);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: IncidentsQuery,
    variables: { filter: activeOnly ? { activeOnly: true } : null, first: pageSize },
  });
  const connection = data?.incidents;
  return (
    <div className="stack">
      <header className="page__header page__header--actions">
        <h1>{t('incidents.title')}</h1>
        {canDeclare && !declaring ? (
          <button
            type="button"
            className="button button--danger"
            onClick={() => setDeclaring(true)}
          >
            {t('incidents.declare')}
          </button>
        ) : null}
      </header>
      {declaring ? (
        <Card title={t('incidents.declare')} tone="critical">
          <DeclareIncidentForm onCancel={() => setDeclaring(false)} />
        </Card>
      ) : null}
      <Card
        title={t('incidents.title')}
        actions={
          <div className="segmented" role="group" aria-label={t('incidents.title')}>
            <button
              type="button"
              className="button button--small"
              aria-pressed={activeOnly}
              onClick={() => setActiveOnly(true)}
            >
              {t('incidents.filterActive')}
            </button>
            <button
              type="button"
              className="button button--small"
              aria-pressed={!activeOnly}
              onClick={() => setActiveOnly(false)}
            >
              {t('incidents.filterAll')}
            </button>
          </div>
        }
      >
        {fetching && !data ? <LoadingState label={t('common.loading')} /> : null}
        {error && !data ? (
          <ErrorState
            message={problemText(toApiProblem(error))}
            retryLabel={t('common.retry')}
            onRetry={() => reexecute({ requestPolicy: 'network-only' })}
          />
        ) : null}
        {connection && connection.nodes.length === 0 ? (
          <EmptyState>{t('incidents.empty')}</EmptyState>
        ) : null}
        {connection && connection.nodes.length > 0 ? (
          <div
            className="table-scroll"
            tabIndex={0}
            role="region"
            aria-label={t('incidents.title')}
          >
            <table className="table">
              <thead>
                <tr>
                  <th scope="col">{t('incidents.columns.ref')}</th>
                  <th scope="col">{t('incidents.columns.title')}</th>
                  <th scope="col">{t('incidents.columns.severity')}</th>
                  <th scope="col">{t('incidents.columns.status')}</th>
                  <th scope="col">{t('incidents.columns.started')}</th>
                </tr>
              </thead>
              <tbody>
                {connection.nodes.map((incident) => (
                  <tr key={incident.id}>
                    <td>
                      <Link to={`/incidents/${incident.ref}`}>{incident.ref}</Link>
                    </td>
                    <th scope="row">
                      <Link to={`/incidents/${incident.ref}`}>{incident.title}</Link>
                    </th>
                    <td>
                      <SeverityBadge severity={incident.severity} />
                    </td>
                    <td>{t(`incidentStatus.${incident.status}`)}</td>
                    <td>{format.dateTime(incident.startedAt)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
        {connection?.pageInfo.hasNextPage ? (
          <button
            type="button"
            className="button"
            onClick={() => setPageSize((size) => size + PAGE_SIZE)}
          >
            {t('incidents.loadMore')}
          </button>
        ) : null}
      </Card>
    </div>
  );
}
