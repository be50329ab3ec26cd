import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { RECOVERY_TASK_TRANSITIONS } from '@lagebild/domain';
import { Card, EmptyState } from '@lagebild/ui';
import type { IncidentQuery as IncidentResult } from '../../lib/graphql/generated/graphql';
import { toApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useFormat } from '../../lib/format';
import { UpdateRecoveryTaskMutation } from './incidents.queries';
import { AddTaskForm } from './add-task-form';
import { TaskOverrideForm } from './task-override-form';
import { TaskEditForm } from './task-edit-form';
import { useReasonText } from '../../lib/words/reason-text';

type IncidentView = NonNullable<IncidentResult['incidentByRef']>;

/**
 * The recovery plan in the order the domain recommends, each task with its reasons, what it
 * waits for and its owner. Status buttons offer only the moves the transition table allows.
 */
export function RecoveryPlanCard({
  incident,
  services,
  canEdit,
  onChanged,
}: {
  incident: IncidentView;
  services: IncidentResult['services'];
  canEdit: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const reasonText = useReasonText();
  const format = useFormat();
  const problemText = useProblemText();
  const [problem, setProblem] = useState<string | null>(null);
  const [{ fetching }, updateTask] = useMutation(UpdateRecoveryTaskMutation);
  const tasks = incident.recoveryTasks;
  const titleOf = new Map(tasks.map((task) => [task.id, task.title]));
  const plan = incident.recoveryPlan;

  return (
    <Card title={t('incident.recoveryPlan')}>
      <p className="form__hint">{t('incident.recoveryPlanHint')}</p>
      {plan.expectedCompletionAt ? (
        <p className="plan-summary">
          {t('incident.planSummary', {
            time: format.dateTime(plan.expectedCompletionAt),
            done: plan.doneTaskCount,
            total: plan.doneTaskCount + plan.openTaskCount,
          })}
        </p>
      ) : null}
      {plan.unestimatedTaskIds.length > 0 ? (
        <p className="plan-warning" role="status">
          {t('incident.unestimated', { count: plan.unestimatedTaskIds.length })}
        </p>
      ) : null}
      {problem ? (
        <p className="form__error" role="alert">
          {problem}
        </p>
      ) : null}
      {tasks.length === 0 ? <EmptyState>{t('incident.noTasks')}</EmptyState> : null}
      <ol className="tasks">
        {tasks.map((task) => (
          <li key={task.id} className={`task task--${task.status.toLowerCase()}`}>
            <div className="task__head">
              <span className="task__rank" aria-hidden="true">
                {task.rank ?? '✓'}
              </span>
              <strong className="task__title">{task.title}</strong>
              <span className="task__status">{t(`taskStatus.${task.status}`)}</span>
            </div>
            <div className="task__meta muted">
              {task.owner ? (
                <span>
                  {t('incident.owner')}: {task.owner}
                </span>
              ) : null}
              {task.estimateMinutes !== null ? (
                <span>
                  {t('incident.estimate')}: {format.duration(task.estimateMinutes)}
                </span>
              ) : null}
              {task.dependsOn.length > 0 ? (
                <span>
                  {t('incident.dependsOnTasks')}:{' '}
                  {task.dependsOn.map((id) => titleOf.get(id) ?? id).join(', ')}
                </span>
              ) : null}
            </div>
            {task.override ? (
              <p className="task__override">
                {t('incident.overridden', { reason: task.override.reason })}
              </p>
            ) : null}
            {task.reasonDetails.length > 0 ? (
              <ul className="task__reasons">
                {task.reasonDetails.map((reason, index) => (
                  <li key={`${reason.code}-${index}`}>
                    {reasonText(reason) ?? task.reasons[index]}
                  </li>
                ))}
              </ul>
            ) : null}
            {canEdit ? (
              <div className="task__actions" role="group" aria-label={task.title}>
                {RECOVERY_TASK_TRANSITIONS[task.status].map((next) => (
                  <button
                    key={next}
                    type="button"
                    className="button button--small"
                    disabled={fetching}
                    onClick={() => {
                      void updateTask({
                        input: { id: task.id, version: task.version, status: next },
                      }).then((result) => {
                        if (result.error) setProblem(problemText(toApiProblem(result.error)));
                        else {
                          setProblem(null);
                          onChanged();
                        }
                      });
                    }}
                  >
                    {t(`taskStatus.${next}`)}
                  </button>
                ))}
              </div>
            ) : null}
            {canEdit ? <TaskEditForm task={task} onChanged={onChanged} /> : null}
            {canEdit && task.status !== 'DONE' ? (
              <TaskOverrideForm task={task} onChanged={onChanged} />
            ) : null}
          </li>
        ))}
      </ol>
      {canEdit ? (
        <AddTaskForm
          incidentId={incident.id}
          services={services}
          tasks={tasks}
          onAdded={onChanged}
        />
      ) : null}
    </Card>
  );
}
