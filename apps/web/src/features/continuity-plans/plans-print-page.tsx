import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { ErrorState, LoadingState } from '@lagebild/ui';
import { toApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useFormat } from '../../lib/format';
import { PlansPrintQuery } from './continuity-plans.queries';
import { PlanText } from './continuation-plans-card';

/**
 * One service's continuation plans on one printed page, in the reader's language: each plan's
 * owner, steps as a checklist and needs, and the organisation's contact ways for when the phones
 * are down.
 */
export function PlansPrintPage() {
  const { key = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const problemText = useProblemText();
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: PlansPrintQuery,
    variables: { serviceKey: key },
  });
  const name = data?.services.find((service) => service.key === key)?.name ?? key;
  useDocumentTitle(t('plans.printTitle', { name }));

  if (fetching && !data) return <LoadingState label={t('common.loading')} />;
  if (!data) {
    return (
      <ErrorState
        message={error ? problemText(toApiProblem(error)) : t('common.notFound')}
        retryLabel={t('common.retry')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  const organisation = data.statusPage;
  return (
    <article className="print-page" data-print-service={key}>
      <div className="print-page__tools">
        <Link to="/services">{t('plans.back')}</Link>{' '}
        <button type="button" className="button button--primary" onClick={() => window.print()}>
          {t('plans.printButton')}
        </button>
      </div>
      <header>
        <p className="print-page__organisation">{organisation.organisationName}</p>
        <h1>{t('plans.printTitle', { name })}</h1>
        <p>{t('plans.printIntro', { name })}</p>
      </header>
      {data.continuationPlans.length === 0 ? <p>{t('plans.empty')}</p> : null}
      {data.continuationPlans.map((plan) => (
        <section key={plan.id} className="print-page__plan">
          <h2>{plan.title}</h2>
          <PlanText plan={plan} checklist />
        </section>
      ))}
      <section className="print-page__contacts">
        <h2>{t('plans.contacts')}</h2>
        <ul>
          {organisation.supportContact ? <li>{organisation.supportContact}</li> : null}
          {organisation.contactWays.map((way, index) => (
            <li key={index}>
              {way.label}: {way.value}
            </li>
          ))}
        </ul>
      </section>
      <p className="print-page__printed">
        {t('plans.printedAt', { time: format.dateTime(new Date().toISOString()) })}
      </p>
    </article>
  );
}
