import { useId, useRef, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { SERVICE_STATUSES, SERVICE_TIERS, validateServiceInput } from '@lagebild/domain';
import type { ServiceStatus } from '@lagebild/domain';
import { issueText } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { ConflictNotice } from '../../lib/forms/conflict-notice';
import { FormField } from '../../lib/forms/form-field';
import { FormProblem } from '../../lib/forms/form-problem';
import { useEditSession } from '../../lib/forms/use-edit-session';
import { CreateServiceMutation, UpdateServiceMutation, type ServiceRow } from './services.queries';

interface Draft {
  key: string;
  name: string;
  description: string;
  tier: string;
  rtoMinutes: string;
  rpoMinutes: string;
  dependsOn: string[];
  status: ServiceStatus;
  mtpdMinutes: string;
  costOrders: string;
  costEuros: string;
  supplier: boolean;
}

function draftFrom(service: ServiceRow | null): Draft {
  return {
    key: service?.key ?? '',
    name: service?.name ?? '',
    description: service?.description ?? '',
    tier: String(service?.tier ?? 2),
    rtoMinutes: service ? String(service.rtoMinutes) : '',
    rpoMinutes: service ? String(service.rpoMinutes) : '',
    dependsOn: service?.dependsOn ?? [],
    status: service?.status ?? 'OPERATIONAL',
    mtpdMinutes:
      service?.mtpdMinutes === null || service?.mtpdMinutes === undefined
        ? ''
        : String(service.mtpdMinutes),
    costOrders: service?.outageCostPerHour ? String(service.outageCostPerHour.orders) : '',
    costEuros: service?.outageCostPerHour ? String(service.outageCostPerHour.euros) : '',
    supplier: service?.supplier ?? false,
  };
}

/** Optional minutes: empty means none (null), anything else must be a whole number. */
function optionalWholeNumber(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

/** Empty text must not become 0 minutes: NaN makes the domain report the field. */
function wholeNumber(text: string): number {
  return text.trim() === '' ? Number.NaN : Number(text);
}

export interface ServiceFormProps {
  /** The service to edit, or null to add one. */
  service: ServiceRow | null;
  allServices: readonly ServiceRow[];
  onSaved: (service: ServiceRow) => void;
  onCancel?: () => void;
  /** Re-reads the catalogue, e.g. after someone else changed the edited service. */
  onReload: () => void;
}

/**
 * Adds or edits a service. The domain's rules run before sending (instant feedback); what only
 * the API can know (duplicate keys, cycles through other services, stale versions) comes back
 * as field issues or a CONFLICT and is shown the same way. The typed draft survives a refusal.
 */
export function ServiceForm({
  service,
  allServices,
  onSaved,
  onCancel,
  onReload,
}: ServiceFormProps) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const formId = useId();
  const editing = service !== null;
  const [, createService] = useMutation(CreateServiceMutation);
  const [, updateService] = useMutation(UpdateServiceMutation);
  const savedRow = useRef<ServiceRow | null>(null);

  const inputOf = (draft: Draft) => ({
    key: draft.key.trim(),
    name: draft.name.trim(),
    description: draft.description.trim(),
    tier: wholeNumber(draft.tier),
    rtoMinutes: wholeNumber(draft.rtoMinutes),
    rpoMinutes: wholeNumber(draft.rpoMinutes),
    dependsOn: draft.dependsOn,
    mtpdMinutes: optionalWholeNumber(draft.mtpdMinutes),
    // Both empty: no estimate. One empty: NaN, so the domain names the missing half.
    outageCostPerHour:
      draft.costOrders.trim() === '' && draft.costEuros.trim() === ''
        ? null
        : { orders: wholeNumber(draft.costOrders), euros: wholeNumber(draft.costEuros) },
    supplier: draft.supplier,
  });
  const session = useEditSession<Draft>({
    record: { version: service?.version ?? 0, values: draftFrom(service) },
    save: async (draft, version) => {
      const input = inputOf(draft);
      const result = service
        ? await updateService({
            input: {
              key: service.key,
              version,
              name: input.name,
              description: input.description,
              tier: input.tier,
              rtoMinutes: input.rtoMinutes,
              rpoMinutes: input.rpoMinutes,
              dependsOn: input.dependsOn,
              status: draft.status,
              mtpdMinutes: input.mtpdMinutes,
              outageCostPerHour: input.outageCostPerHour,
              supplier: input.supplier,
            },
          })
        : await createService({ input });
      const saved = result.data
        ? 'updateService' in result.data
          ? result.data.updateService
          : result.data.createService
        : null;
      savedRow.current = saved;
      return { error: result.error, savedVersion: saved?.version };
    },
    onSaved: () => {
      if (savedRow.current) onSaved(savedRow.current);
    },
    reload: onReload,
  });
  const { values: draft, problem, setProblem, saving } = session;
  const update = session.set;

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    const issues = validateServiceInput(inputOf(draft));
    if (issues.length > 0) {
      setProblem({
        code: 'BAD_USER_INPUT',
        message: '',
        fieldIssues: Object.fromEntries(issues.map((issue) => [issue.field, issueText(issue)])),
        fieldIssueDetails: Object.fromEntries(issues.map((issue) => [issue.field, issue])),
      });
      return;
    }
    setProblem(null);
    void session.submit();
  };

  const issueFor = (field: string): string | undefined => problem?.fieldIssues[field];
  const candidates = allServices.filter((other) => other.key !== service?.key);
  // A cycle comes as keys: the reader knows the services by name.
  const nameOf = (key: string): string =>
    allServices.find((other) => other.key === key)?.name ?? key;
  const dependsOnDetail = problem?.fieldIssueDetails['dependsOn'];
  const dependsOnIssue = dependsOnDetail
    ? issueText(dependsOnDetail, nameOf)
    : issueFor('dependsOn');
  const dependsOnHintId = `${formId}-dependsOn-hint`;
  const dependsOnErrorId = `${formId}-dependsOn-error`;

  return (
    <form className="form" noValidate onSubmit={submit} aria-busy={saving}>
      <FormProblem message={problem ? problemText(problem) : undefined} />
      <ConflictNotice
        session={session}
        labels={{
          key: t('services.fields.key'),
          name: t('services.fields.name'),
          description: t('services.fields.description'),
          tier: t('services.fields.tier'),
          rtoMinutes: t('services.fields.rtoMinutes'),
          rpoMinutes: t('services.fields.rpoMinutes'),
          dependsOn: t('services.fields.dependsOn'),
          status: t('services.fields.status'),
          mtpdMinutes: t('services.fields.mtpdMinutes'),
          costOrders: t('services.fields.costOrders'),
          costEuros: t('services.fields.costEuros'),
          supplier: t('services.fields.supplier'),
        }}
        show={(field, value) =>
          field === 'status'
            ? t(`serviceStatus.${value as ServiceStatus}`)
            : field === 'dependsOn'
              ? (value as string[])
                  .map((key) => allServices.find((other) => other.key === key)?.name ?? key)
                  .join(', ') || '–'
              : String(value).trim() || '–'
        }
      />
      <FormField
        label={t('services.fields.key')}
        hint={t('services.fields.keyHint')}
        error={issueFor('key')}
      >
        {(props) => (
          <input
            {...props}
            name="key"
            value={draft.key}
            readOnly={editing}
            autoComplete="off"
            spellCheck={false}
            onChange={(event) => update('key', event.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('services.fields.name')} error={issueFor('name')}>
        {(props) => (
          <input
            {...props}
            name="name"
            value={draft.name}
            onChange={(event) => update('name', event.target.value)}
          />
        )}
      </FormField>
      <FormField label={t('services.fields.description')} error={issueFor('description')}>
        {(props) => (
          <textarea
            {...props}
            name="description"
            rows={2}
            value={draft.description}
            onChange={(event) => update('description', event.target.value)}
          />
        )}
      </FormField>
      <div className="form__row">
        <FormField
          label={t('services.fields.tier')}
          hint={t('services.fields.tierHint')}
          error={issueFor('tier')}
        >
          {(props) => (
            <select
              {...props}
              name="tier"
              value={draft.tier}
              onChange={(event) => update('tier', event.target.value)}
            >
              {SERVICE_TIERS.map((tier) => (
                <option key={tier} value={tier}>
                  {tier}
                </option>
              ))}
            </select>
          )}
        </FormField>
        <FormField
          label={
            draft.supplier
              ? t('services.fields.supplierRtoMinutes')
              : t('services.fields.rtoMinutes')
          }
          error={issueFor('rtoMinutes')}
        >
          {(props) => (
            <input
              {...props}
              name="rtoMinutes"
              inputMode="numeric"
              value={draft.rtoMinutes}
              onChange={(event) => update('rtoMinutes', event.target.value)}
            />
          )}
        </FormField>
        <FormField label={t('services.fields.rpoMinutes')} error={issueFor('rpoMinutes')}>
          {(props) => (
            <input
              {...props}
              name="rpoMinutes"
              inputMode="numeric"
              value={draft.rpoMinutes}
              onChange={(event) => update('rpoMinutes', event.target.value)}
            />
          )}
        </FormField>
      </div>
      <div className="form__row">
        <FormField
          label={t('services.fields.mtpdMinutes')}
          hint={t('services.fields.mtpdHint')}
          error={issueFor('mtpdMinutes')}
        >
          {(props) => (
            <input
              {...props}
              name="mtpdMinutes"
              inputMode="numeric"
              value={draft.mtpdMinutes}
              onChange={(event) => update('mtpdMinutes', event.target.value)}
            />
          )}
        </FormField>
        <FormField
          label={t('services.fields.costOrders')}
          hint={t('services.fields.costHint')}
          error={issueFor('outageCostPerHour.orders')}
        >
          {(props) => (
            <input
              {...props}
              name="costOrders"
              inputMode="numeric"
              value={draft.costOrders}
              onChange={(event) => update('costOrders', event.target.value)}
            />
          )}
        </FormField>
        <FormField
          label={t('services.fields.costEuros')}
          error={issueFor('outageCostPerHour.euros')}
        >
          {(props) => (
            <input
              {...props}
              name="costEuros"
              inputMode="numeric"
              value={draft.costEuros}
              onChange={(event) => update('costEuros', event.target.value)}
            />
          )}
        </FormField>
      </div>
      <label className="checklist__item">
        <input
          type="checkbox"
          name="supplier"
          checked={draft.supplier}
          onChange={(event) => update('supplier', event.target.checked)}
        />
        {t('services.fields.supplier')}
      </label>
      {editing ? (
        <FormField label={t('services.fields.status')} error={issueFor('status')}>
          {(props) => (
            <select
              {...props}
              name="status"
              value={draft.status}
              onChange={(event) => update('status', event.target.value as ServiceStatus)}
            >
              {SERVICE_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`serviceStatus.${status}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
      ) : null}
      <fieldset
        className={dependsOnIssue ? 'form__field form__field--invalid' : 'form__field'}
        aria-describedby={
          dependsOnIssue ? `${dependsOnHintId} ${dependsOnErrorId}` : dependsOnHintId
        }
      >
        <legend>{t('services.fields.dependsOn')}</legend>
        <p className="form__hint" id={dependsOnHintId}>
          {t('services.fields.dependsOnHint')}
        </p>
        {candidates.length === 0 ? <p className="form__hint">{t('common.none')}</p> : null}
        <div className="checklist">
          {candidates.map((candidate) => (
            <label key={candidate.key} className="checklist__item">
              <input
                type="checkbox"
                name="dependsOn"
                value={candidate.key}
                checked={draft.dependsOn.includes(candidate.key)}
                onChange={(event) =>
                  update(
                    'dependsOn',
                    event.target.checked
                      ? [...draft.dependsOn, candidate.key]
                      : draft.dependsOn.filter((key) => key !== candidate.key),
                  )
                }
              />
              {candidate.name}
            </label>
          ))}
        </div>
        {dependsOnIssue ? (
          <p className="form__error" id={dependsOnErrorId}>
            {dependsOnIssue}
          </p>
        ) : null}
      </fieldset>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t('common.saving') : t('common.save')}
        </button>
        {onCancel ? (
          <button type="button" className="button" onClick={onCancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
