import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { SEVERITIES, type Severity } from '@lagebild/domain';
import { toApiProblem, type ApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { FormField } from '../../lib/forms/form-field';
import { FormProblem } from '../../lib/forms/form-problem';
import { UpdateIncidentMutation } from './incidents.queries';

export interface IncidentDetailsFormProps {
  incident: {
    id: string;
    version: number;
    title: string;
    summary: string;
    severity: Severity;
    commander: string | null;
  };
  onDone: () => void;
}

/** Changes an incident's title, summary, severity and commander (never its status). */
export function IncidentDetailsForm({ incident, onDone }: IncidentDetailsFormProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [title, setTitle] = useState(incident.title);
  const [summary, setSummary] = useState(incident.summary);
  const [severity, setSeverity] = useState<Severity>(incident.severity);
  const [commander, setCommander] = useState(incident.commander ?? '');
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, update] = useMutation(UpdateIncidentMutation);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const result = await update({
      input: {
        id: incident.id,
        version: incident.version,
        title,
        summary,
        severity,
        commander: commander.trim() || null,
      },
    });
    if (result.error) {
      setProblem(toApiProblem(result.error));
      return;
    }
    onDone();
  };

  return (
    <form className="form incident-details" onSubmit={(event) => void submit(event)} noValidate>
      <FormProblem message={problem ? problemText(problem) : undefined} />
      <FormField label={t('incidents.columns.title')} error={problem?.fieldIssues['title']}>
        {(props) => <input {...props} value={title} onChange={(e) => setTitle(e.target.value)} />}
      </FormField>
      <FormField label={t('incidents.summary')} error={problem?.fieldIssues['summary']}>
        {(props) => (
          <textarea
            {...props}
            rows={3}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
          />
        )}
      </FormField>
      <div className="form__row">
        <FormField label={t('incidents.columns.severity')}>
          {(props) => (
            <select
              {...props}
              value={severity}
              onChange={(e) => setSeverity(e.target.value as Severity)}
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
            <input {...props} value={commander} onChange={(e) => setCommander(e.target.value)} />
          )}
        </FormField>
      </div>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={fetching}>
          {fetching ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
