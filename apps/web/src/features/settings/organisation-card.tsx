import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import {
  CONTACT_WAY_KINDS,
  CONTACT_WAYS_MAX,
  type ContactWayKind,
  type OrganisationSettings,
  SEVERITIES,
  type Severity,
  validateOrganisationSettings,
} from '@lagebild/domain';
import { Card, ErrorState, LoadingState } from '@lagebild/ui';
import type { OrganisationSettingsFieldsFragment } from '../../lib/graphql/generated/graphql';
import { toApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { ConflictNotice } from '../../lib/forms/conflict-notice';
import { FormField } from '../../lib/forms/form-field';
import { FormProblem } from '../../lib/forms/form-problem';
import { useEditSession } from '../../lib/forms/use-edit-session';
import { OrganisationSettingsQuery, UpdateSettingsMutation } from './organisation.queries';

interface ContactWayDraft {
  kind: ContactWayKind;
  label: string;
  value: string;
}

interface ServiceDraft {
  serviceKey: string;
  publicName: string;
  shownOnStatusPage: boolean;
}

interface Draft {
  organisationName: string;
  statusPageTitle: string;
  supportContact: string;
  contactWays: ContactWayDraft[];
  timeZone: string;
  publicUrl: string;
  /** Minutes as typed; empty means no cadence. */
  cadence: Record<Severity, string>;
  services: ServiceDraft[];
  fourEyesApproval: boolean;
}

function draftFrom(settings: OrganisationSettingsFieldsFragment): Draft {
  const minutes = new Map(settings.cadence.map((entry) => [entry.severity, entry.minutes]));
  return {
    organisationName: settings.organisationName,
    statusPageTitle: settings.statusPageTitle,
    supportContact: settings.supportContact,
    contactWays: settings.contactWays.map(({ kind, label, value }) => ({ kind, label, value })),
    timeZone: settings.timeZone,
    publicUrl: settings.publicUrl ?? '',
    cadence: Object.fromEntries(
      SEVERITIES.map((severity) => [severity, String(minutes.get(severity) ?? '')]),
    ) as Record<Severity, string>,
    services: settings.services.map((service) => ({
      serviceKey: service.serviceKey,
      publicName: service.publicName ?? '',
      shownOnStatusPage: service.shownOnStatusPage,
    })),
    fourEyesApproval: settings.fourEyesApproval,
  };
}

/** Empty text is no cadence; anything else must be a number (NaN lets the domain say so). */
function minutesOf(text: string): number | null {
  return text.trim() === '' ? null : Number(text);
}

function settingsOf(draft: Draft): OrganisationSettings {
  return {
    organisationName: draft.organisationName,
    statusPageTitle: draft.statusPageTitle,
    supportContact: draft.supportContact,
    contactWays: draft.contactWays,
    timeZone: draft.timeZone.trim(),
    publicUrl: draft.publicUrl.trim() === '' ? null : draft.publicUrl.trim(),
    cadence: Object.fromEntries(
      SEVERITIES.map((severity) => [severity, minutesOf(draft.cadence[severity])]),
    ) as OrganisationSettings['cadence'],
    services: draft.services.map((service) => ({
      serviceKey: service.serviceKey,
      publicName: service.publicName.trim() === '' ? null : service.publicName,
      shownOnStatusPage: service.shownOnStatusPage,
    })),
    fourEyesApproval: draft.fourEyesApproval,
  };
}

function OrganisationForm({
  settings,
  serviceNames,
  reload,
}: {
  settings: OrganisationSettingsFieldsFragment;
  serviceNames: Map<string, string>;
  reload: () => void;
}) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [, updateSettings] = useMutation(UpdateSettingsMutation);
  const [saved, setSaved] = useState(false);
  const session = useEditSession<Draft>({
    record: { version: settings.version, values: draftFrom(settings) },
    save: async (draft, version) => {
      const next = settingsOf(draft);
      const result = await updateSettings({
        input: {
          version,
          organisationName: next.organisationName,
          statusPageTitle: next.statusPageTitle,
          supportContact: next.supportContact,
          contactWays: next.contactWays,
          timeZone: next.timeZone,
          publicUrl: next.publicUrl,
          cadence: SEVERITIES.map((severity) => ({ severity, minutes: next.cadence[severity] })),
          services: next.services,
          fourEyesApproval: next.fourEyesApproval,
        },
      });
      return { error: result.error, savedVersion: result.data?.updateSettings.version };
    },
    onSaved: () => setSaved(true),
    reload,
  });
  const { values: draft, problem, setProblem, saving } = session;
  const set = session.set;
  const issueFor = (field: string): string | undefined => problem?.fieldIssues[field];

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setSaved(false);
    const issues = validateOrganisationSettings(settingsOf(draft), serviceNames.keys());
    if (issues.length > 0) {
      setProblem({
        code: 'BAD_USER_INPUT',
        message: '',
        fieldIssues: Object.fromEntries(issues.map((issue) => [issue.field, issue.message])),
        fieldIssueDetails: Object.fromEntries(issues.map((issue) => [issue.field, issue])),
      });
      return;
    }
    setProblem(null);
    void session.submit();
  };

  const setWay = (index: number, change: Partial<ContactWayDraft>): void =>
    set(
      'contactWays',
      draft.contactWays.map((way, at) => (at === index ? { ...way, ...change } : way)),
    );
  const setService = (key: string, change: Partial<ServiceDraft>): void =>
    set(
      'services',
      draft.services.map((service) =>
        service.serviceKey === key ? { ...service, ...change } : service,
      ),
    );

  return (
    <form className="form" noValidate onSubmit={submit} aria-busy={saving}>
      <FormProblem message={problem ? problemText(problem) : undefined} />
      <ConflictNotice
        session={session}
        labels={{
          organisationName: t('organisation.fields.organisationName'),
          statusPageTitle: t('organisation.fields.statusPageTitle'),
          supportContact: t('organisation.fields.supportContact'),
          contactWays: t('organisation.fields.contactWays'),
          timeZone: t('organisation.fields.timeZone'),
          publicUrl: t('organisation.fields.publicUrl'),
          cadence: t('organisation.fields.cadence'),
          services: t('organisation.fields.services'),
          fourEyesApproval: t('organisation.fields.fourEyesApproval'),
        }}
        show={(field, value) => {
          if (field === 'contactWays') {
            return (
              (value as ContactWayDraft[]).map((way) => `${way.label}: ${way.value}`).join(', ') ||
              '–'
            );
          }
          if (field === 'cadence') {
            const cadence = value as Record<Severity, string>;
            return SEVERITIES.map((severity) => `${severity} ${cadence[severity] || '–'}`).join(
              ', ',
            );
          }
          if (field === 'fourEyesApproval') return value ? t('common.yes') : t('common.no');
          if (field === 'services') {
            return (value as ServiceDraft[])
              .map(
                (service) =>
                  `${service.publicName || serviceNames.get(service.serviceKey) || service.serviceKey}${service.shownOnStatusPage ? '' : ` (${t('organisation.hidden')})`}`,
              )
              .join(', ');
          }
          return String(value).trim() || '–';
        }}
      />
      {saved && !session.dirty ? (
        <p className="muted" role="status">
          {t('organisation.saved')}
        </p>
      ) : null}
      <FormField
        label={t('organisation.fields.organisationName')}
        error={issueFor('organisationName')}
      >
        {(props) => (
          <input
            {...props}
            name="organisationName"
            value={draft.organisationName}
            onChange={(event) => set('organisationName', event.target.value)}
          />
        )}
      </FormField>
      <FormField
        label={t('organisation.fields.statusPageTitle')}
        hint={t('organisation.fields.statusPageTitleHint')}
        error={issueFor('statusPageTitle')}
      >
        {(props) => (
          <input
            {...props}
            name="statusPageTitle"
            value={draft.statusPageTitle}
            onChange={(event) => set('statusPageTitle', event.target.value)}
          />
        )}
      </FormField>
      <FormField
        label={t('organisation.fields.supportContact')}
        hint={t('organisation.fields.supportContactHint')}
        error={issueFor('supportContact')}
      >
        {(props) => (
          <input
            {...props}
            name="supportContact"
            value={draft.supportContact}
            onChange={(event) => set('supportContact', event.target.value)}
          />
        )}
      </FormField>
      <fieldset className="form__field">
        <legend>{t('organisation.fields.contactWays')}</legend>
        <p className="form__hint">{t('organisation.fields.contactWaysHint')}</p>
        {issueFor('contactWays') ? <p className="form__error">{issueFor('contactWays')}</p> : null}
        {draft.contactWays.map((way, index) => (
          <div className="form__row" key={index}>
            <FormField
              label={t('organisation.fields.contactWayKind')}
              error={issueFor(`contactWays.${index}.kind`)}
            >
              {(props) => (
                <select
                  {...props}
                  name={`contactWays.${index}.kind`}
                  value={way.kind}
                  onChange={(event) =>
                    setWay(index, { kind: event.target.value as ContactWayKind })
                  }
                >
                  {CONTACT_WAY_KINDS.map((kind) => (
                    <option key={kind} value={kind}>
                      {t(`organisation.kind.${kind}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField
              label={t('organisation.fields.contactWayLabel')}
              error={issueFor(`contactWays.${index}.label`)}
            >
              {(props) => (
                <input
                  {...props}
                  name={`contactWays.${index}.label`}
                  value={way.label}
                  onChange={(event) => setWay(index, { label: event.target.value })}
                />
              )}
            </FormField>
            <FormField
              label={t('organisation.fields.contactWayValue')}
              error={issueFor(`contactWays.${index}.value`)}
            >
              {(props) => (
                <input
                  {...props}
                  name={`contactWays.${index}.value`}
                  value={way.value}
                  onChange={(event) => setWay(index, { value: event.target.value })}
                />
              )}
            </FormField>
            <button
              type="button"
              className="button"
              onClick={() =>
                set(
                  'contactWays',
                  draft.contactWays.filter((_, at) => at !== index),
                )
              }
            >
              {t('organisation.removeContactWay')}
            </button>
          </div>
        ))}
        {draft.contactWays.length < CONTACT_WAYS_MAX ? (
          <button
            type="button"
            className="button"
            onClick={() =>
              set('contactWays', [...draft.contactWays, { kind: 'EMAIL', label: '', value: '' }])
            }
          >
            {t('organisation.addContactWay')}
          </button>
        ) : null}
      </fieldset>
      <div className="form__row">
        <FormField
          label={t('organisation.fields.timeZone')}
          hint={t('organisation.fields.timeZoneHint')}
          error={issueFor('timeZone')}
        >
          {(props) => (
            <input
              {...props}
              name="timeZone"
              value={draft.timeZone}
              autoComplete="off"
              spellCheck={false}
              onChange={(event) => set('timeZone', event.target.value)}
            />
          )}
        </FormField>
        <FormField
          label={t('organisation.fields.publicUrl')}
          hint={t('organisation.fields.publicUrlHint')}
          error={issueFor('publicUrl')}
        >
          {(props) => (
            <input
              {...props}
              name="publicUrl"
              type="url"
              inputMode="url"
              value={draft.publicUrl}
              onChange={(event) => set('publicUrl', event.target.value)}
            />
          )}
        </FormField>
      </div>
      <fieldset className="form__field">
        <legend>{t('organisation.fields.cadence')}</legend>
        <p className="form__hint">{t('organisation.fields.cadenceHint')}</p>
        <div className="form__row">
          {SEVERITIES.map((severity) => (
            <FormField
              key={severity}
              label={`${severity} · ${t(`severity.${severity}`)}`}
              error={issueFor(`cadence.${severity}`)}
            >
              {(props) => (
                <input
                  {...props}
                  name={`cadence.${severity}`}
                  inputMode="numeric"
                  value={draft.cadence[severity]}
                  onChange={(event) =>
                    set('cadence', { ...draft.cadence, [severity]: event.target.value })
                  }
                />
              )}
            </FormField>
          ))}
        </div>
      </fieldset>
      <fieldset className="form__field">
        <legend>{t('organisation.fields.services')}</legend>
        <p className="form__hint">{t('organisation.fields.servicesHint')}</p>
        {draft.services.map((service, index) => {
          const name = serviceNames.get(service.serviceKey) ?? service.serviceKey;
          return (
            <div className="form__row" key={service.serviceKey}>
              <FormField
                label={t('organisation.fields.publicNameOf', { name })}
                error={issueFor(`services.${index}.publicName`)}
              >
                {(props) => (
                  <input
                    {...props}
                    name={`services.${service.serviceKey}.publicName`}
                    placeholder={name}
                    value={service.publicName}
                    onChange={(event) =>
                      setService(service.serviceKey, { publicName: event.target.value })
                    }
                  />
                )}
              </FormField>
              <label className="checklist__item">
                <input
                  type="checkbox"
                  name={`services.${service.serviceKey}.shown`}
                  checked={service.shownOnStatusPage}
                  onChange={(event) =>
                    setService(service.serviceKey, { shownOnStatusPage: event.target.checked })
                  }
                />
                {t('organisation.fields.shownOnStatusPage')}
              </label>
            </div>
          );
        })}
      </fieldset>
      <label className="checklist__item">
        <input
          type="checkbox"
          name="fourEyesApproval"
          checked={draft.fourEyesApproval}
          onChange={(event) => set('fourEyesApproval', event.target.checked)}
        />
        {t('organisation.fields.fourEyesApproval')}
      </label>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={saving}>
          {saving ? t('common.saving') : t('common.save')}
        </button>
      </div>
    </form>
  );
}

/** The organisation: its name and how it speaks to the public (admins only). */
export function OrganisationCard() {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [{ data, error, fetching }, reexecute] = useQuery({ query: OrganisationSettingsQuery });
  const reload = (): void => reexecute({ requestPolicy: 'network-only' });
  return (
    <Card title={t('organisation.title')}>
      {fetching && !data ? (
        <LoadingState label={t('common.loading')} />
      ) : !data ? (
        <ErrorState
          message={error ? problemText(toApiProblem(error)) : t('errors.network')}
          retryLabel={t('common.retry')}
          onRetry={reload}
        />
      ) : (
        <OrganisationForm
          settings={data.settings}
          serviceNames={new Map(data.services.map((service) => [service.key, service.name]))}
          reload={reload}
        />
      )}
    </Card>
  );
}
