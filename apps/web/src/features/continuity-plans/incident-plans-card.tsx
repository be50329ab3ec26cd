import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Card } from '@lagebild/ui';
import { issueText, toApiProblem, type ApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useFormat } from '../../lib/format';
import {
  ActivateContinuationPlanMutation,
  ContinuationPlansQuery,
  EndContinuationPlanMutation,
} from './continuity-plans.queries';

interface RunningPlan {
  id: string;
  title: string;
  activatedAt: string;
  activatedBy: string;
  addsCapacity: { backlogKey: string; staff: number } | null;
}

/** The incident page's plans: those running (responders end them) and the affected services' to activate. */
export function IncidentPlansCard({
  incident,
  canRespond,
  onChanged,
}: {
  incident: {
    id: string;
    active: boolean;
    affectedServiceKeys: readonly string[];
    activeContinuationPlans: readonly RunningPlan[];
  };
  canRespond: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const problemText = useProblemText();
  const [{ data }] = useQuery({ query: ContinuationPlansQuery });
  const [, activate] = useMutation(ActivateContinuationPlanMutation);
  const [, end] = useMutation(EndContinuationPlanMutation);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const candidates = (data?.continuationPlans ?? []).filter((plan) =>
    incident.affectedServiceKeys.includes(plan.serviceKey),
  );
  const [chosen, setChosen] = useState<string>('');
  const planId = chosen || candidates[0]?.id || '';

  const problemLine = (value: ApiProblem): string => {
    const issue = Object.values(value.fieldIssueDetails)[0];
    return issue ? issueText(issue) : problemText(value);
  };

  const run = async (
    work: () => Promise<{ error?: Parameters<typeof toApiProblem>[0] | undefined }>,
    done: string,
  ): Promise<void> => {
    setProblem(null);
    setNotice(null);
    const result = await work();
    if (result.error) {
      setProblem(toApiProblem(result.error));
      return;
    }
    setNotice(done);
    onChanged();
  };

  return (
    <Card title={t('plans.incidentTitle')}>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {problem ? (
        <p className="form__problem" role="alert">
          {problemLine(problem)}
        </p>
      ) : null}
      {incident.activeContinuationPlans.length === 0 ? (
        <p>{t('plans.noneRunning')}</p>
      ) : (
        <ul className="plans__running" aria-label={t('plans.running')}>
          {incident.activeContinuationPlans.map((plan) => (
            <li key={plan.id} data-activation-id={plan.id}>
              <strong>{plan.title}</strong>{' '}
              {plan.addsCapacity
                ? t('plans.adds', {
                    staff: format.number(plan.addsCapacity.staff),
                    backlog: plan.addsCapacity.backlogKey,
                  })
                : null}{' '}
              <span className="plans__since">
                {t('plans.since', {
                  time: format.dateTime(plan.activatedAt),
                  by: plan.activatedBy,
                })}
              </span>
              {canRespond ? (
                <button
                  type="button"
                  className="button button--small"
                  onClick={() =>
                    void run(() => end({ input: { activationId: plan.id } }), t('plans.ended'))
                  }
                >
                  {t('plans.end')}
                  <span className="visually-hidden"> {plan.title}</span>
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canRespond && incident.active ? (
        candidates.length === 0 ? (
          <p>{t('plans.noPlans')}</p>
        ) : (
          <form
            className="form form--inline"
            onSubmit={(event) => {
              event.preventDefault();
              void run(
                () =>
                  activate({
                    input: {
                      planId,
                      incidentId: incident.id,
                      idempotencyKey: crypto.randomUUID(),
                    },
                  }),
                t('plans.activated'),
              );
            }}
          >
            <label>
              {t('plans.activate')}{' '}
              <select
                name="planId"
                value={planId}
                onChange={(event) => setChosen(event.target.value)}
              >
                {candidates.map((plan) => (
                  <option key={plan.id} value={plan.id}>
                    {plan.title}
                  </option>
                ))}
              </select>
            </label>{' '}
            <button type="submit" className="button button--primary">
              {t('plans.activateButton')}
            </button>
          </form>
        )
      ) : null}
    </Card>
  );
}
