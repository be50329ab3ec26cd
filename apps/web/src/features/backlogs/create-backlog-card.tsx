import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Card } from '@lagebild/ui';
import { toApiProblem, type ApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { FormField } from '../../lib/forms/form-field';
import { FormProblem } from '../../lib/forms/form-problem';
import { CreateBacklogMutation } from './backlogs.queries';

interface Draft {
  key: string;
  name: string;
  unit: string;
  promiseHours: string;
}

const empty: Draft = { key: '', name: '', unit: '', promiseHours: '' };

/** Creates a backlog (a queue of work the outage left); counts and capacity follow on its card. */
export function CreateBacklogCard({ onCreated }: { onCreated: () => void }) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [draft, setDraft] = useState<Draft>(empty);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, create] = useMutation(CreateBacklogMutation);
  const set = (field: keyof Draft, value: string): void => setDraft({ ...draft, [field]: value });

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const promise = draft.promiseHours.trim().replace(',', '.');
    const result = await create({
      input: {
        key: draft.key.trim(),
        name: draft.name.trim(),
        unit: draft.unit.trim(),
        promiseHours: promise === '' ? null : Number(promise),
      },
    });
    if (result.error) {
      setProblem(toApiProblem(result.error));
      return;
    }
    setProblem(null);
    setDraft(empty);
    onCreated();
  };

  return (
    <Card title={t('backlogs.create')}>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormProblem message={problem ? problemText(problem) : undefined} />
        <div className="form__row">
          <FormField label={t('backlogs.key')} error={problem?.fieldIssues['key']}>
            {(props) => (
              <input {...props} value={draft.key} onChange={(e) => set('key', e.target.value)} />
            )}
          </FormField>
          <FormField label={t('backlogs.name')} error={problem?.fieldIssues['name']}>
            {(props) => (
              <input {...props} value={draft.name} onChange={(e) => set('name', e.target.value)} />
            )}
          </FormField>
          <FormField label={t('backlogs.unit')} error={problem?.fieldIssues['unit']}>
            {(props) => (
              <input {...props} value={draft.unit} onChange={(e) => set('unit', e.target.value)} />
            )}
          </FormField>
          <FormField
            label={t('backlogs.promiseHoursLabel')}
            error={problem?.fieldIssues['promiseHours']}
          >
            {(props) => (
              <input
                {...props}
                inputMode="decimal"
                value={draft.promiseHours}
                onChange={(e) => set('promiseHours', e.target.value)}
              />
            )}
          </FormField>
        </div>
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={fetching}>
            {t('backlogs.createSubmit')}
          </button>
        </div>
      </form>
    </Card>
  );
}
