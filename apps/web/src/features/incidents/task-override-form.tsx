import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { toApiProblem, type ApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { FormField } from '../../lib/forms/form-field';
import { UpdateRecoveryTaskMutation } from './incidents.queries';

export interface TaskOverrideFormProps {
  task: {
    id: string;
    title: string;
    version: number;
    override: { rank: number; reason: string } | null;
  };
  onChanged: () => void;
}

/** Places a task at a rank by hand; the reason is required and shown on the plan. */
export function TaskOverrideForm({ task, onChanged }: TaskOverrideFormProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [rank, setRank] = useState(String(task.override?.rank ?? 1));
  const [reason, setReason] = useState(task.override?.reason ?? '');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, updateTask] = useMutation(UpdateRecoveryTaskMutation);

  const save = async (override: { rank: number; reason: string } | null): Promise<void> => {
    const result = await updateTask({ input: { id: task.id, version: task.version, override } });
    if (result.error) {
      setProblem(toApiProblem(result.error));
      return;
    }
    setProblem(null);
    onChanged();
  };
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void save({ rank: Number(rank), reason: reason.trim() });
  };

  return (
    <details className="task__override-form">
      <summary>{t('incident.placeByHand')}</summary>
      <form className="form" onSubmit={submit} noValidate>
        {problem ? (
          <p className="form__error" role="alert">
            {problemText(problem)}
          </p>
        ) : null}
        <div className="form__row">
          <FormField label={t('incident.rank')} error={problem?.fieldIssues['override.rank']}>
            {(props) => (
              <input
                {...props}
                inputMode="numeric"
                value={rank}
                onChange={(event) => setRank(event.target.value)}
              />
            )}
          </FormField>
          <FormField label={t('incident.reason')} error={problem?.fieldIssues['override.reason']}>
            {(props) => (
              <input
                {...props}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
              />
            )}
          </FormField>
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--small" disabled={fetching}>
            {t('incident.place')}
          </button>
          {task.override ? (
            <button
              type="button"
              className="button button--small"
              disabled={fetching}
              onClick={() => void save(null)}
            >
              {t('incident.removePlacement')}
            </button>
          ) : null}
        </div>
      </form>
    </details>
  );
}
