import { useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { DateTime } from 'luxon';
import { Card, Timeline, type TimelineEntry } from '@lagebild/ui';
import type { IncidentStatus, UpdateVisibility } from '@lagebild/domain';
import type { IncidentQuery as IncidentResult } from '../../lib/graphql/generated/graphql';
import { toApiProblem, type ApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useFormat } from '../../lib/format';
import { FormField } from '../../lib/forms/form-field';
import { FormProblem } from '../../lib/forms/form-problem';
import { useKeptDraft } from '../../lib/forms/use-kept-draft';
import { PostIncidentUpdateMutation, ResolveIncidentMutation } from './incidents.queries';

type IncidentView = NonNullable<IncidentResult['incidentByRef']>;

interface UpdateDraft {
  body: string;
  visibility: UpdateVisibility;
  nextUpdateText: string;
}

// Internal unless chosen otherwise: nothing reaches customers by accident.
const EMPTY_DRAFT: UpdateDraft = { body: '', visibility: 'INTERNAL', nextUpdateText: '' };
const hasText = (draft: UpdateDraft): boolean =>
  draft.body.trim() !== '' || draft.nextUpdateText !== '';

export interface TimelineCardProps {
  incident: IncidentView;
  canPost: boolean;
  chosenStatus: IncidentStatus | null;
  onChooseStatus: (status: IncidentStatus | null) => void;
  bodyRef: RefObject<HTMLTextAreaElement | null>;
  onPosted: () => void;
}

/**
 * The incident's timeline, newest first, public and internal entries visibly different, with
 * the form to post an update (optionally moving the status; RESOLVED closes every impact).
 */
export function TimelineCard({
  incident,
  canPost,
  chosenStatus,
  onChooseStatus,
  bodyRef,
  onPosted,
}: TimelineCardProps) {
  const { t } = useTranslation();
  const format = useFormat();
  const problemText = useProblemText();
  // A half-written update survives a reload, per incident, and leaving it asks first.
  const kept = useKeptDraft(`lagebild:update-draft:${incident.id}`, EMPTY_DRAFT, hasText);
  const { body, visibility, nextUpdateText } = kept.values;
  const setBody = (next: string): void => kept.set({ ...kept.values, body: next });
  const setVisibility = (next: UpdateVisibility): void =>
    kept.set({ ...kept.values, visibility: next });
  const setNextUpdateText = (next: string): void =>
    kept.set({ ...kept.values, nextUpdateText: next });
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [posted, setPosted] = useState(false);
  const [{ fetching: posting }, postUpdate] = useMutation(PostIncidentUpdateMutation);
  const [{ fetching: resolving }, resolveIncident] = useMutation(ResolveIncidentMutation);

  const withdrawn = new Set(incident.withdrawnTimelineEntryIds);
  const entries: TimelineEntry[] = [...incident.timeline].reverse().map((update) => ({
    id: update.id,
    at: update.displayAt,
    atLabel: format.dateTime(update.displayAt),
    author: update.author,
    body: update.body,
    visibility: update.visibility,
    visibilityLabel: t(`visibility.${update.visibility}`),
    withdrawnLabel: withdrawn.has(update.id) ? t('incident.withdrawnEntry') : null,
    statusChange: update.statusChange ? `→ ${t(`incidentStatus.${update.statusChange}`)}` : null,
  }));

  const submit = async (event: FormEvent<HTMLFormElement>): Promise<void> => {
    event.preventDefault();
    setPosted(false);
    const nextUpdateAt = nextUpdateText ? DateTime.fromISO(nextUpdateText).toUTC().toISO() : null;
    const result =
      chosenStatus === 'RESOLVED'
        ? await resolveIncident({
            input: { id: incident.id, version: incident.version, body, visibility },
          })
        : await postUpdate({
            input: {
              incidentId: incident.id,
              version: incident.version,
              body,
              visibility,
              ...(chosenStatus ? { statusChange: chosenStatus } : {}),
              ...(nextUpdateAt ? { nextUpdateAt } : {}),
            },
          });
    if (result.error) {
      setProblem(toApiProblem(result.error));
      return;
    }
    setProblem(null);
    kept.clear();
    setPosted(true);
    onPosted();
  };

  return (
    <Card title={t('incident.timeline')}>
      {canPost ? (
        <form className="form post-update" onSubmit={(event) => void submit(event)} noValidate>
          <h3 className="post-update__title">{t('incident.postUpdate')}</h3>
          <FormProblem message={problem ? problemText(problem) : undefined} />
          <FormField label={t('incident.updateBody')} error={problem?.fieldIssues['body']}>
            {(props) => (
              <textarea
                {...props}
                ref={bodyRef}
                name="body"
                rows={3}
                value={body}
                onChange={(event) => setBody(event.target.value)}
              />
            )}
          </FormField>
          <div className="form__row">
            <fieldset className="form__field">
              <legend>{t('incident.visibilityLabel')}</legend>
              <div className="checklist">
                {(['INTERNAL', 'PUBLIC'] as const).map((option) => (
                  <label key={option} className="checklist__item">
                    <input
                      type="radio"
                      name="visibility"
                      value={option}
                      checked={visibility === option}
                      onChange={() => setVisibility(option)}
                    />
                    {t(`visibility.${option}`)}
                  </label>
                ))}
              </div>
            </fieldset>
            <FormField
              label={t('incident.statusChange')}
              error={problem?.fieldIssues['statusChange']}
            >
              {(props) => (
                <select
                  {...props}
                  name="statusChange"
                  value={chosenStatus ?? ''}
                  onChange={(event) =>
                    onChooseStatus((event.target.value || null) as IncidentStatus | null)
                  }
                >
                  <option value="">{t('incident.noStatusChange')}</option>
                  {incident.allowedNextStatuses.map((status) => (
                    <option key={status} value={status}>
                      {t(`incidentStatus.${status}`)}
                    </option>
                  ))}
                </select>
              )}
            </FormField>
            {chosenStatus !== 'RESOLVED' ? (
              <FormField
                label={t('incident.nextUpdateAt')}
                error={problem?.fieldIssues['nextUpdateAt']}
              >
                {(props) => (
                  <input
                    {...props}
                    type="datetime-local"
                    name="nextUpdateAt"
                    value={nextUpdateText}
                    onChange={(event) => setNextUpdateText(event.target.value)}
                  />
                )}
              </FormField>
            ) : null}
          </div>
          <div className="form__actions">
            <button
              type="submit"
              className="button button--primary"
              disabled={posting || resolving}
            >
              {posting || resolving ? t('common.saving') : t('incident.post')}
            </button>
            {posted ? (
              <span className="notice" role="status">
                {t('incident.posted')}
              </span>
            ) : null}
          </div>
        </form>
      ) : null}
      <Timeline entries={entries} label={t('incident.timeline')} />
    </Card>
  );
}
