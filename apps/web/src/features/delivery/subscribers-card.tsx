import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useQuery } from 'urql';
import { Card, ErrorState, LoadingState } from '@lagebild/ui';
import { FormProblem } from '../../lib/forms/form-problem';
import { toApiProblem, type ApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { SubscriberCountsQuery, SubscribersCsvQuery } from './delivery.queries';

/** How many people follow the status by e-mail, per service, and the list as CSV. */
export function SubscribersCard() {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const client = useClient();
  const [{ data, error, fetching }] = useQuery({ query: SubscriberCountsQuery });
  const [problem, setProblem] = useState<ApiProblem | null>(null);

  const download = async (): Promise<void> => {
    const result = await client
      .query(SubscribersCsvQuery, {}, { requestPolicy: 'network-only' })
      .toPromise();
    if (result.error || !result.data) {
      if (result.error) setProblem(toApiProblem(result.error));
      return;
    }
    setProblem(null);
    const blob = new Blob([result.data.statusSubscribersCsv], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = 'status-subscribers.csv';
    link.click();
    URL.revokeObjectURL(link.href);
  };

  const counts = data?.statusSubscriberCounts;
  return (
    <Card title={t('subscribers.title')}>
      {fetching && !data ? <LoadingState label={t('common.loading')} /> : null}
      {error && !data ? <ErrorState message={problemText(toApiProblem(error))} /> : null}
      {counts ? (
        <>
          <p data-testid="subscriber-counts">
            {t('subscribers.summary', {
              confirmed: counts.confirmed,
              pending: counts.pending,
              all: counts.allServices,
            })}
          </p>
          {counts.byService.length > 0 ? (
            <ul className="subscribers__services">
              {counts.byService.map((entry) => (
                <li key={entry.serviceKey}>
                  {t('subscribers.byService', {
                    service: entry.serviceKey,
                    count: entry.confirmed,
                  })}
                </li>
              ))}
            </ul>
          ) : null}
        </>
      ) : null}
      <FormProblem message={problem ? problemText(problem) : undefined} />
      <button type="button" className="button" onClick={() => void download()}>
        {t('subscribers.export')}
      </button>
    </Card>
  );
}
