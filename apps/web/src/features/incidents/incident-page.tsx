import { useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorState, LoadingState, SeverityBadge } from '@lagebild/ui';
import type { IncidentStatus } from '@lagebild/domain';
import { toApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useFormat } from '../../lib/format';
import { useNow } from '../../lib/use-now';
import { useCan } from '../auth/permissions';
import { IncidentChangedSubscription, IncidentQuery } from './incidents.queries';
import { useLiveRefresh } from '../../lib/use-live-refresh';
import { IncidentMetricsCard } from './incident-metrics-card';
import { TimelineCard } from './timeline-card';
import { ImpactsCard } from './impacts-card';
import { RecoveryPlanCard } from './recovery-plan-card';
import { CommunicationCard } from './communication-card';
import { IncidentBacklogsCard } from './incident-backlogs-card';
import { IncidentDetailsForm } from './incident-details-form';
import { IncidentPlansCard } from '../continuity-plans/incident-plans-card';
import { PersonalDataCard } from '../personal-data/personal-data-card';
import { PublicView } from './public-view';

export function IncidentPage() {
  const { ref = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const problemText = useProblemText();
  const canRespond = useCan('RESPONDER');
  const now = useNow(30_000);
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: IncidentQuery,
    variables: { ref },
  });
  const reload = (): void => reexecute({ requestPolicy: 'network-only' });
  const incident = data?.incidentByRef;
  useLiveRefresh(IncidentChangedSubscription, { id: incident?.id ?? null }, reload, !incident);
  useDocumentTitle(incident ? `${incident.ref} ${incident.title}` : ref);
  const [chosenStatus, setChosenStatus] = useState<IncidentStatus | null>(null);
  const [editing, setEditing] = useState(false);
  const updateForm = useRef<HTMLTextAreaElement>(null);

  if (fetching && !data) return <LoadingState label={t('common.loading')} />;
  if (!incident) {
    return (
      <ErrorState
        message={error ? problemText(toApiProblem(error)) : t('common.notFound')}
        retryLabel={t('common.retry')}
        onRetry={reload}
      />
    );
  }

  return (
    <div className="stack">
      <header className="incident-header">
        <p className="incident-header__crumbs">
          <Link to="/incidents">{t('nav.incidents')}</Link> / {incident.ref}
        </p>
        <h1>
          <span className="incident-header__ref">{incident.ref}</span> {incident.title}
        </h1>
        <div className="incident-header__badges">
          <SeverityBadge severity={incident.severity} label={t(`severity.${incident.severity}`)} />
          <span className={`incident-status incident-status--${incident.status.toLowerCase()}`}>
            {t(`incidentStatus.${incident.status}`)}
          </span>
        </div>
        {incident.summary ? <p className="incident-header__summary">{incident.summary}</p> : null}
        {incident.status === 'RESOLVED' ? (
          <div>
            <Link to={`/incidents/${incident.ref}/review`} className="button button--small">
              {t('review.open')}
            </Link>
          </div>
        ) : null}
        {canRespond && !editing ? (
          <div>
            <button type="button" className="button button--small" onClick={() => setEditing(true)}>
              {t('incident.editDetails')}
            </button>
          </div>
        ) : null}
        {editing ? (
          <IncidentDetailsForm
            incident={incident}
            onReload={reload}
            onDone={() => {
              setEditing(false);
              reload();
            }}
          />
        ) : null}
        <dl className="facts">
          <div>
            <dt>{t('incident.started')}</dt>
            <dd>{format.dateTime(incident.startedAt)}</dd>
          </div>
          <div>
            <dt>{t('incident.detected')}</dt>
            <dd>{format.dateTime(incident.detectedAt)}</dd>
          </div>
          {incident.resolvedAt ? (
            <div>
              <dt>{t('incident.resolved')}</dt>
              <dd>{format.dateTime(incident.resolvedAt)}</dd>
            </div>
          ) : null}
          {incident.commander ? (
            <div>
              <dt>{t('incident.commander')}</dt>
              <dd>{incident.commander}</dd>
            </div>
          ) : null}
          <PublicView incidentId={incident.id} version={incident.version} />
        </dl>
        {canRespond && incident.allowedNextStatuses.length > 0 ? (
          <div className="next-states" role="group" aria-label={t('incident.nextStates')}>
            <span className="next-states__label">{t('incident.nextStates')}:</span>
            {incident.allowedNextStatuses.map((status) => (
              <button
                key={status}
                type="button"
                className="button button--small"
                aria-pressed={chosenStatus === status}
                onClick={() => {
                  setChosenStatus(status);
                  updateForm.current?.focus();
                }}
              >
                {t(`incidentStatus.${status}`)}
              </button>
            ))}
          </div>
        ) : null}
      </header>
      <div className="split">
        <TimelineCard
          incident={incident}
          canPost={canRespond}
          chosenStatus={chosenStatus}
          onChooseStatus={setChosenStatus}
          bodyRef={updateForm}
          onPosted={() => {
            setChosenStatus(null);
            reload();
          }}
        />
        <div className="stack">
          <IncidentMetricsCard
            incident={incident}
            serviceName={(key) => data.services.find((service) => service.key === key)?.name ?? key}
          />
          <ImpactsCard
            incident={incident}
            services={data.services}
            canEdit={canRespond && incident.active}
            now={now}
            onChanged={reload}
          />
          <CommunicationCard incident={incident} canEdit={canRespond} onChanged={reload} />
          <IncidentPlansCard
            incident={{
              id: incident.id,
              active: incident.active,
              affectedServiceKeys: incident.affectedServices.map((affected) => affected.serviceKey),
              activeContinuationPlans: incident.activeContinuationPlans,
            }}
            canRespond={canRespond}
            onChanged={reload}
          />
          <IncidentBacklogsCard incident={incident} />
          <PersonalDataCard
            incidentId={incident.id}
            breach={incident.personalDataBreach}
            canEdit={canRespond}
            onChanged={reload}
          />
          <RecoveryPlanCard
            incident={incident}
            services={data.services}
            canEdit={canRespond}
            onChanged={reload}
          />
        </div>
      </div>
    </div>
  );
}
