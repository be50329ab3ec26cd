import { useTranslation } from 'react-i18next';
import { Card } from '@lagebild/ui';
import type { IncidentQuery as IncidentResult } from '../../lib/graphql/generated/graphql';
import { useFormat } from '../../lib/format';

type IncidentView = NonNullable<IncidentResult['incidentByRef']>;
type ServiceMetric = IncidentView['metrics']['services'][number];

/**
 * The owner's numbers for one incident, as the API's metrics give them: how long until
 * customers first heard from us, the longest silence, how long to resolve, and per service
 * whether its recovery time objective was met.
 */
export function IncidentMetricsCard({
  incident,
  serviceName,
}: {
  incident: IncidentView;
  serviceName: (key: string) => string;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const { metrics } = incident;

  const rtoText = (service: ServiceMetric): string => {
    switch (service.outcome) {
      case 'RECOVERED_WITHIN_RTO':
        return t('metrics.rto.RECOVERED_WITHIN_RTO', {
          duration: format.duration(service.timeToRecoverMinutes ?? 0),
        });
      case 'RECOVERED_LATE':
        return t('metrics.rto.RECOVERED_LATE', {
          duration: format.duration(service.minutesOverRto),
        });
      case 'OPEN_RTO_BREACHED':
        return t('metrics.rto.OPEN_RTO_BREACHED', {
          duration: format.duration(service.minutesOverRto),
        });
      case 'OPEN_WITHIN_RTO':
        return t('metrics.rto.OPEN_WITHIN_RTO', {
          duration: format.duration(
            Math.max(0, (service.rtoMinutes ?? 0) - service.impairedMinutes),
          ),
        });
      default:
        return t('metrics.rto.NO_RTO');
    }
  };

  return (
    <Card title={t('metrics.title')}>
      <dl className="metrics">
        <div>
          <dt>{t('metrics.firstPublicWord')}</dt>
          <dd>
            {metrics.timeToFirstPublicUpdateMinutes === null
              ? t('metrics.noPublicWord')
              : format.duration(metrics.timeToFirstPublicUpdateMinutes)}
          </dd>
        </div>
        <div>
          <dt>{t('metrics.longestSilence')}</dt>
          <dd>
            {format.duration(metrics.longestSilenceMinutes)}
            {metrics.longestSilenceFrom && metrics.longestSilenceTo ? (
              <span className="muted">
                {' '}
                {t('metrics.fromTo', {
                  from: format.dateTime(metrics.longestSilenceFrom),
                  to: format.dateTime(metrics.longestSilenceTo),
                })}
              </span>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t('metrics.timeToResolve')}</dt>
          <dd>
            {metrics.timeToResolveMinutes === null
              ? t('metrics.notResolved')
              : format.duration(metrics.timeToResolveMinutes)}
          </dd>
        </div>
      </dl>
      {metrics.services.length > 0 ? (
        <ul className="metrics__services">
          {metrics.services.map((service) => (
            <li key={service.serviceKey} data-rto-outcome={service.outcome}>
              <strong>{serviceName(service.serviceKey)}</strong>: {rtoText(service)}
            </li>
          ))}
        </ul>
      ) : null}
    </Card>
  );
}
