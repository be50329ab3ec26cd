import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { parseDurationMinutes } from '@lagebild/domain';
import { toApiProblem, type ApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { FormField } from '../../lib/forms/form-field';
import { FormProblem } from '../../lib/forms/form-problem';
import { AddRecoveryTaskMutation } from './incidents.queries';
import { unreadableEstimate } from './estimate-input';

export interface AddTaskFormProps {
  incidentId: string;
  services: readonly { key: string; name: string }[];
  tasks: readonly { id: string; title: string; status: string }[];
  onAdded: () => void;
}

/** Adds a step to the recovery plan; the domain decides where it ranks. */
export function AddTaskForm({ incidentId, services, tasks, onAdded }: AddTaskFormProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [title, setTitle] = useState('');
  const [serviceKey, setServiceKey] = useState('');
  const [owner, setOwner] = useState('');
  const [estimate, setEstimate] = useState('');
  const [dependsOn, setDependsOn] = useState<string[]>([]);
  const [tellsCustomers, setTellsCustomers] = useState(false);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, addTask] = useMutation(AddRecoveryTaskMutation);

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    // Read by the domain's one rule for typed durations; unreadable text is refused, not dropped.
    const estimateMinutes = estimate.trim() === '' ? null : parseDurationMinutes(estimate);
    if (estimate.trim() !== '' && estimateMinutes === null) {
      setProblem(unreadableEstimate(t('incident.estimateUnreadable')));
      return;
    }
    const result = await addTask({
      input: {
        incidentId,
        title,
        serviceKey: serviceKey || null,
        owner: owner.trim() || null,
        estimateMinutes,
        dependsOn,
        tellsCustomers,
      },
    });
    if (result.error) {
      setProblem(toApiProblem(result.error));
      return;
    }
    setProblem(null);
    setTitle('');
    setOwner('');
    setEstimate('');
    setDependsOn([]);
    setTellsCustomers(false);
    onAdded();
  };

  const openTasks = tasks.filter((task) => task.status !== 'DONE');
  return (
    <details className="add-task">
      <summary>{t('incident.addTask')}</summary>
      <form className="form" onSubmit={(event) => void submit(event)} noValidate>
        <FormProblem message={problem ? problemText(problem) : undefined} />
        <FormField label={t('incident.taskTitle')} error={problem?.fieldIssues['title']}>
          {(props) => (
            <input {...props} value={title} onChange={(event) => setTitle(event.target.value)} />
          )}
        </FormField>
        <div className="form__row">
          <FormField label={t('incident.taskService')} error={problem?.fieldIssues['serviceKey']}>
            {(props) => (
              <select
                {...props}
                value={serviceKey}
                onChange={(event) => setServiceKey(event.target.value)}
              >
                <option value="">{t('common.none')}</option>
                {services.map((service) => (
                  <option key={service.key} value={service.key}>
                    {service.name}
                  </option>
                ))}
              </select>
            )}
          </FormField>
          <FormField label={t('incident.owner')} error={problem?.fieldIssues['owner']}>
            {(props) => (
              <input {...props} value={owner} onChange={(event) => setOwner(event.target.value)} />
            )}
          </FormField>
          <FormField
            label={t('incident.estimateMinutes')}
            error={problem?.fieldIssues['estimateMinutes']}
          >
            {(props) => (
              <input
                {...props}
                value={estimate}
                onChange={(event) => setEstimate(event.target.value)}
              />
            )}
          </FormField>
        </div>
        <label className="checklist__item">
          <input
            type="checkbox"
            checked={tellsCustomers}
            onChange={(event) => setTellsCustomers(event.target.checked)}
          />
          {t('incident.tellsCustomers')}
        </label>
        {openTasks.length > 0 ? (
          <fieldset className="form__field">
            <legend>{t('incident.dependsOnTasks')}</legend>
            <div className="checklist">
              {openTasks.map((task) => (
                <label key={task.id} className="checklist__item">
                  <input
                    type="checkbox"
                    checked={dependsOn.includes(task.id)}
                    onChange={(event) =>
                      setDependsOn(
                        event.target.checked
                          ? [...dependsOn, task.id]
                          : dependsOn.filter((id) => id !== task.id),
                      )
                    }
                  />
                  {task.title}
                </label>
              ))}
            </div>
          </fieldset>
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button button--primary" disabled={fetching}>
            {t('incident.addTaskSubmit')}
          </button>
        </div>
      </form>
    </details>
  );
}
