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
import { useInterval } from '../../lib/use-interval';
import { useOverviewLive } from './use-overview-live';
import { useReasonText } from '../../lib/words/reason-text';
import { useSupplierGapText } from '../../lib/words/supplier-gap-text';
import { OverviewQuery } from './overview.queries';
import { NotificationClockText } from '../personal-data/notification-clock-text';

/** The picture is recomputed by the API; a minute is enough for countdowns between changes. */
const REFRESH_MS = 60_000;

/**
 * Management's situation picture: what is down and since when, each active incident, recovery
 * against each service's RTO, the backlogs and when they clear, silence towards customers and
 * incidents whose technology is back but whose business is not. Readable in ten seconds.
 */
export function OverviewPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('overview.title'));
  const format = useFormat();
  const problemText = useProblemText();
  const reasonText = useReasonText();
  const supplierGapText = useSupplierGapText();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: OverviewQuery });
  const refresh = (): void => reexecute({ requestPolicy: 'network-only' });
  useInterval(refresh, REFRESH_MS);
  useOverviewLive(refresh);

  if (fetching && !data) return <LoadingState label={t('common.loading')} />;
  if (!data) {
    return (
      <ErrorState
        message={error ? problemText(toApiProblem(error)) : t('errors.network')}
        retryLabel={t('common.retry')}
        onRetry={refresh}
      />
    );
  }

  const overview = data.overview;
  const now = new Date(overview.asOf);
  const down = overview.servicesNotOperational;
  const overdue = overview.overdueCommunications;
  const backlogs = overview.backlogs;
  const cost = overview.outageCost;
  const gaps = overview.supplierGaps;

  // The ranked plan's first open tasks per active incident (the API names at most three), with
  // the two weightiest reasons.
  const plans = overview.activeIncidents
    .map(({ incident, firstTasks }) => ({ incident, top: firstTasks }))
    .filter((plan) => plan.top.length > 0);

  return (
    <div className="stack overview">
      <header className="page__header overview__header">
        <h1>{t('overview.title')}</h1>
        <p className="page__intro">
          {t('overview.asOf', { time: format.dateTime(overview.asOf) })}
        </p>
      </header>
      {overdue.length > 0 ? (
        <div className="alarms" data-testid="debt-alarms">
          {overdue.map(({ incident, debt }) => (
            <Alarm key={incident.id} title={t('overview.debtAlarmTitle')}>
              <Link to={`/incidents/${incident.ref}`}>
                {debt.lastPublicUpdateAt
                  ? t('overview.debtAlarmBody', {
                      ref: incident.ref,
                      title: incident.title,
                      since: format.relative(debt.lastPublicUpdateAt, now),
                      overdue: format.duration(debt.overdueMinutes),
                    })
                  : t('overview.debtAlarmNeverBody', {
                      ref: incident.ref,
                      title: incident.title,
                      overdue: format.duration(debt.overdueMinutes),
                    })}
              </Link>
            </Alarm>
          ))}
        </div>
      ) : null}
      <div className="stats">
        <StatCard
          label={t('overview.stats.servicesDown')}
          value={format.number(down.length)}
          tone={down.length > 0 ? 'critical' : 'good'}
        />
        <StatCard
          label={t('overview.stats.activeIncidents')}
          value={format.number(overview.activeIncidentCount)}
          tone={overview.activeIncidentCount > 0 ? 'warning' : 'good'}
        />
        <StatCard
          label={t('overview.stats.communicationOverdue')}
          value={format.number(overdue.length)}
          tone={overdue.length > 0 ? 'critical' : 'good'}
        />
        <StatCard
          label={t('overview.stats.openBacklog')}
          value={format.number(backlogs.totalOpen)}
          hint={
            backlogs.someNeverClear
              ? t('overview.neverClears')
              : backlogs.clearsAt
                ? t('overview.clearsAt', { time: format.dateTime(backlogs.clearsAt) })
                : undefined
          }
          tone={backlogs.someNeverClear ? 'critical' : 'neutral'}
        />
        <StatCard
          label={t('overview.stats.promisesMissed')}
          value={format.number(overview.promisesMissed.total)}
          tone={overview.promisesMissed.total > 0 ? 'critical' : 'good'}
        />
        <StatCard
          label={t('overview.stats.outageCost')}
          value={format.euros(cost.euros)}
          hint={
            cost.since ? (
              <>
                {t('overview.outageCostHint', {
                  orders: format.number(cost.orders),
                  time: format.dateTime(cost.since),
                })}
                {cost.unestimatedServiceKeys.length > 0 ? (
                  <>
                    <br />
                    {t('overview.outageCostUnestimated', {
                      count: cost.unestimatedServiceKeys.length,
                    })}
                  </>
                ) : null}
              </>
            ) : (
              t('overview.outageCostNone')
            )
          }
          tone={cost.euros > 0 ? 'warning' : 'neutral'}
        />
      </div>
      {overview.notBusinessRecovered.length > 0 ? (
        <div className="alarms">
          {overview.notBusinessRecovered.map(({ incident, gaps }) => (
            <Alarm key={incident.id} tone="warning" title={t('overview.notRecoveredTitle')}>
              <Link to={`/incidents/${incident.ref}`}>
                {incident.ref} {incident.title}
              </Link>
              {': '}
              {gaps
                .map((gap) =>
                  gap.code === 'NOT_RESOLVED'
                    ? t('gap.NOT_RESOLVED', {
                        status: gap.status ? t(`incidentStatus.${gap.status}`) : '',
                      })
                    : gap.code === 'BACKLOG_OPEN'
                      ? t('gap.BACKLOG_OPEN', { name: gap.backlogName ?? '', count: gap.open ?? 0 })
                      : t('gap.CUSTOMERS_NOT_TOLD'),
                )
                .join(' ')}
            </Alarm>
          ))}
        </div>
      ) : null}
      {gaps.length > 0 ? (
        <div className="alarms" data-testid="supplier-gaps">
          <Alarm tone="warning" title={t('overview.supplierGaps')}>
            <ul className="gap-list">
              {gaps.map((gap) => (
                <li key={`${gap.serviceKey}>${gap.supplierKey}`}>
                  <Link to="/services">{supplierGapText(gap)}</Link>
                </li>
              ))}
            </ul>
          </Alarm>
        </div>
      ) : null}
      <div className="grid overview__grid">
        <Card title={t('overview.doneFirst')}>
          {plans.length === 0 ? <EmptyState>{t('overview.noPlans')}</EmptyState> : null}
          {plans.map(({ incident, top }) => (
            <div key={incident.id} className="first-tasks">
              <Link to={`/incidents/${incident.ref}`} className="first-tasks__incident">
                {incident.ref} {incident.title}
              </Link>
              <ol className="first-tasks__list">
                {top.map((task) => (
                  <li key={task.id} className="first-tasks__task">
                    <strong>
                      {task.rank}. {task.title}
                    </strong>
                    <ul className="first-tasks__reasons">
                      {task.reasonDetails.slice(0, 2).map((reason, index) => (
                        <li key={`${reason.code}-${index}`}>
                          {reasonText(reason) ?? task.reasons[index]}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
              </ol>
            </div>
          ))}
        </Card>
        <Card title={t('overview.servicesDown')} tone={down.length > 0 ? 'critical' : 'good'}>
          {down.length === 0 ? <EmptyState>{t('overview.noServicesDown')}</EmptyState> : null}
          <ul className="impacts">
            {down.map((outage) => {
              const elapsed = outage.rtoMinutes - outage.minutesLeft + outage.minutesOverRto;
              const label = outage.rtoPassed
                ? t('overview.rtoPassed', { duration: format.duration(outage.minutesOverRto) })
                : t('overview.rtoLeft', { duration: format.duration(outage.minutesLeft) });
              return (
                <li key={outage.serviceKey} className="impacts__item">
                  <div className="impacts__head">
                    <strong>{outage.service.name}</strong>
                    <StatusBadge
                      status={outage.status}
                      label={t(`serviceStatus.${outage.status}`)}
                    />
                  </div>
                  <div className="muted">
                    {t('overview.since', { time: format.dateTime(outage.since) })}
                  </div>
                  <RtoProgress
                    elapsedMinutes={elapsed}
                    rtoMinutes={outage.rtoMinutes}
                    label={label}
                    name={`${outage.service.name} RTO`}
                  />
                </li>
              );
            })}
          </ul>
        </Card>
        <Card title={t('overview.incidents')}>
          {overview.activeIncidents.length === 0 ? (
            <EmptyState>{t('overview.noIncidents')}</EmptyState>
          ) : null}
          <ul className="incident-list">
            {overview.activeIncidents.map(
              ({ incident, recoveryProgress, promisesMissed, personalDataClock, activePlans }) => (
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
                  {recoveryProgress.taskCount > 0 ? (
                    <div
                      className={recoveryProgress.withinRto === false ? 'text-critical' : undefined}
                    >
                      {t('overview.planProgress', {
                        percent: recoveryProgress.percentDone,
                        done: recoveryProgress.doneTaskCount,
                        total: recoveryProgress.taskCount,
                      })}
                      {recoveryProgress.expectedCompletionAt
                        ? ` · ${t('overview.planDone', { time: format.dateTime(recoveryProgress.expectedCompletionAt) })}`
                        : null}
                    </div>
                  ) : null}
                  {promisesMissed > 0 ? (
                    <div className="text-critical">
                      {t('overview.missed', { count: promisesMissed })}
                    </div>
                  ) : null}
                  {personalDataClock ? <NotificationClockText clock={personalDataClock} /> : null}
                  {activePlans.length > 0 ? (
                    <div className="incident-list__plans">
                      {t('plans.overviewActive', {
                        titles: activePlans.map((plan) => plan.title).join(', '),
                      })}
                    </div>
                  ) : null}
                </li>
              ),
            )}
          </ul>
        </Card>
        <Card title={t('overview.backlogs')}>
          {backlogs.backlogs.length === 0 ? (
            <EmptyState>{t('overview.noBacklogs')}</EmptyState>
          ) : null}
          <ul className="backlog-list">
            {backlogs.backlogs.map((entry) => (
              <li key={entry.backlog.key} className="backlog-list__item">
                <Link to="/backlogs" className="backlog-list__title">
                  {entry.backlog.name}
                </Link>
                <div>
                  <strong>{format.number(entry.open)}</strong> {entry.backlog.unit}
                  {' · '}
                  {entry.clearsAt ? (
                    t('overview.clearsAt', { time: format.dateTime(entry.clearsAt) })
                  ) : (
                    <span className="text-critical">{t('overview.neverClears')}</span>
                  )}
                </div>
                {entry.itemsWillMissPromise === null ? (
                  entry.backlog.promiseHours !== null ? (
                    <div className="muted">{t('backlogs.itemsMissingUnknown')}</div>
                  ) : null
                ) : entry.itemsWillMissPromise > 0 ? (
                  <div className="text-critical">
                    {t('backlogs.itemsMissing', { count: entry.itemsWillMissPromise })}
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
