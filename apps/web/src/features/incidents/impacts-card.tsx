import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { SERVICE_STATUSES, type ServiceStatus, wholeMinutesBetween } from '@lagebild/domain';
import { Card, EmptyState, RtoProgress, StatusBadge } from '@lagebild/ui';
import type { IncidentQuery as IncidentResult } from '../../lib/graphql/generated/graphql';
import { toApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useFormat } from '../../lib/format';
import { FormField } from '../../lib/forms/form-field';
import { SetServiceImpactMutation } from './incidents.queries';

type IncidentView = NonNullable<IncidentResult['incidentByRef']>;

/** Minutes an impact has lasted: until it ended, or until now while it is open. */
function impactMinutes(since: string, until: string | null, now: Date): number {
  return wholeMinutesBetween(new Date(since), until ? new Date(until) : now);
}

export interface ImpactsCardProps {
  incident: IncidentView;
  services: IncidentResult['services'];
  canEdit: boolean;
  now: Date;
  onChanged: () => void;
}

/** The services this incident impairs, each against its RTO, and the control to change one. */
export function ImpactsCard({ incident, services, canEdit, now, onChanged }: ImpactsCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const problemText = useProblemText();
  const [serviceKey, setServiceKey] = useState(services[0]?.key ?? '');
  const [status, setStatus] = useState<ServiceStatus>('MAJOR_OUTAGE');
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, setImpact] = useMutation(SetServiceImpactMutation);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const result = await setImpact({
      input: { incidentId: incident.id, version: incident.version, serviceKey, status },
    });
    if (result.error) {
      setProblem(problemText(toApiProblem(result.error)));
      return;
    }
    setProblem(null);
    onChanged();
  };

  const nameOf = (key: string): string =>
    services.find((service) => service.key === key)?.name ?? key;
  const indirect = incident.affectedServices.filter((affected) => !affected.direct);
  const impacts = [...incident.impacts].sort(
    (a, b) => Number(a.until !== null) - Number(b.until !== null),
  );

  return (
    <Card title={t('incident.impacts')}>
      {impacts.length === 0 ? <EmptyState>{t('incident.noImpacts')}</EmptyState> : null}
      <ul className="impacts">
        {impacts.map((impact) => {
          const minutes = impactMinutes(impact.since, impact.until, now);
          const rto = impact.service.rtoMinutes;
          const label =
            minutes > rto
              ? t('overview.rtoPassed', { duration: format.duration(minutes - rto) })
              : t('overview.rtoLeft', { duration: format.duration(rto - minutes) });
          return (
            <li key={`${impact.serviceKey}-${impact.since}`} className="impacts__item">
              <div className="impacts__head">
                <strong>{impact.service.name}</strong>
                <StatusBadge status={impact.status} label={t(`serviceStatus.${impact.status}`)} />
              </div>
              <div className="muted">
                {impact.until
                  ? `${format.dateTime(impact.since)} – ${format.dateTime(impact.until)}`
                  : t('incident.impactSince', { time: format.dateTime(impact.since) })}
              </div>
              {impact.until ? null : (
                <RtoProgress
                  elapsedMinutes={minutes}
                  rtoMinutes={rto}
                  label={label}
                  name={`${impact.service.name} RTO`}
                />
              )}
            </li>
          );
        })}
      </ul>
      {indirect.length > 0 ? (
        <div className="indirect">
          <h3 className="indirect__title">{t('incident.indirect')}</h3>
          <ul>
            {indirect.map((affected) => (
              <li key={affected.serviceKey}>
                {t('incident.indirectVia', {
                  name: nameOf(affected.serviceKey),
                  causes: affected.causedBy.map(nameOf).join(', '),
                })}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {canEdit ? (
        <form className="form impact-form" onSubmit={(event) => void submit(event)} noValidate>
          <div className="form__row">
            <FormField label={t('services.title')}>
              {(props) => (
                <select
                  {...props}
                  name="serviceKey"
                  value={serviceKey}
                  onChange={(event) => setServiceKey(event.target.value)}
                >
                  {services.map((service) => (
                    <option key={service.key} value={service.key}>
                      {service.name}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField label={t('services.fields.status')}>
              {(props) => (
                <select
                  {...props}
                  name="impactStatus"
                  value={status}
                  onChange={(event) => setStatus(event.target.value as ServiceStatus)}
                >
                  {SERVICE_STATUSES.map((option) => (
                    <option key={option} value={option}>
                      {t(`serviceStatus.${option}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
          </div>
          {problem ? (
            <p className="form__error" role="alert">
              {problem}
            </p>
          ) : null}
          <div className="form__actions">
            <button type="submit" className="button" disabled={fetching || !serviceKey}>
              {t('incident.setImpact')}
            </button>
          </div>
        </form>
      ) : null}
    </Card>
  );
}
