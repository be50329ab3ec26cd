import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Alarm, Card, EmptyState } from '@lagebild/ui';
import type {
  CommunicationChannel,
  CommunicationFieldsFragment,
  CommunicationLocale,
  IncidentQuery as IncidentResult,
} from '../../lib/graphql/generated/graphql';
import type { en } from '../../app/locales/en';
import { toApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useFormat } from '../../lib/format';
import { ConfirmPanel } from '../../lib/forms/confirm-panel';
import { ConflictNotice } from '../../lib/forms/conflict-notice';
import { FormField } from '../../lib/forms/form-field';
import { FormProblem } from '../../lib/forms/form-problem';
import { useEditSession } from '../../lib/forms/use-edit-session';
import { type CohortChoice, CohortNoticePanel, CohortPicker } from './cohort-notice';
import {
  ApproveCommunicationMutation,
  DraftCommunicationMutation,
  EditCommunicationDraftMutation,
  PublishCommunicationMutation,
  RetractCommunicationMutation,
} from './incidents.queries';

type IncidentView = NonNullable<IncidentResult['incidentByRef']>;

const channels: readonly CommunicationChannel[] = [
  'STATUS_PAGE',
  'EMAIL',
  'AUTO_REPLY',
  'PHONE_ANNOUNCEMENT',
  'SOCIAL',
];

/** Where customers stand with us: the debt against the cadence, and what was drafted or sent. */
export function CommunicationCard({
  incident,
  canEdit,
  onChanged,
}: {
  incident: IncidentView;
  canEdit: boolean;
  onChanged: () => void;
}) {
  const { t, i18n } = useTranslation();
  const format = useFormat();
  const problemText = useProblemText();
  const debt = incident.communicationDebt;
  const [locale, setLocale] = useState<CommunicationLocale>(
    i18n.resolvedLanguage?.startsWith('de') ? 'de' : 'en',
  );
  const [channel, setChannel] = useState<CommunicationChannel>('STATUS_PAGE');
  // An e-mail goes to the affected customers: those named on the items of these backlogs.
  const [cohort, setCohort] = useState<CohortChoice>({
    backlogKeys: incident.backlogs.map((backlog) => backlog.key),
    openOnly: true,
  });
  // An incident affecting personal data offers the Art. 34 notice to its customers first.
  const [personalData, setPersonalData] = useState(incident.personalDataBreach !== null);
  const backlogNames = new Map(incident.backlogs.map((backlog) => [backlog.key, backlog.name]));
  const [problem, setProblem] = useState<string | null>(null);
  const [, draft] = useMutation(DraftCommunicationMutation);
  const [busy, setBusy] = useState(false);

  const run = async (action: () => Promise<{ error?: Parameters<typeof toApiProblem>[0] }>) => {
    setBusy(true);
    const result = await action();
    setBusy(false);
    if (result.error) {
      setProblem(problemText(toApiProblem(result.error)));
      return false;
    }
    setProblem(null);
    onChanged();
    return true;
  };

  const debtText =
    debt.status === 'OVERDUE'
      ? t('incident.debtOverdue', {
          duration: format.duration(debt.overdueMinutes),
          since: debt.lastPublicUpdateAt
            ? format.relative(debt.lastPublicUpdateAt)
            : t('overview.debtNever'),
        })
      : debt.status === 'ON_TIME'
        ? t('incident.debtOnTime', { time: format.dateTime(debt.nextUpdateDueAt) })
        : t('incident.debtNotRequired');

  return (
    <Card
      title={t('incident.communication')}
      tone={debt.status === 'OVERDUE' ? 'critical' : 'neutral'}
    >
      {debt.status === 'OVERDUE' ? (
        <Alarm title={t('overview.debtAlarmTitle')}>{debtText}</Alarm>
      ) : (
        <p data-debt-status={debt.status}>{debtText}</p>
      )}
      {problem ? (
        <p className="form__error" role="alert">
          {problem}
        </p>
      ) : null}
      {canEdit ? (
        <div className="form draft-form">
          <div className="form__row">
            <FormField label={t('incident.channel')}>
              {(props) => (
                <select
                  {...props}
                  value={channel}
                  onChange={(event) => setChannel(event.target.value as CommunicationChannel)}
                >
                  {channels.map((option) => (
                    <option key={option} value={option}>
                      {t(`channel.${option}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            <FormField label={t('incident.locale')}>
              {(props) => (
                <select
                  {...props}
                  value={locale}
                  onChange={(event) => setLocale(event.target.value as CommunicationLocale)}
                >
                  <option value="de">{t('app.languages.de')}</option>
                  <option value="en">{t('app.languages.en')}</option>
                </select>
              )}
            </FormField>
          </div>
          {channel === 'EMAIL' ? (
            <>
              <CohortPicker backlogs={incident.backlogs} value={cohort} onChange={setCohort} />
              <label className="checkbox">
                <input
                  type="checkbox"
                  checked={personalData}
                  onChange={(event) => setPersonalData(event.target.checked)}
                />{' '}
                {t('cohort.personalDataTemplate')}
              </label>
            </>
          ) : null}
          <div className="form__actions">
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              onClick={() =>
                void run(() =>
                  draft({
                    input: {
                      incidentId: incident.id,
                      channel,
                      audience: channel === 'EMAIL' ? 'AFFECTED_CUSTOMERS' : 'PUBLIC',
                      locale,
                      timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
                      ...(channel === 'EMAIL'
                        ? { cohort, ...(personalData ? { kind: 'PERSONAL_DATA' as const } : {}) }
                        : {}),
                    },
                  }),
                )
              }
            >
              {t('incident.draftUpdate')}
            </button>
          </div>
        </div>
      ) : null}
      <h3 className="communications__title">{t('incident.communications')}</h3>
      {incident.communications.length === 0 ? (
        <EmptyState>{t('incident.noCommunications')}</EmptyState>
      ) : null}
      <ol className="communications">
        {[...incident.communications].reverse().map((message) => (
          <CommunicationItem
            key={message.id}
            incidentRef={incident.ref}
            backlogNames={backlogNames}
            message={message}
            canEdit={canEdit}
            busy={busy}
            run={run}
            onChanged={onChanged}
          />
        ))}
      </ol>
    </Card>
  );
}

/** Who a published message reaches: the words for the confirmation. */
type ReachKey = keyof (typeof en)['incident']['reach'];

function reach(message: CommunicationFieldsFragment): ReachKey {
  if (message.audience === 'INTERNAL') return 'INTERNAL';
  if (
    message.audience === 'AFFECTED_CUSTOMERS' &&
    message.channel !== 'STATUS_PAGE' &&
    message.channel !== 'SOCIAL'
  ) {
    return `AFFECTED_${message.channel}`;
  }
  return message.channel;
}

function CommunicationItem({
  incidentRef,
  backlogNames,
  message,
  canEdit,
  busy,
  run,
  onChanged,
}: {
  incidentRef: string;
  backlogNames: ReadonlyMap<string, string>;
  message: CommunicationFieldsFragment;
  canEdit: boolean;
  busy: boolean;
  run: (action: () => Promise<{ error?: Parameters<typeof toApiProblem>[0] }>) => Promise<boolean>;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const problemText = useProblemText();
  const [, edit] = useMutation(EditCommunicationDraftMutation);
  const [, approve] = useMutation(ApproveCommunicationMutation);
  const [, publish] = useMutation(PublishCommunicationMutation);
  const [, retract] = useMutation(RetractCommunicationMutation);
  const [asking, setAsking] = useState<'publish' | 'retract' | null>(null);
  // The version my last text edit produced: what the screen shows even before the reload lands.
  const [savedVersion, setSavedVersion] = useState(0);
  // The draft's text is changed in place, against the version the editor was opened with.
  const session = useEditSession({
    record: { version: message.version, values: { subject: message.subject, body: message.body } },
    save: async (values, version) => {
      const result = await edit({ input: { id: message.id, version, ...values } });
      const saved = result.data?.editCommunicationDraft.version;
      if (saved !== undefined) setSavedVersion(saved);
      return { error: result.error, savedVersion: saved };
    },
    onSaved: onChanged,
    reload: onChanged,
  });
  const editable = canEdit && message.status === 'DRAFT';
  const transition = { id: message.id, version: Math.max(message.version, savedVersion) };
  const isPublicPage = message.channel === 'STATUS_PAGE' && message.audience === 'PUBLIC';
  const retractText =
    message.status !== 'PUBLISHED'
      ? t('incident.retractUnpublished')
      : isPublicPage
        ? t('incident.retractFromStatusPage')
        : message.cohort
          ? t('cohort.retract')
          : t('incident.retractSent');

  return (
    <li className={`communication communication--${message.status.toLowerCase()}`}>
      <div className="communication__meta">
        <strong>{t(`communicationStatus.${message.status}`)}</strong>
        <span>{t(`channel.${message.channel}`)}</span>
        <span>{message.locale.toUpperCase()}</span>
        <span className="muted">
          {format.dateTime(message.publishedAt ?? message.createdAt)} · {message.createdBy}
        </span>
      </div>
      {editable ? (
        <div className="form">
          <FormProblem message={session.problem ? problemText(session.problem) : undefined} />
          <ConflictNotice
            session={session}
            labels={{ subject: t('incident.subject'), body: t('incident.body') }}
          />
          <FormField label={t('incident.subject')} error={session.problem?.fieldIssues['subject']}>
            {(props) => (
              <input
                {...props}
                value={session.values.subject}
                onChange={(event) => session.set('subject', event.target.value)}
              />
            )}
          </FormField>
          <FormField label={t('incident.body')} error={session.problem?.fieldIssues['body']}>
            {(props) => (
              <textarea
                {...props}
                rows={6}
                value={session.values.body}
                onChange={(event) => session.set('body', event.target.value)}
              />
            )}
          </FormField>
        </div>
      ) : (
        <>
          <p className="communication__subject">{message.subject}</p>
          <p className="communication__body">{message.body}</p>
        </>
      )}
      {message.cohort ? (
        <CohortNoticePanel
          incidentRef={incidentRef}
          message={message}
          backlogNames={backlogNames}
          canEdit={canEdit}
          onChanged={onChanged}
        />
      ) : null}
      {canEdit ? (
        <div className="form__actions">
          {editable && session.dirty ? (
            <button
              type="button"
              className="button"
              disabled={busy || session.saving}
              onClick={() => void session.submit()}
            >
              {session.saving ? t('common.saving') : t('incident.saveDraft')}
            </button>
          ) : null}
          {editable && !session.dirty ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => void run(() => approve({ input: transition }))}
            >
              {t('incident.approve')}
            </button>
          ) : null}
          {message.status === 'APPROVED' ? (
            <button
              type="button"
              className="button button--primary"
              disabled={busy}
              aria-expanded={asking === 'publish'}
              onClick={() => setAsking('publish')}
            >
              {t('incident.publish')}
            </button>
          ) : null}
          {message.status === 'DRAFT' ||
          message.status === 'APPROVED' ||
          message.status === 'PUBLISHED' ? (
            <button
              type="button"
              className="button button--small"
              disabled={busy}
              aria-expanded={asking === 'retract'}
              onClick={() => setAsking('retract')}
            >
              {t('incident.retract')}
            </button>
          ) : null}
        </div>
      ) : null}
      {asking === 'publish' ? (
        <ConfirmPanel
          title={t('incident.confirmPublish')}
          consequence={t(`incident.reach.${reach(message)}`)}
          confirmLabel={t('incident.publish')}
          busy={busy}
          onCancel={() => setAsking(null)}
          onConfirm={() =>
            void run(() => publish({ input: transition })).then(() => setAsking(null))
          }
        />
      ) : null}
      {asking === 'retract' ? (
        <ConfirmPanel
          title={t('incident.confirmRetract')}
          consequence={retractText}
          confirmLabel={t('incident.retract')}
          busy={busy}
          onCancel={() => setAsking(null)}
          onConfirm={() =>
            void run(() => retract({ input: transition })).then(() => setAsking(null))
          }
        />
      ) : null}
    </li>
  );
}
