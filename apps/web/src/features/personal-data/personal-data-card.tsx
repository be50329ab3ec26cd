import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { DateTime } from 'luxon';
import { Card } from '@lagebild/ui';
import { AUTHORITY_DECISIONS, BREACH_ASPECTS } from '@lagebild/domain';
import type {
  AuthorityDecision,
  BreachAspect,
  PersonalDataBreachFieldsFragment,
} from '../../lib/graphql/generated/graphql';
import { useFormat } from '../../lib/format';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { ConflictNotice } from '../../lib/forms/conflict-notice';
import { FormField } from '../../lib/forms/form-field';
import { FormProblem } from '../../lib/forms/form-problem';
import { useEditSession } from '../../lib/forms/use-edit-session';
import { RecordPersonalDataBreachMutation } from './personal-data.queries';
import { NotificationClockText } from './notification-clock-text';

type Breach = PersonalDataBreachFieldsFragment;

interface BreachValues {
  aspects: BreachAspect[];
  awareAt: string;
  facts: string;
  effects: string;
  remedialAction: string;
  affectedPeopleEstimate: string;
  authorityDecision: AuthorityDecision;
  authorityNotifiedAt: string;
  authorityReason: string;
}

/** An instant as a `datetime-local` input holds it (the browser's time zone). */
const toLocalInput = (iso: string | null): string =>
  iso ? DateTime.fromISO(iso).toFormat("yyyy-LL-dd'T'HH:mm") : '';
const fromLocalInput = (local: string): string | null =>
  local ? DateTime.fromISO(local).toUTC().toISO() : null;

function valuesOf(breach: Breach | null, now: Date): BreachValues {
  return {
    aspects: breach?.aspects ?? ['AVAILABILITY'],
    awareAt: toLocalInput(breach?.awareAt ?? now.toISOString()),
    facts: breach?.facts ?? '',
    effects: breach?.effects ?? '',
    remedialAction: breach?.remedialAction ?? '',
    affectedPeopleEstimate:
      breach?.affectedPeopleEstimate === null || breach?.affectedPeopleEstimate === undefined
        ? ''
        : String(breach.affectedPeopleEstimate),
    authorityDecision: breach?.authorityDecision ?? 'PENDING',
    authorityNotifiedAt: toLocalInput(breach?.authorityNotifiedAt ?? null),
    authorityReason: breach?.authorityReason ?? '',
  };
}

/**
 * Whether the incident affects personal data, its breach record (GDPR Art. 33(5): facts,
 * effects, remedial action, the decision about the authority and its reasons) and the 72-hour
 * clock the API computes.
 */
export function PersonalDataCard({
  incidentId,
  breach,
  canEdit,
  onChanged,
}: {
  incidentId: string;
  breach: Breach | null;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [editing, setEditing] = useState(false);

  return (
    <Card title={t('personalData.title')}>
      {breach ? (
        <div className="stack stack--tight">
          <NotificationClockText clock={breach.clock} />
          <dl className="facts">
            <div>
              <dt>{t('personalData.aspects')}</dt>
              <dd>
                {breach.aspects.map((aspect) => t(`personalData.aspect.${aspect}`)).join(', ')}
              </dd>
            </div>
            <div>
              <dt>{t('personalData.awareAt')}</dt>
              <dd>{format.dateTime(breach.awareAt)}</dd>
            </div>
            {breach.affectedPeopleEstimate !== null ? (
              <div>
                <dt>{t('personalData.affectedPeopleEstimate')}</dt>
                <dd>{format.number(breach.affectedPeopleEstimate)}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('personalData.authorityDecision')}</dt>
              <dd>
                {t(`personalData.decision.${breach.authorityDecision}`)}
                {breach.authorityNotifiedAt
                  ? ` · ${format.dateTime(breach.authorityNotifiedAt)}`
                  : ''}
              </dd>
            </div>
          </dl>
          <p className="muted">{t('personalData.art34Hint')}</p>
          {(['facts', 'effects', 'remedialAction', 'authorityReason'] as const).map((field) =>
            breach[field] ? (
              <div key={field}>
                <strong>{t(`personalData.${field}`)}</strong>
                <p className="preserve-lines">{breach[field]}</p>
              </div>
            ) : null,
          )}
        </div>
      ) : (
        <p className="muted">{t('personalData.notFlagged')}</p>
      )}
      {canEdit && !editing ? (
        <button type="button" className="button button--small" onClick={() => setEditing(true)}>
          {breach ? t('personalData.edit') : t('personalData.flag')}
        </button>
      ) : null}
      {editing ? (
        <BreachForm
          incidentId={incidentId}
          breach={breach}
          onReload={onChanged}
          onDone={() => {
            setEditing(false);
            onChanged();
          }}
        />
      ) : null}
    </Card>
  );
}

function BreachForm({
  incidentId,
  breach,
  onDone,
  onReload,
}: {
  incidentId: string;
  breach: Breach | null;
  onDone: () => void;
  onReload: () => void;
}) {
  const { t } = useTranslation();
  const problemText = useProblemText();
  const [, record] = useMutation(RecordPersonalDataBreachMutation);
  const [openedAt] = useState(() => new Date());
  const session = useEditSession<BreachValues>({
    // Version 0: no record yet; the first save creates it.
    record: { version: breach?.version ?? 0, values: valuesOf(breach, openedAt) },
    save: async (values, version) => {
      const estimate = values.affectedPeopleEstimate.trim();
      const result = await record({
        input: {
          incidentId,
          ...(version > 0 ? { version } : {}),
          aspects: values.aspects,
          awareAt: fromLocalInput(values.awareAt) ?? '',
          facts: values.facts,
          effects: values.effects,
          remedialAction: values.remedialAction,
          affectedPeopleEstimate: estimate === '' ? null : Number(estimate),
          authorityDecision: values.authorityDecision,
          authorityNotifiedAt:
            values.authorityDecision === 'NOTIFIED'
              ? fromLocalInput(values.authorityNotifiedAt)
              : null,
          authorityReason: values.authorityReason,
        },
      });
      return { error: result.error, savedVersion: result.data?.recordPersonalDataBreach.version };
    },
    onSaved: onDone,
    reload: onReload,
  });
  const { values, set, problem } = session;
  const issue = (field: string) => problem?.fieldIssues[field];

  const submit = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void session.submit();
  };
  const toggleAspect = (aspect: BreachAspect, on: boolean): void =>
    set(
      'aspects',
      BREACH_ASPECTS.filter((known) => (known === aspect ? on : values.aspects.includes(known))),
    );

  return (
    <form className="form" onSubmit={submit} noValidate aria-label={t('personalData.recordTitle')}>
      <p className="form__hint">{t('personalData.hint')}</p>
      <FormProblem message={problem ? problemText(problem) : undefined} />
      <ConflictNotice
        session={session}
        labels={{
          aspects: t('personalData.aspects'),
          awareAt: t('personalData.awareAt'),
          facts: t('personalData.facts'),
          effects: t('personalData.effects'),
          remedialAction: t('personalData.remedialAction'),
          affectedPeopleEstimate: t('personalData.affectedPeopleEstimate'),
          authorityDecision: t('personalData.authorityDecision'),
          authorityNotifiedAt: t('personalData.authorityNotifiedAt'),
          authorityReason: t('personalData.authorityReason'),
        }}
        show={(field, value) =>
          field === 'aspects'
            ? (value as BreachAspect[])
                .map((aspect) => t(`personalData.aspect.${aspect}`))
                .join(', ')
            : field === 'authorityDecision'
              ? t(`personalData.decision.${value as AuthorityDecision}`)
              : String(value).trim() || '–'
        }
      />
      <fieldset className="form__field">
        <legend>{t('personalData.aspects')}</legend>
        <div className="checklist">
          {BREACH_ASPECTS.map((aspect) => (
            <label key={aspect} className="checklist__item">
              <input
                type="checkbox"
                checked={values.aspects.includes(aspect)}
                onChange={(event) => toggleAspect(aspect, event.target.checked)}
              />{' '}
              {t(`personalData.aspect.${aspect}`)}
            </label>
          ))}
        </div>
        {issue('aspects') ? <p className="form__error">{issue('aspects')}</p> : null}
      </fieldset>
      <div className="form__row">
        <FormField label={t('personalData.awareAt')} error={issue('awareAt')}>
          {(props) => (
            <input
              {...props}
              type="datetime-local"
              value={values.awareAt}
              onChange={(event) => set('awareAt', event.target.value)}
            />
          )}
        </FormField>
        <FormField
          label={t('personalData.affectedPeopleEstimate')}
          error={issue('affectedPeopleEstimate')}
        >
          {(props) => (
            <input
              {...props}
              type="number"
              min={0}
              inputMode="numeric"
              value={values.affectedPeopleEstimate}
              onChange={(event) => set('affectedPeopleEstimate', event.target.value)}
            />
          )}
        </FormField>
      </div>
      {(['facts', 'effects', 'remedialAction'] as const).map((field) => (
        <FormField key={field} label={t(`personalData.${field}`)} error={issue(field)}>
          {(props) => (
            <textarea
              {...props}
              rows={3}
              value={values[field]}
              onChange={(event) => set(field, event.target.value)}
            />
          )}
        </FormField>
      ))}
      <div className="form__row">
        <FormField label={t('personalData.authorityDecision')} error={issue('authorityDecision')}>
          {(props) => (
            <select
              {...props}
              value={values.authorityDecision}
              onChange={(event) =>
                set('authorityDecision', event.target.value as AuthorityDecision)
              }
            >
              {AUTHORITY_DECISIONS.map((decision) => (
                <option key={decision} value={decision}>
                  {t(`personalData.decision.${decision}`)}
                </option>
              ))}
            </select>
          )}
        </FormField>
        {values.authorityDecision === 'NOTIFIED' ? (
          <FormField
            label={t('personalData.authorityNotifiedAt')}
            error={issue('authorityNotifiedAt')}
          >
            {(props) => (
              <input
                {...props}
                type="datetime-local"
                value={values.authorityNotifiedAt}
                onChange={(event) => set('authorityNotifiedAt', event.target.value)}
              />
            )}
          </FormField>
        ) : null}
      </div>
      <FormField label={t('personalData.authorityReason')} error={issue('authorityReason')}>
        {(props) => (
          <textarea
            {...props}
            rows={2}
            value={values.authorityReason}
            onChange={(event) => set('authorityReason', event.target.value)}
          />
        )}
      </FormField>
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
