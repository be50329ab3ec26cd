import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import {
  Alarm,
  Card,
  EmptyState,
  ErrorState,
  LoadingState,
  RtoProgress,
  SeverityBadge,
  StatCard,
  StatusBadge,
} from '@lagebild/ui';
import { toApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useFormat } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { OverviewQuery } from './overview.queries';

/**
 * Management's situation picture: what is down and since when, each active incident, recovery
 * against each service's RTO, the backlogs and when they clear. Readable in ten seconds.
 */
export function OverviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('overview.title'));
  const format = useFormat();
  const problemText = useProblemText();
  const now = useNow(30_000);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: OverviewQuery });

  if (fetching && !data) return <LoadingState label={t('common.loading')} />;
  if (!data) {
    return (
      <ErrorState
        message={error ? problemText(toApiProblem(error)) : t('errors.network')}
        retryLabel={t('common.retry')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }

  const incidents = data.incidents.nodes;
  const down = incidents
    .flatMap((incident) =>
      incident.impacts
        .filter((impact) => impact.until === null)
        .map((impact) => ({ ...impact, incidentRef: incident.ref })),
    )
    .sort((a, b) => a.service.tier - b.service.tier || a.since.localeCompare(b.since));
  const backlogs = data.backlogs.filter((backlog) => !backlog.accepted);
  const openItems = backlogs.reduce((sum, backlog) => sum + backlog.forecast.open, 0);
  const promisesMissed = backlogs.reduce(
    (sum, backlog) => sum + backlog.forecast.itemsMissingPromiseCount,
    0,
  );

  const overdue = incidents.filter((incident) => incident.communicationDebt.status === 'OVERDUE');

  return (
    <div className="stack overview">
      <header className="page__header overview__header">
        <h1>{t('overview.title')}</h1>
        <p className="page__intro">
          {t('overview.asOf', { time: format.dateTime(now.toISOString()) })}
        </p>
      </header>
      {overdue.length > 0 ? (
        <div className="alarms" data-testid="debt-alarms">
          {overdue.map((incident) => (
            <Alarm key={incident.id} title={t('overview.debtAlarmTitle')}>
              <Link to={`/incidents/${incident.ref}`}>
                {incident.communicationDebt.lastPublicUpdateAt
                  ? t('overview.debtAlarmBody', {
                      ref: incident.ref,
                      title: incident.title,
                      since: format.relative(incident.communicationDebt.lastPublicUpdateAt, now),
                      overdue: format.duration(incident.communicationDebt.overdueMinutes),
                    })
                  : t('overview.debtAlarmNeverBody', {
                      ref: incident.ref,
                      title: incident.title,
                      overdue: format.duration(incident.communicationDebt.overdueMinutes),
                    })}
              </Link>
            </Alarm>
          ))}
        </div>
      ) : null}
      <div className="stats">
        <StatCard
          label={t('overview.stats.servicesDown')}
          value={down.length}
          tone={down.length > 0 ? 'critical' : 'good'}
        />
        <StatCard
          label={t('overview.stats.activeIncidents')}
          value={incidents.length}
          tone={incidents.length > 0 ? 'warning' : 'good'}
        />
        <StatCard
          label={t('overview.stats.communicationOverdue')}
          value={overdue.length}
          tone={overdue.length > 0 ? 'critical' : 'good'}
        />
        <StatCard label={t('overview.stats.openBacklog')} value={format.number(openItems)} />
        <StatCard
          label={t('overview.stats.promisesMissed')}
          value={format.number(promisesMissed)}
          tone={promisesMissed > 0 ? 'critical' : 'good'}
        />
      </div>
      <div className="grid overview__grid">
        <Card title={t('overview.servicesDown')} tone={down.length > 0 ? 'critical' : 'good'}>
          {down.length === 0 ? <EmptyState>{t('overview.noServicesDown')}</EmptyState> : null}
          <ul className="impacts">
            {down.map((impact) => {
              const minutes = Math.max(
                0,
                Math.round((now.getTime() - Date.parse(impact.since)) / 60_000),
              );
              const rto = impact.service.rtoMinutes;
              const label =
                minutes > rto
                  ? t('overview.rtoPassed', { duration: format.duration(minutes - rto) })
                  : t('overview.rtoLeft', { duration: format.duration(rto - minutes) });
              return (
                <li key={`${impact.incidentRef}-${impact.serviceKey}`} className="impacts__item">
                  <div className="impacts__head">
                    <strong>{impact.service.name}</strong>
                    <StatusBadge
                      status={impact.status}
                      label={t(`serviceStatus.${impact.status}`)}
                    />
                  </div>
                  <div className="muted">
                    {t('overview.since', { time: format.dateTime(impact.since) })}
                  </div>
                  <RtoProgress
                    elapsedMinutes={minutes}
                    rtoMinutes={rto}
                    label={label}
                    name={`${impact.service.name} RTO`}
                  />
                </li>
              );
            })}
          </ul>
        </Card>
        <Card title={t('overview.incidents')}>
          {incidents.length === 0 ? <EmptyState>{t('overview.noIncidents')}</EmptyState> : null}
          <ul className="incident-list">
            {incidents.map((incident) => (
              <li key={incident.id} className="incident-list__item">
                <Link to={`/incidents/${incident.ref}`} className="incident-list__title">
                  {incident.ref} {incident.title}
                </Link>
                <div className="incident-list__meta">
                  <SeverityBadge
                    severity={incident.severity}
                    label={t(`severity.${incident.severity}`)}
                  />
                  <span>{t(`incidentStatus.${incident.status}`)}</span>
                  <span className="muted">
                    {t('overview.since', { time: format.dateTime(incident.startedAt) })}
                  </span>
                </div>
              </li>
            ))}
          </ul>
        </Card>
        <Card title={t('overview.backlogs')}>
          {backlogs.length === 0 ? <EmptyState>{t('overview.noBacklogs')}</EmptyState> : null}
          <ul className="backlog-list">
            {backlogs.map((backlog) => (
              <li key={backlog.key} className="backlog-list__item">
                <Link to="/backlogs" className="backlog-list__title">
                  {backlog.name}
                </Link>
                <div>
                  <strong>{format.number(backlog.forecast.open)}</strong> {backlog.unit}
                  {' · '}
                  {backlog.forecast.clearsAt ? (
                    t('overview.clearsAt', { time: format.dateTime(backlog.forecast.clearsAt) })
                  ) : (
                    <span className="text-critical">{t('overview.neverClears')}</span>
                  )}
                </div>
                {backlog.forecast.itemsMissingPromiseCount > 0 ? (
                  <div className="text-critical">
                    {t('overview.missed', { count: backlog.forecast.itemsMissingPromiseCount })}
                  </div>
                ) : null}
              </li>
            ))}
          </ul>
        </Card>
      </div>
    </div>
  );
}
