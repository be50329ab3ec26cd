import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { EmptyState, ErrorState, LoadingState } from '@lagebild/ui';
import { toApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useNow } from '../../lib/use-now';
import { BacklogCard } from './backlog-card';
import { CreateBacklogCard } from './create-backlog-card';
import { useCan } from '../auth/permissions';
import { BacklogsQuery } from './backlogs.queries';
import { useOverviewLive } from '../overview/use-overview-live';

export function BacklogsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('backlogs.title'));
  const problemText = useProblemText();
  const now = useNow(60_000);
  const [{ data, error, fetching }, reexecute] = useQuery({ query: BacklogsQuery });
  const reload = (): void => reexecute({ requestPolicy: 'network-only' });
  useOverviewLive(reload);
  const backlogs = data?.backlogs ?? [];
  const canEdit = useCan('RESPONDER');
  return (
    <div className="stack">
      <header className="page__header">
        <h1>{t('backlogs.title')}</h1>
        <p className="page__intro">{t('backlogs.intro')}</p>
      </header>
      {fetching && !data ? <LoadingState label={t('common.loading')} /> : null}
      {error && !data ? (
        <ErrorState
          message={problemText(toApiProblem(error))}
          retryLabel={t('common.retry')}
          onRetry={reload}
        />
      ) : null}
      {data && backlogs.length === 0 ? <EmptyState>{t('backlogs.empty')}</EmptyState> : null}
      {backlogs.map((backlog) => (
        <BacklogCard key={backlog.key} backlog={backlog} now={now} onChanged={reload} />
      ))}
      {canEdit ? <CreateBacklogCard onCreated={reload} /> : null}
    </div>
  );
}
