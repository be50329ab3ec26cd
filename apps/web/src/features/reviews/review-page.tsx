import { useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { Card, ErrorState, LoadingState, SeverityBadge } from '@lagebild/ui';
import type { IncidentReviewQuery as ReviewResult } from '../../lib/graphql/generated/graphql';
import { toApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useFormat } from '../../lib/format';
import { ConflictNotice } from '../../lib/forms/conflict-notice';
import { FormField } from '../../lib/forms/form-field';
import { FormProblem } from '../../lib/forms/form-problem';
import { useEditSession } from '../../lib/forms/use-edit-session';
import { useCan } from '../auth/permissions';
import {
  AddReviewActionMutation,
  IncidentReviewQuery,
  ReviewMarkdownQuery,
  UpdateIncidentReviewMutation,
  UpdateReviewActionMutation,
} from './reviews.queries';

type IncidentView = NonNullable<ReviewResult['incidentByRef']>;
type Review = NonNullable<IncidentView['review']>;

/**
 * The review of a resolved incident as a page that prints: the numbers and findings the API
 * generated from the data, what went well and what did not, and the follow-up actions.
 */
export function ReviewPage() {
  const { ref = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const problemText = useProblemText();
  const canWrite = useCan('RESPONDER');
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: IncidentReviewQuery,
    variables: { ref },
  });
  const reload = (): void => reexecute({ requestPolicy: 'network-only' });
  const incident = data?.incidentByRef;
  useDocumentTitle(incident ? `${t('review.title')} ${incident.ref}` : ref);

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
  const serviceName = (key: string): string =>
    data.services.find((service) => service.key === key)?.name ?? key;

  return (
    <div className="stack review">
      <header className="incident-header">
        <p className="incident-header__crumbs">
          <Link to="/incidents">{t('nav.incidents')}</Link> /{' '}
          <Link to={`/incidents/${incident.ref}`}>{incident.ref}</Link> / {t('review.title')}
        </p>
        <h1>
          {t('review.title')}: <span className="incident-header__ref">{incident.ref}</span>{' '}
          {incident.title}
        </h1>
        <div className="incident-header__badges">
          <SeverityBadge severity={incident.severity} label={t(`severity.${incident.severity}`)} />
        </div>
      </header>
      {incident.review ? (
        <ReviewBody
          incidentId={incident.id}
          review={incident.review}
          serviceName={serviceName}
          canWrite={canWrite}
          onChanged={reload}
        />
      ) : (
        <p className="muted">{t('review.notResolved')}</p>
      )}
      {incident.review ? (
        <p className="muted">
          {t('review.generated', { time: format.dateTime(incident.review.generatedAt) })}
        </p>
      ) : null}
    </div>
  );
}

function ReviewBody({
  incidentId,
  review,
  serviceName,
  canWrite,
  onChanged,
}: {
  incidentId: string;
  review: Review;
  serviceName: (key: string) => string;
  canWrite: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const span = (minutes: number | null | undefined): string =>
    minutes === null || minutes === undefined ? '–' : format.duration(minutes);
  const { metrics } = review;
  const backlogName = (key: string): string =>
    review.backlogs.find((backlog) => backlog.backlogKey === key)?.name ?? key;

  const findingText = (finding: Review['findings'][number]): string => {
    const params = (finding.params ?? {}) as Record<string, string | number>;
    const minutes = (name: string) => span(Number(params[name] ?? 0));
    switch (finding.code) {
      case 'FIRST_WORD_LATE':
      case 'SILENCE_OVER_CADENCE':
        return t(`review.finding.${finding.code}`, {
          minutes: minutes('minutes'),
          cadence: minutes('cadenceMinutes'),
        });
      case 'RTO_MISSED':
        return t('review.finding.RTO_MISSED', {
          service: serviceName(String(params['serviceKey'])),
          minutes: minutes('minutesOverRto'),
        });
      case 'PROMISES_MISSED':
        return t('review.finding.PROMISES_MISSED', { count: Number(params['count']) });
      case 'BACKLOG_LATER_THAN_FORECAST':
        return t('review.finding.BACKLOG_LATER_THAN_FORECAST', {
          backlog: backlogName(String(params['backlogKey'])),
          minutes: minutes('minutes'),
        });
      case 'BACKLOG_NOT_CLEARED':
        return t('review.finding.BACKLOG_NOT_CLEARED', {
          backlog: backlogName(String(params['backlogKey'])),
          count: Number(params['open']),
        });
      case 'NO_PUBLIC_WORD':
        return t('review.finding.NO_PUBLIC_WORD');
    }
  };

  return (
    <>
      <ReviewTools incidentId={incidentId} />
      <div className="split">
        <Card title={t('review.numbers')}>
          <dl className="facts">
            <div>
              <dt>{t('review.timeToDetect')}</dt>
              <dd>{span(metrics.timeToDetectMinutes)}</dd>
            </div>
            <div>
              <dt>{t('review.firstWord')}</dt>
              <dd>{span(metrics.timeToFirstPublicUpdateMinutes)}</dd>
            </div>
            <div>
              <dt>{t('review.resolve')}</dt>
              <dd>{span(metrics.timeToResolveMinutes)}</dd>
            </div>
            <div>
              <dt>{t('review.silence')}</dt>
              <dd>
                {review.cadenceMinutes === null
                  ? span(metrics.longestSilenceMinutes)
                  : t('review.silenceCadence', {
                      silence: span(metrics.longestSilenceMinutes),
                      cadence: span(review.cadenceMinutes),
                    })}
              </dd>
            </div>
            <div>
              <dt>{t('review.promisesMissed')}</dt>
              <dd>{format.number(metrics.promisesMissed)}</dd>
            </div>
          </dl>
        </Card>
        <Card title={t('review.findings')}>
          {review.findings.length === 0 ? (
            <p className="muted">{t('review.noFindings')}</p>
          ) : (
            <ul className="review-findings">
              {review.findings.map((finding, index) => (
                <li key={`${finding.code}-${index}`} data-finding={finding.code}>
                  {findingText(finding)}
                </li>
              ))}
            </ul>
          )}
        </Card>
      </div>
      {metrics.services.length > 0 ? (
        <Card title={t('review.services')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('review.service')}</th>
                <th scope="col">{t('review.rto')}</th>
                <th scope="col">{t('review.took')}</th>
                <th scope="col">{t('review.outcome')}</th>
              </tr>
            </thead>
            <tbody>
              {metrics.services.map((service) => (
                <tr key={service.serviceKey}>
                  <td>{serviceName(service.serviceKey)}</td>
                  <td>{span(service.rtoMinutes)}</td>
                  <td>{span(service.timeToRecoverMinutes)}</td>
                  <td
                    className={
                      service.outcome === 'RECOVERED_LATE' ||
                      service.outcome === 'OPEN_RTO_BREACHED'
                        ? 'text-critical'
                        : undefined
                    }
                  >
                    {t(`review.outcomes.${service.outcome}`)}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      ) : null}
      {review.backlogs.length > 0 ? (
        <Card title={t('review.backlogs')}>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">{t('review.backlog')}</th>
                <th scope="col">{t('review.peak')}</th>
                <th scope="col">{t('review.forecast')}</th>
                <th scope="col">{t('review.cleared')}</th>
              </tr>
            </thead>
            <tbody>
              {review.backlogs.map((backlog) => (
                <tr key={backlog.backlogKey}>
                  <td>{backlog.name}</td>
                  <td>{format.number(backlog.peakOpen)}</td>
                  <td>{format.dateTime(backlog.forecastAtResolution)}</td>
                  <td>
                    {backlog.clearedAt ? format.dateTime(backlog.clearedAt) : t('review.stillOpen')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </Card>
      ) : null}
      <WrittenSections
        incidentId={incidentId}
        review={review}
        canWrite={canWrite}
        onChanged={onChanged}
      />
      <ActionsCard
        incidentId={incidentId}
        actions={review.actions}
        canWrite={canWrite}
        onChanged={onChanged}
      />
    </>
  );
}

/** Markdown in the reader's language (the API writes it) and the browser's print dialog. */
function ReviewTools({ incidentId }: { incidentId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const client = useClient();
  const download = async (): Promise<void> => {
    const result = await client
      .query(
        ReviewMarkdownQuery,
        { id: incidentId, locale: format.language },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    const markdown = result.data?.incident?.reviewMarkdown;
    if (!markdown) return;
    const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `review-${incidentId}.md`;
    link.click();
    URL.revokeObjectURL(url);
  };
  return (
    <div className="review__tools no-print">
      <button type="button" className="button button--small" onClick={() => void download()}>
        {t('review.markdown')}
      </button>
      <button type="button" className="button button--small" onClick={() => window.print()}>
        {t('review.print')}
      </button>
    </div>
  );
}

function WrittenSections({
  incidentId,
  review,
  canWrite,
  onChanged,
}: {
  incidentId: string;
  review: Review;
  canWrite: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [, update] = useMutation(UpdateIncidentReviewMutation);
  const [saved, setSaved] = useState(false);
  const session = useEditSession({
    record: {
      version: review.version,
      values: { wentWell: review.wentWell, wentBadly: review.wentBadly },
    },
    save: async (values, version) => {
      const result = await update({ input: { incidentId, version, ...values } });
      return { error: result.error, savedVersion: result.data?.updateIncidentReview.version };
    },
    onSaved: () => {
      setSaved(true);
      onChanged();
    },
    reload: onChanged,
  });
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setSaved(false);
    void session.submit();
  };
  if (!canWrite) {
    return (
      <Card title={t('review.written')}>
        <h3>{t('review.wentWell')}</h3>
        <p className="preserve-lines">{review.wentWell || '–'}</p>
        <h3>{t('review.wentBadly')}</h3>
        <p className="preserve-lines">{review.wentBadly || '–'}</p>
      </Card>
    );
  }
  return (
    <Card title={t('review.written')}>
      <form className="form" onSubmit={submit} noValidate>
        <FormProblem message={session.problem ? problemText(session.problem) : undefined} />
        <ConflictNotice
          session={session}
          labels={{ wentWell: t('review.wentWell'), wentBadly: t('review.wentBadly') }}
          show={(_, value) => String(value).trim() || '–'}
        />
        <FormField label={t('review.wentWell')} error={session.problem?.fieldIssues['wentWell']}>
          {(props) => (
            <textarea
              {...props}
              rows={4}
              value={session.values.wentWell}
              onChange={(event) => session.set('wentWell', event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('review.wentBadly')} error={session.problem?.fieldIssues['wentBadly']}>
          {(props) => (
            <textarea
              {...props}
              rows={4}
              value={session.values.wentBadly}
              onChange={(event) => session.set('wentBadly', event.target.value)}
            />
          )}
        </FormField>
        <div className="form__actions no-print">
          <button type="submit" className="button button--primary" disabled={session.saving}>
            {session.saving ? t('common.saving') : t('common.save')}
          </button>
          {saved && !session.dirty ? (
            <span role="status" className="muted">
              {t('review.saved')}
            </span>
          ) : null}
        </div>
      </form>
    </Card>
  );
}

function ActionsCard({
  incidentId,
  actions,
  canWrite,
  onChanged,
}: {
  incidentId: string;
  actions: Review['actions'];
  canWrite: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [, add] = useMutation(AddReviewActionMutation);
  const [, change] = useMutation(UpdateReviewActionMutation);
  const [draft, setDraft] = useState({ title: '', owner: '', dueOn: '' });
  const [problem, setProblem] = useState<ReturnType<typeof toApiProblem> | null>(null);
  // One key per action being added: a retry after a lost answer adds nothing twice.
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const result = await add({
      input: {
        incidentId,
        title: draft.title,
        owner: draft.owner,
        dueOn: draft.dueOn || null,
        idempotencyKey,
      },
    });
    if (result.error) {
      setProblem(toApiProblem(result.error));
      return;
    }
    setProblem(null);
    setDraft({ title: '', owner: '', dueOn: '' });
    setIdempotencyKey(crypto.randomUUID());
    onChanged();
  };
  // A ticked box shows at once, until the list shows the action's next version; a refusal
  // takes the tick back.
  const [pending, setPending] = useState<Record<string, { done: boolean; version: number }>>({});
  const shownDone = (action: Review['actions'][number]): boolean => {
    const ticked = pending[action.id];
    return ticked && ticked.version === action.version ? ticked.done : action.done;
  };
  const toggle = async (action: Review['actions'][number], done: boolean): Promise<void> => {
    setPending((current) => ({ ...current, [action.id]: { done, version: action.version } }));
    const result = await change({ input: { id: action.id, version: action.version, done } });
    if (result.error) {
      setProblem(toApiProblem(result.error));
      setPending(({ [action.id]: _, ...rest }) => rest);
    } else {
      setProblem(null);
    }
    onChanged();
  };

  return (
    <Card title={t('review.actions')}>
      {actions.length === 0 ? <p className="muted">{t('review.noActions')}</p> : null}
      {actions.length > 0 ? (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('review.actionTitle')}</th>
              <th scope="col">{t('review.owner')}</th>
              <th scope="col">{t('review.dueOn')}</th>
              <th scope="col">{t('review.done')}</th>
            </tr>
          </thead>
          <tbody>
            {actions.map((action) => (
              <tr key={action.id}>
                <td>{action.title}</td>
                <td>{action.owner || '–'}</td>
                <td>{action.dueOn ?? '–'}</td>
                <td>
                  <input
                    type="checkbox"
                    aria-label={`${t('review.done')}: ${action.title}`}
                    checked={shownDone(action)}
                    disabled={!canWrite}
                    onChange={(event) => void toggle(action, event.target.checked)}
                  />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <FormProblem message={problem ? problemText(problem) : undefined} />
      {canWrite ? (
        <form className="form no-print" onSubmit={(event) => void submit(event)} noValidate>
          <div className="form__row">
            <FormField label={t('review.actionTitle')} error={problem?.fieldIssues['title']}>
              {(props) => (
                <input
                  {...props}
                  value={draft.title}
                  onChange={(event) => setDraft({ ...draft, title: event.target.value })}
                />
              )}
            </FormField>
            <FormField label={t('review.owner')} error={problem?.fieldIssues['owner']}>
              {(props) => (
                <input
                  {...props}
                  value={draft.owner}
                  onChange={(event) => setDraft({ ...draft, owner: event.target.value })}
                />
              )}
            </FormField>
            <FormField label={t('review.dueOn')} error={problem?.fieldIssues['dueOn']}>
              {(props) => (
                <input
                  {...props}
                  type="date"
                  value={draft.dueOn}
                  onChange={(event) => setDraft({ ...draft, dueOn: event.target.value })}
                />
              )}
            </FormField>
          </div>
          <div className="form__actions">
            <button type="submit" className="button">
              {t('review.addAction')}
            </button>
          </div>
        </form>
      ) : null}
    </Card>
  );
}
