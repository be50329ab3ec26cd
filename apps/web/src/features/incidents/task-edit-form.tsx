import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { parseDurationMinutes } from '@lagebild/domain';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { ConflictNotice } from '../../lib/forms/conflict-notice';
import { FormField } from '../../lib/forms/form-field';
import { FormProblem } from '../../lib/forms/form-problem';
import { useEditSession } from '../../lib/forms/use-edit-session';
import { UpdateRecoveryTaskMutation } from './incidents.queries';
import { estimateText, unreadableEstimate } from './estimate-input';

export interface TaskEditFormProps {
  task: {
    id: string;
    title: string;
    owner: string | null;
    estimateMinutes: number | null;
    version: number;
  };
  onChanged: () => void;
}

interface TaskFields {
  title: string;
  owner: string;
  estimate: string;
}

/**
 * Changes a task's title, owner and estimate after it was created, against the version it was
 * opened with. The estimate is typed as a duration ("2 h", "90 min", "1,5 Std."); text the
 * domain cannot read is refused on its field instead of being dropped.
 */
export function TaskEditForm({ task, onChanged }: TaskEditFormProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="task__edit" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('common.edit')}</summary>
      {/* Rendered only while open, so a closed editor adds no second "Task" field to the page. */}
      {open ? <TaskEditFields task={task} onChanged={onChanged} /> : null}
    </details>
  );
}

function TaskEditFields({ task, onChanged }: TaskEditFormProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [, updateTask] = useMutation(UpdateRecoveryTaskMutation);
  const session = useEditSession<TaskFields>({
    record: {
      version: task.version,
      values: {
        title: task.title,
        owner: task.owner ?? '',
        estimate: estimateText(task.estimateMinutes),
      },
    },
    save: async (values, version) => {
      const result = await updateTask({
        input: {
          id: task.id,
          version,
          title: values.title,
          owner: values.owner.trim() || null,
          estimateMinutes:
            values.estimate.trim() === '' ? null : parseDurationMinutes(values.estimate),
        },
      });
      return { error: result.error, savedVersion: result.data?.updateRecoveryTask.version };
    },
    onSaved: onChanged,
    reload: onChanged,
  });
  const { values, problem } = session;

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    if (values.estimate.trim() !== '' && parseDurationMinutes(values.estimate) === null) {
      session.setProblem(unreadableEstimate(t('incident.estimateUnreadable')));
      return;
    }
    void session.submit();
  };

  return (
    <form className="form task__edit-form" onSubmit={submit} noValidate>
      <FormProblem message={problem ? problemText(problem) : undefined} />
      <ConflictNotice
        session={session}
        labels={{
          title: t('incident.taskTitle'),
          owner: t('incident.owner'),
          estimate: t('incident.estimateMinutes'),
        }}
      />
      <div className="form__row">
        <FormField label={t('incident.taskTitle')} error={problem?.fieldIssues['title']}>
          {(props) => (
            <input
              {...props}
              value={values.title}
              onChange={(event) => session.set('title', event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('incident.owner')} error={problem?.fieldIssues['owner']}>
          {(props) => (
            <input
              {...props}
              value={values.owner}
              onChange={(event) => session.set('owner', event.target.value)}
            />
          )}
        </FormField>
        <FormField
          label={t('incident.estimateMinutes')}
          error={problem?.fieldIssues['estimateMinutes']}
        >
          {(props) => (
            <input
              {...props}
              value={values.estimate}
              onChange={(event) => session.set('estimate', event.target.value)}
            />
          )}
        </FormField>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--small" disabled={session.saving}>
          {session.saving ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
