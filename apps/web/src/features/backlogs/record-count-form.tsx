import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { toApiProblem, type ApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { FormField } from '../../lib/forms/form-field';
import { FormProblem } from '../../lib/forms/form-problem';
import { RecordBacklogSnapshotMutation } from './backlogs.queries';

/**
 * Records how many items are open now (a snapshot), as the shop's systems do over the API. One
 * key per typed count, so a retried click records it once.
 */
export function RecordCountForm({
  backlogKey,
  onRecorded,
}: {
  backlogKey: string;
  onRecorded: () => void;
}) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [open, setOpen] = useState('');
  const [key, setKey] = useState(() => crypto.randomUUID());
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, record] = useMutation(RecordBacklogSnapshotMutation);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    const count = Number(open);
    if (open.trim() === '' || !Number.isInteger(count) || count < 0) {
      setProblem({
        code: 'BAD_USER_INPUT',
        message: '',
        fieldIssues: { open: t('backlogs.countUnreadable') },
        fieldIssueDetails: {},
      });
      return;
    }
    const result = await record({
      input: { backlogKey, open: count, at: new Date().toISOString(), idempotencyKey: key },
    });
    if (result.error) {
      setProblem(toApiProblem(result.error));
      return;
    }
    setProblem(null);
    setOpen('');
    setKey(crypto.randomUUID());
    onRecorded();
  };

  return (
    <form className="form record-count" onSubmit={(event) => void submit(event)} noValidate>
      <h3 className="capacity__title">{t('backlogs.recordCount')}</h3>
      <FormProblem message={problem ? problemText(problem) : undefined} />
      <div className="form__row">
        <FormField label={t('backlogs.openNow')} error={problem?.fieldIssues['open']}>
          {(props) => (
            <input
              {...props}
              inputMode="numeric"
              value={open}
              onChange={(event) => setOpen(event.target.value)}
            />
          )}
        </FormField>
      </div>
      <div className="form__actions">
        <button type="submit" className="button" disabled={fetching}>
          {t('backlogs.recordSubmit')}
        </button>
      </div>
    </form>
  );
}
