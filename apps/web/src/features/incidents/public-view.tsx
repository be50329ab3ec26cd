import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { usePublicTitleText } from '../../lib/words/public-title-text';
import { IncidentPublicViewQuery } from './incidents.queries';

/**
 * What customers read about this incident, straight from the public page: its public title, or
 * that it is not shown there at all. `version` re-reads it after every change of the incident.
 */
export function PublicView({ incidentId, version }: { incidentId: string; version: number }) {
  const { t } = useTranslation();
  const publicTitle = usePublicTitleText();
  const [{ data }] = useQuery({
    query: IncidentPublicViewQuery,
    requestPolicy: 'network-only',
    // A new context (a new version) runs the query again.
    context: useMemo(() => ({ version }), [version]),
  });
  if (!data) return null;
  const shown = [...data.statusPage.activeIncidents, ...data.statusPage.recentIncidents].find(
    (incident) => incident.id === incidentId,
  );
  return (
    <div>
      <dt>{t('incident.publicView')}</dt>
      <dd data-testid="public-view">{shown ? publicTitle(shown) : t('incident.publicViewNone')}</dd>
    </div>
  );
}
