import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { ConflictNotice } from '../../lib/forms/conflict-notice';
import { FormField } from '../../lib/forms/form-field';
import { useEditSession } from '../../lib/forms/use-edit-session';
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

interface Placement {
  placed: boolean;
  rank: string;
  reason: string;
}

/** Places a task at a rank by hand; the reason is required and shown on the plan. */
export function TaskOverrideForm({ task, onChanged }: TaskOverrideFormProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [, updateTask] = useMutation(UpdateRecoveryTaskMutation);
  const session = useEditSession<Placement>({
    record: {
      version: task.version,
      values: {
        placed: task.override !== null,
        rank: String(task.override?.rank ?? 1),
        reason: task.override?.reason ?? '',
      },
    },
    save: async (values, version) => {
      const override = values.placed
        ? { rank: Number(values.rank), reason: values.reason.trim() }
        : null;
      const result = await updateTask({ input: { id: task.id, version, override } });
      return { error: result.error, savedVersion: result.data?.updateRecoveryTask.version };
    },
    onSaved: onChanged,
    reload: onChanged,
  });
  const { values, problem } = session;
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void session.submit({ ...values, placed: true });
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
        <ConflictNotice
          session={session}
          labels={{
            placed: t('incident.placeByHand'),
            rank: t('incident.rank'),
            reason: t('incident.reason'),
          }}
          show={(field, value) =>
            field === 'placed'
              ? value
                ? t('common.yes')
                : t('common.no')
              : String(value).trim() || '–'
          }
        />
        <div className="form__row">
          <FormField label={t('incident.rank')} error={problem?.fieldIssues['override.rank']}>
            {(props) => (
              <input
                {...props}
                inputMode="numeric"
                value={values.rank}
                onChange={(event) => session.set('rank', event.target.value)}
              />
            )}
          </FormField>
          <FormField label={t('incident.reason')} error={problem?.fieldIssues['override.reason']}>
            {(props) => (
              <input
                {...props}
                value={values.reason}
                onChange={(event) => session.set('reason', event.target.value)}
              />
            )}
          </FormField>
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--small" disabled={session.saving}>
            {t('incident.place')}
          </button>
          {task.override ? (
            <button
              type="button"
              className="button button--small"
              disabled={session.saving}
              onClick={() => void session.submit({ ...values, placed: false })}
            >
              {t('incident.removePlacement')}
            </button>
          ) : null}
        </div>
      </form>
    </details>
  );
}
