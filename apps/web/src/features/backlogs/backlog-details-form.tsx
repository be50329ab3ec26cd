import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { ConflictNotice } from '../../lib/forms/conflict-notice';
import { FormField } from '../../lib/forms/form-field';
import { FormProblem } from '../../lib/forms/form-problem';
import { useEditSession } from '../../lib/forms/use-edit-session';
import { UpdateBacklogMutation } from './backlogs.queries';

export interface BacklogDetailsFormProps {
  backlog: {
    key: string;
    name: string;
    unit: string;
    promiseHours: number | null;
    version: number;
  };
  onChanged: () => void;
}

interface Details {
  name: string;
  unit: string;
  promiseHours: string;
}

/** Changes a backlog's name, unit and promise against the version the form was opened with. */
export function BacklogDetailsForm({ backlog, onChanged }: BacklogDetailsFormProps) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <details className="backlog__edit" onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{t('backlogs.edit')}</summary>
      {open ? <BacklogDetailsFields backlog={backlog} onChanged={onChanged} /> : null}
    </details>
  );
}

function BacklogDetailsFields({ backlog, onChanged }: BacklogDetailsFormProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [, update] = useMutation(UpdateBacklogMutation);
  const session = useEditSession<Details>({
    record: {
      version: backlog.version,
      values: {
        name: backlog.name,
        unit: backlog.unit,
        promiseHours: backlog.promiseHours === null ? '' : String(backlog.promiseHours),
      },
    },
    save: async (values, version) => {
      const promise = values.promiseHours.trim().replace(',', '.');
      const result = await update({
        input: {
          backlogKey: backlog.key,
          version,
          name: values.name,
          unit: values.unit,
          promiseHours: promise === '' ? null : Number(promise),
        },
      });
      return { error: result.error, savedVersion: result.data?.updateBacklog.version };
    },
    onSaved: onChanged,
    reload: onChanged,
  });
  const { values, problem } = session;
  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void session.submit();
  };
  const labels = {
    name: t('backlogs.name'),
    unit: t('backlogs.unit'),
    promiseHours: t('backlogs.promiseHoursLabel'),
  };

  return (
    <form className="form backlog__edit-form" onSubmit={submit} noValidate>
      <FormProblem message={problem ? problemText(problem) : undefined} />
      <ConflictNotice session={session} labels={labels} />
      <div className="form__row">
        {(['name', 'unit', 'promiseHours'] as const).map((field) => (
          <FormField key={field} label={labels[field]} error={problem?.fieldIssues[field]}>
            {(props) => (
              <input
                {...props}
                inputMode={field === 'promiseHours' ? 'decimal' : undefined}
                value={values[field]}
                onChange={(event) => session.set(field, event.target.value)}
              />
            )}
          </FormField>
        ))}
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--small" disabled={session.saving}>
          {session.saving ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}
