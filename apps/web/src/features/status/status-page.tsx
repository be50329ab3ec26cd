import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LoadingState, StatusBadge } from '@lagebild/ui';
import type {
  ContactWayKind,
  PublicIncidentFieldsFragment,
} from '../../lib/graphql/generated/graphql';
import { toApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useFormat } from '../../lib/format';
import { useInterval } from '../../lib/use-interval';
import { usePublicTitleText } from '../../lib/words/public-title-text';
import { StatusPageQuery } from './status.queries';
import { SubscribeForm } from './subscribe-form';

const REFRESH_MS = 60_000;

function PublicIncident({
  incident,
  names,
}: {
  incident: PublicIncidentFieldsFragment;
  names: Map<string, string>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const publicTitle = usePublicTitleText();
  // Oldest first reads like a story; the promise that stands is the API's (the newest word's).
  const updates = [...incident.updates].reverse();
  const { nextUpdateAt } = incident;
  return (
    <article className="public-incident" aria-labelledby={`incident-${incident.id}`}>
      <h3 id={`incident-${incident.id}`} className="public-incident__title">
        {publicTitle(incident)}
      </h3>
      <p className="public-incident__meta">
        <span className="public-incident__status">{t(`incidentStatus.${incident.status}`)}</span>
        {' · '}
        {incident.resolvedAt
          ? t('status.resolvedAt', { time: format.dateTime(incident.resolvedAt) })
          : t('overview.since', { time: format.dateTime(incident.startedAt) })}
        {incident.affectedServiceKeys.length > 0
          ? ` · ${incident.affectedServiceKeys.map((key) => names.get(key) ?? key).join(', ')}`
          : null}
      </p>
      {nextUpdateAt ? (
        <p className="public-incident__next">
          {t('status.nextUpdate', { time: format.dateTime(nextUpdateAt) })}
        </p>
      ) : null}
      <ol className="public-updates">
        {updates.map((update) => (
          <li key={update.id} className="public-updates__item">
            <div className="public-updates__meta">
              <strong>{t(`incidentStatus.${update.status}`)}</strong>
              {' · '}
              <time dateTime={update.displayAt}>{format.dateTime(update.displayAt)}</time>
            </div>
            <p className="public-updates__body">{update.body}</p>
          </li>
        ))}
      </ol>
    </article>
  );
}

/** A contact way as a link where one applies (mail, phone, web), else as written. */
function ContactValue({ kind, value }: { kind: ContactWayKind; value: string }) {
  const href =
    kind === 'EMAIL'
      ? `mailto:${value}`
      : kind === 'PHONE'
        ? `tel:${value.replace(/[^+\d]/g, '')}`
        : kind === 'WEB' && /^https?:\/\//i.test(value)
          ? value
          : null;
  return href ? <a href={href}>{value}</a> : <>{value}</>;
}

/**
 * The public status page: no login, the visitor's language, readable on a phone. Shows only
 * what the API marks public; refreshes itself every minute.
 */
export function StatusPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const problemText = useProblemText();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: StatusPageQuery,
    requestPolicy: 'cache-and-network',
  });
  useInterval(() => reexecute({ requestPolicy: 'network-only' }), REFRESH_MS);

  const page = data?.statusPage;
  // The title the organisation set, else the page's own; the name always says who speaks.
  const title = page?.title || t('status.title');
  useDocumentTitle(page ? `${title} · ${page.organisationName}` : title);

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
  const { statusPage } = data;
  const names = new Map(statusPage.services.map((service) => [service.key, service.name]));
  return (
    <div className="stack status-page">
      <header className="status-page__header">
        <p className="status-page__organisation">{statusPage.organisationName}</p>
        <h1>{title}</h1>
      </header>
      <section
        className={`overall overall--${statusPage.indicator}`}
        aria-label={t('status.overall')}
        data-indicator={statusPage.indicator}
      >
        <p className="overall__text">{t(`status.indicator.${statusPage.indicator}`)}</p>
        <p className="overall__updated">
          {t('status.updated', { time: format.dateTime(statusPage.updatedAt) })}
        </p>
      </section>
      {statusPage.supportContact || statusPage.contactWays.length > 0 ? (
        <section aria-labelledby="status-contact" className="status-contact">
          <h2 id="status-contact">{t('organisation.public.contact')}</h2>
          <dl className="status-contact__list">
            {statusPage.supportContact ? (
              <div>
                <dt>{t('organisation.public.support')}</dt>
                <dd>{statusPage.supportContact}</dd>
              </div>
            ) : null}
            {statusPage.contactWays.map((way, index) => (
              <div key={index}>
                <dt>{way.label}</dt>
                <dd>
                  <ContactValue kind={way.kind} value={way.value} />
                </dd>
              </div>
            ))}
          </dl>
        </section>
      ) : null}
      <section aria-labelledby="status-active">
        <h2 id="status-active">{t('status.activeIncidents')}</h2>
        {statusPage.activeIncidents.length === 0 ? (
          <EmptyState>{t('status.noActiveIncidents')}</EmptyState>
        ) : (
          statusPage.activeIncidents.map((incident) => (
            <PublicIncident key={incident.id} incident={incident} names={names} />
          ))
        )}
      </section>
      <section aria-labelledby="status-services">
        <h2 id="status-services">{t('status.services')}</h2>
        <ul className="public-services">
          {statusPage.services.map((service) => (
            <li key={service.key} className="public-services__item">
              <span>{service.name}</span>
              <StatusBadge status={service.status} label={t(`serviceStatus.${service.status}`)} />
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="status-history">
        <h2 id="status-history">{t('status.history')}</h2>
        {statusPage.recentIncidents.length === 0 ? (
          <EmptyState>{t('status.noHistory')}</EmptyState>
        ) : (
          statusPage.recentIncidents.map((incident) => (
            <PublicIncident key={incident.id} incident={incident} names={names} />
          ))
        )}
      </section>
      <section aria-labelledby="status-subscribe">
        <h2 id="status-subscribe">{t('subscribe.title')}</h2>
        <SubscribeForm services={statusPage.services} />
      </section>
      <p>
        <a href="/status/feed.atom" type="application/atom+xml">
          {t('status.feed')}
        </a>
      </p>
    </div>
  );
}
