import { type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { SEVERITIES, type Severity } from '@lagebild/domain';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { ConflictNotice } from '../../lib/forms/conflict-notice';
import { FormField } from '../../lib/forms/form-field';
import { FormProblem } from '../../lib/forms/form-problem';
import { useEditSession } from '../../lib/forms/use-edit-session';
import { UpdateIncidentMutation } from './incidents.queries';

export interface IncidentDetailsFormProps {
  incident: {
    id: string;
    version: number;
    title: string;
    publicTitle: string | null;
    summary: string;
    severity: Severity;
    commander: string | null;
  };
  onDone: () => void;
  /** Re-reads the incident (after a refused stale save). */
  onReload?: () => void;
}

/** Changes an incident's title, public title, summary, severity and commander (never its status). */
export function IncidentDetailsForm({ incident, onDone, onReload }: IncidentDetailsFormProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [, update] = useMutation(UpdateIncidentMutation);
  const session = useEditSession({
    record: {
      version: incident.version,
      values: {
        title: incident.title,
        publicTitle: incident.publicTitle ?? '',
        summary: incident.summary,
        severity: incident.severity,
        commander: incident.commander ?? '',
      },
    },
    save: async (values, version) => {
      const result = await update({
        input: {
          id: incident.id,
          version,
          title: values.title,
          publicTitle: values.publicTitle.trim() || null,
          summary: values.summary,
          severity: values.severity,
          commander: values.commander.trim() || null,
        },
      });
      return { error: result.error, savedVersion: result.data?.updateIncident.version };
    },
    onSaved: onDone,
    ...(onReload ? { reload: onReload } : {}),
  });
  const { values, set, problem } = session;

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void session.submit();
  };

  return (
    <form className="form incident-details" onSubmit={submit} noValidate>
      <FormProblem message={problem ? problemText(problem) : undefined} />
      <ConflictNotice
        session={session}
        labels={{
          title: t('incidents.columns.title'),
          publicTitle: t('incident.publicTitle'),
          summary: t('incidents.summary'),
          severity: t('incidents.columns.severity'),
          commander: t('incident.commander'),
        }}
        show={(field, value) =>
          field === 'severity'
            ? `${value} – ${t(`severity.${value as Severity}`)}`
            : String(value).trim() || '–'
        }
      />
      <FormField label={t('incidents.columns.title')} error={problem?.fieldIssues['title']}>
        {(props) => (
          <input {...props} value={values.title} onChange={(e) => set('title', e.target.value)} />
        )}
      </FormField>
      <FormField
        label={t('incident.publicTitle')}
        hint={t('incident.publicTitleHint')}
        error={problem?.fieldIssues['publicTitle']}
      >
        {(props) => (
          <input
            {...props}
            value={values.publicTitle}
            onChange={(e) => set('publicTitle', e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('incidents.summary')} error={problem?.fieldIssues['summary']}>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={values.summary}
            onChange={(e) => set('summary', e.target.value)}
          />
        )}
      </FormField>
      <div className="form__row">
        <FormField label={t('incidents.columns.severity')}>
          {(props) => (
            <select
              {...props}
              value={values.severity}
              onChange={(e) => set('severity', e.target.value as Severity)}
            >
              {SEVERITIES.map((option) => (
                <option key={option} value={option}>
                  {option} – {t(`severity.${option}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField label={t('incident.commander')} error={problem?.fieldIssues['commander']}>
          {(props) => (
            <input
              {...props}
              value={values.commander}
              onChange={(e) => set('commander', e.target.value)}
            />
          )}
        </FormField>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={session.saving}>
          {session.saving ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
