import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { DateTime } from 'luxon';
import { SEVERITIES, type Severity } from '@lagebild/domain';
import { toApiProblem, type ApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { FormField } from '../../lib/forms/form-field';
import { FormProblem } from '../../lib/forms/form-problem';
import { DeclareIncidentMutation, ServiceChoicesQuery } from './incidents.queries';

/** Declares an incident with the services already known to be down; opens it afterwards. */
export function DeclareIncidentForm({ onCancel }: { onCancel: () => void }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const navigate = useNavigate();
  const [{ data }] = useQuery({ query: ServiceChoicesQuery });
  const [title, setTitle] = useState('');
  const [publicTitle, setPublicTitle] = useState('');
  const [summary, setSummary] = useState('');
  const [severity, setSeverity] = useState<Severity>('SEV2');
  const [startedText, setStartedText] = useState('');
  const [down, setDown] = useState<string[]>([]);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, declare] = useMutation(DeclareIncidentMutation);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const startedAt = startedText ? DateTime.fromISO(startedText).toUTC().toISO() : null;
    const result = await declare({
      input: {
        title,
        ...(publicTitle.trim() ? { publicTitle } : {}),
        summary,
        severity,
        ...(startedAt ? { startedAt } : {}),
        impacts: down.map((serviceKey) => ({ serviceKey, status: 'MAJOR_OUTAGE' as const })),
      },
    });
    if (result.error || !result.data) {
      if (result.error) setProblem(toApiProblem(result.error));
      return;
    }
    void navigate(`/incidents/${result.data.declareIncident.ref}`);
  };

  return (
    <form className="form" onSubmit={(event) => void submit(event)} noValidate>
      <FormProblem message={problem ? problemText(problem) : undefined} />
      <FormField label={t('incidents.columns.title')} error={problem?.fieldIssues['title']}>
        {(props) => (
          <input {...props} name="title" value={title} onChange={(e) => setTitle(e.target.value)} />
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
            name="publicTitle"
            value={publicTitle}
            onChange={(e) => setPublicTitle(e.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('incidents.summary')} error={problem?.fieldIssues['summary']}>
        {(props) => (
          <textarea
            {...props}
            name="summary"
            rows={2}
            value={summary}
            onChange={(e) => setSummary(e.target.value)}
          />
        )}
      </FormField>
      <div className="form__row">
        <FormField label={t('incidents.columns.severity')} error={problem?.fieldIssues['severity']}>
          {(props) => (
            <select
              {...props}
              name="severity"
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
        <FormField label={t('incident.started')} error={problem?.fieldIssues['startedAt']}>
          {(props) => (
            <input
              {...props}
              type="datetime-local"
              name="startedAt"
              value={startedText}
              onChange={(e) => setStartedText(e.target.value)}
            />
          )}
        </FormField>
      </div>
      <fieldset className="form__field">
        <legend>{t('incidents.servicesDown')}</legend>
        <div className="checklist">
          {(data?.services ?? []).map((service) => (
            <label key={service.key} className="checklist__item">
              <input
                type="checkbox"
                checked={down.includes(service.key)}
                onChange={(e) =>
                  setDown(
                    e.target.checked
                      ? [...down, service.key]
                      : down.filter((key) => key !== service.key),
                  )
                }
              />
              {service.name}
            </label>
          ))}
        </div>
        {problem?.fieldIssues['impacts'] ? (
          <p className="form__error">{problem.fieldIssues['impacts']}</p>
        ) : null}
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button button--danger" disabled={fetching}>
          {fetching ? t('common.saving') : t('incidents.declare')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
