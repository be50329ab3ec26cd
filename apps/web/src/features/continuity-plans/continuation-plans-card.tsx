import { useState, type FormEvent } from 'react';
import { Link } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { Card, EmptyState } from '@lagebild/ui';
import { FormField } from '../../lib/forms/form-field';
import { issueText, toApiProblem, type ApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useFormat } from '../../lib/format';
import type { ContinuationPlanFieldsFragment } from '../../lib/graphql/generated/graphql';
import {
  ContinuationPlansQuery,
  CreateContinuationPlanMutation,
  DeleteContinuationPlanMutation,
  UpdateContinuationPlanMutation,
} from './continuity-plans.queries';

type Plan = ContinuationPlanFieldsFragment;

interface PlanValues {
  serviceKey: string;
  title: string;
  owner: string;
  steps: string;
  needs: string;
  addsBacklog: string;
  addsStaff: string;
}

function valuesOf(plan: Plan | null, serviceKey: string): PlanValues {
  return {
    serviceKey: plan?.serviceKey ?? serviceKey,
    title: plan?.title ?? '',
    owner: plan?.owner ?? '',
    steps: plan?.steps.join('\n') ?? '',
    needs: plan?.needs.join('\n') ?? '',
    addsBacklog: plan?.addsCapacity?.backlogKey ?? '',
    addsStaff: plan?.addsCapacity ? String(plan.addsCapacity.staff) : '',
  };
}

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.length > 0);

/** One plan as people read it: owner, steps in order, needs, and the people it adds. */
export function PlanText({ plan, checklist = false }: { plan: Plan; checklist?: boolean }) {
  const { t } = useTranslation();
  const format = useFormat();
  return (
    <div className="plan">
      <p className="plan__owner">{t('plans.ownerLine', { owner: plan.owner })}</p>
      {plan.addsCapacity ? (
        <p className="plan__adds">
          {t('plans.adds', {
            staff: format.number(plan.addsCapacity.staff),
            backlog: plan.addsCapacity.backlogKey,
          })}
        </p>
      ) : null}
      <h4>{t('plans.stepsHeading')}</h4>
      <ol className={checklist ? 'plan__steps plan__steps--checklist' : 'plan__steps'}>
        {plan.steps.map((step, index) => (
          <li key={index}>
            {checklist ? <span className="plan__box" aria-hidden="true" /> : null}
            {step}
          </li>
        ))}
      </ol>
      {plan.needs.length > 0 ? (
        <>
          <h4>{t('plans.needsHeading')}</h4>
          <ul className="plan__needs">
            {plan.needs.map((need, index) => (
              <li key={index}>{need}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

type Editing = { mode: 'closed' } | { mode: 'create' } | { mode: 'edit'; plan: Plan };

/** The services page's "Continuation plans" section: read by all, written by admins. */
export function ContinuationPlansCard({
  services,
  canEdit,
}: {
  services: readonly { key: string; name: string }[];
  canEdit: boolean;
}) {
  const { t } = useTranslation();
  const [{ data }, reexecute] = useQuery({ query: ContinuationPlansQuery });
  const plans: readonly Plan[] = data?.continuationPlans ?? [];
  const [editing, setEditing] = useState<Editing>({ mode: 'closed' });
  const [notice, setNotice] = useState<string | null>(null);
  const reload = (): void => reexecute({ requestPolicy: 'network-only' });
  const nameOf = (key: string): string =>
    services.find((service) => service.key === key)?.name ?? key;
  const serviceKeys = [...new Set(plans.map((plan) => plan.serviceKey))];

  return (
    <Card
      title={t('plans.title')}
      actions={
        canEdit ? (
          <button
            type="button"
            className="button button--primary"
            onClick={() => {
              setNotice(null);
              setEditing({ mode: 'create' });
            }}
          >
            {t('plans.add')}
          </button>
        ) : null
      }
    >
      <p className="page__intro">{t('plans.intro')}</p>
      {notice ? (
        <p className="notice" role="status">
          {notice}
        </p>
      ) : null}
      {canEdit && editing.mode !== 'closed' ? (
        <PlanForm
          key={editing.mode === 'edit' ? `${editing.plan.id}:${editing.plan.version}` : 'new'}
          plan={editing.mode === 'edit' ? editing.plan : null}
          services={services}
          onReload={reload}
          onCancel={() => setEditing({ mode: 'closed' })}
          onDone={(text) => {
            setEditing({ mode: 'closed' });
            setNotice(text);
            reload();
          }}
        />
      ) : null}
      {data && plans.length === 0 ? <EmptyState>{t('plans.empty')}</EmptyState> : null}
      {serviceKeys.map((serviceKey) => (
        <section key={serviceKey} className="plans__service" data-plans-service={serviceKey}>
          <h3>
            {nameOf(serviceKey)}{' '}
            <Link className="button button--small" to={`/services/${serviceKey}/plans/print`}>
              {t('plans.print', { name: nameOf(serviceKey) })}
            </Link>
          </h3>
          {plans
            .filter((plan) => plan.serviceKey === serviceKey)
            .map((plan) => (
              <article key={plan.id} className="plans__plan" data-plan-id={plan.id}>
                <h4>{plan.title}</h4>
                <PlanText plan={plan} />
                {canEdit ? (
                  <button
                    type="button"
                    className="button button--small"
                    onClick={() => {
                      setNotice(null);
                      setEditing({ mode: 'edit', plan });
                    }}
                  >
                    {t('common.edit')}
                    <span className="visually-hidden"> {plan.title}</span>
                  </button>
                ) : null}
              </article>
            ))}
        </section>
      ))}
    </Card>
  );
}

/** The plan form: it keeps the version it was opened with, so a stale save is refused. */
function PlanForm({
  plan,
  services,
  onReload,
  onCancel,
  onDone,
}: {
  plan: Plan | null;
  services: readonly { key: string; name: string }[];
  onReload: () => void;
  onCancel: () => void;
  onDone: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [values, setValues] = useState(() => valuesOf(plan, services[0]?.key ?? ''));
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [, create] = useMutation(CreateContinuationPlanMutation);
  const [, update] = useMutation(UpdateContinuationPlanMutation);
  const [, remove] = useMutation(DeleteContinuationPlanMutation);
  const set = (field: keyof PlanValues, value: string): void =>
    setValues((current) => ({ ...current, [field]: value }));
  const issueFor = (field: string): string | undefined => {
    const issue = problem?.fieldIssueDetails[field];
    return issue ? issueText(issue) : undefined;
  };
  const stepIssue = Object.entries(problem?.fieldIssueDetails ?? {}).find(([field]) =>
    field.startsWith('steps'),
  )?.[1];
  const needIssue = Object.entries(problem?.fieldIssueDetails ?? {}).find(([field]) =>
    field.startsWith('needs'),
  )?.[1];
  const conflict = problem?.code === 'CONFLICT';

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setProblem(null);
    const staff = Number(values.addsStaff.replace(',', '.'));
    const input = {
      serviceKey: values.serviceKey,
      title: values.title,
      owner: values.owner,
      steps: lines(values.steps),
      needs: lines(values.needs),
      addsCapacity:
        values.addsBacklog.trim() === ''
          ? null
          : { backlogKey: values.addsBacklog.trim(), staff: Number.isFinite(staff) ? staff : 0 },
    };
    const result = plan
      ? await update({ input: { ...input, id: plan.id, version: plan.version } })
      : await create({ input });
    if (result.error) {
      setProblem(toApiProblem(result.error));
      return;
    }
    onDone(t('plans.saved', { title: values.title.trim() }));
  };

  const deletePlan = async (): Promise<void> => {
    if (!plan) return;
    setProblem(null);
    const result = await remove({ input: { id: plan.id, version: plan.version } });
    if (result.error) {
      setProblem(toApiProblem(result.error));
      return;
    }
    onDone(t('plans.deleted'));
  };

  return (
    <form className="form plans__form" onSubmit={(event) => void submit(event)} noValidate>
      <h3>{plan ? t('plans.editTitle', { title: plan.title }) : t('plans.addTitle')}</h3>
      {conflict ? (
        <div className="notice notice--warning" role="alert">
          <p>{t('plans.conflict')}</p>
          <button type="button" className="button button--small" onClick={onReload}>
            {t('plans.reload')}
          </button>
        </div>
      ) : problem ? (
        <p className="form__problem" role="alert">
          {problemText(problem)}
        </p>
      ) : null}
      <FormField label={t('plans.service')} error={issueFor('serviceKey')}>
        {(props) => (
          <select
            {...props}
            name="serviceKey"
            value={values.serviceKey}
            onChange={(event) => set('serviceKey', event.target.value)}
          >
            {services.map((service) => (
              <option key={service.key} value={service.key}>
                {service.name}
              </option>
            ))}
          </select>
        )}
      </FormField>
      <FormField label={t('plans.planTitle')} error={issueFor('title')}>
        {(props) => (
          <input
            {...props}
            name="title"
            value={values.title}
            onChange={(event) => set('title', event.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('plans.owner')} error={issueFor('owner')}>
        {(props) => (
          <input
            {...props}
            name="owner"
            value={values.owner}
            onChange={(event) => set('owner', event.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('plans.steps')} error={stepIssue ? issueText(stepIssue) : undefined}>
        {(props) => (
          <textarea
            {...props}
            name="steps"
            rows={5}
            value={values.steps}
            onChange={(event) => set('steps', event.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('plans.needs')} error={needIssue ? issueText(needIssue) : undefined}>
        {(props) => (
          <textarea
            {...props}
            name="needs"
            rows={3}
            value={values.needs}
            onChange={(event) => set('needs', event.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('plans.addsBacklog')} error={issueFor('addsCapacity.backlogKey')}>
        {(props) => (
          <input
            {...props}
            name="addsBacklog"
            value={values.addsBacklog}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => set('addsBacklog', event.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('plans.addsStaff')} error={issueFor('addsCapacity.staff')}>
        {(props) => (
          <input
            {...props}
            name="addsStaff"
            inputMode="decimal"
            value={values.addsStaff}
            onChange={(event) => set('addsStaff', event.target.value)}
          />
        )}
      </FormField>
      <div className="form__actions">
        <button type="submit" className="button button--primary">
          {t('common.save')}
        </button>
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        {plan ? (
          <button type="button" className="button button--danger" onClick={() => void deletePlan()}>
            {t('plans.delete')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
