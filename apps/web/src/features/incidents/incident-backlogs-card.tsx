import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { Card } from '@lagebild/ui';
import type { IncidentQuery as IncidentResult } from '../../lib/graphql/generated/graphql';
import { useFormat } from '../../lib/format';

type IncidentView = NonNullable<IncidentResult['incidentByRef']>;

/**
 * The backlogs this incident caused. While one is open the business is not recovered, even
 * when the technology works again (two-phase closure).
 */
export function IncidentBacklogsCard({ incident }: { incident: IncidentView }) {
  const { t } = useTranslation();
  const format = useFormat();
  if (incident.backlogs.length === 0) return null;
  return (
    <Card title={t('incident.backlogs')}>
      <ul className="backlog-list">
        {incident.backlogs.map((backlog) => (
          <li key={backlog.key} className="backlog-list__item">
            <Link to="/backlogs" className="backlog-list__title">
              {backlog.name}
            </Link>
            <div>
              <strong>{format.number(backlog.open)}</strong> {backlog.unit}
              {' · '}
              {backlog.accepted
                ? t('incident.backlogAccepted')
                : backlog.forecast.clearsAt
                  ? t('overview.clearsAt', { time: format.dateTime(backlog.forecast.clearsAt) })
                  : t('overview.neverClears')}
            </div>
            {backlog.forecast.itemsWillMissPromiseCount === null ? (
              backlog.promiseHours !== null && !backlog.accepted ? (
                <div className="muted">{t('backlogs.itemsMissingUnknown')}</div>
              ) : null
            ) : backlog.forecast.itemsWillMissPromiseCount > 0 ? (
              <div className="text-critical">
                {t('backlogs.itemsMissing', { count: backlog.forecast.itemsWillMissPromiseCount })}
              </div>
            ) : null}
          </li>
        ))}
      </ul>
    </Card>
  );
}
