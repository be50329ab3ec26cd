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
import { toApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useFormat } from '../../lib/format';
import { FormField } from '../../lib/forms/form-field';
import {
  ApproveCommunicationMutation,
  DraftCommunicationMutation,
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
            key={`${message.id}-${message.version}`}
            message={message}
            incidentId={incident.id}
            canEdit={canEdit}
            busy={busy}
            run={run}
          />
        ))}
      </ol>
    </Card>
  );
}

function CommunicationItem({
  message,
  incidentId,
  canEdit,
  busy,
  run,
}: {
  message: CommunicationFieldsFragment;
  incidentId: string;
  canEdit: boolean;
  busy: boolean;
  run: (action: () => Promise<{ error?: Parameters<typeof toApiProblem>[0] }>) => Promise<boolean>;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const [subject, setSubject] = useState(message.subject);
  const [body, setBody] = useState(message.body);
  const [, draft] = useMutation(DraftCommunicationMutation);
  const [, approve] = useMutation(ApproveCommunicationMutation);
  const [, publish] = useMutation(PublishCommunicationMutation);
  const [, retract] = useMutation(RetractCommunicationMutation);
  const editable = canEdit && message.status === 'DRAFT';
  const edited = subject !== message.subject || body !== message.body;
  const transition = { id: message.id, version: message.version };

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
          <FormField label={t('incident.subject')}>
            {(props) => (
              <input
                {...props}
                value={subject}
                onChange={(event) => setSubject(event.target.value)}
              />
            )}
          </FormField>
          <FormField label={t('incident.body')}>
            {(props) => (
              <textarea
                {...props}
                rows={6}
                value={body}
                onChange={(event) => setBody(event.target.value)}
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
      {canEdit ? (
        <div className="form__actions">
          {editable && edited ? (
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() =>
                // A draft's text is fixed once rendered: the edit becomes a new draft from the
                // typed text, and the old draft is withdrawn.
                void run(() =>
                  draft({
                    input: {
                      incidentId,
                      channel: message.channel,
                      audience: message.audience,
                      locale: message.locale,
                      template: { subject, body },
                    },
                  }),
                ).then((ok) => (ok ? run(() => retract({ input: transition })) : false))
              }
            >
              {t('incident.saveDraft')}
            </button>
          ) : null}
          {editable && !edited ? (
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
              onClick={() => void run(() => publish({ input: transition }))}
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
              onClick={() => void run(() => retract({ input: transition }))}
            >
              {t('incident.retract')}
            </button>
          ) : null}
        </div>
      ) : null}
    </li>
  );
}
