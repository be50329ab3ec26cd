import { useEffect, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation, useQuery } from 'urql';
import { DateTime } from 'luxon';
import { Card, StatCard } from '@lagebild/ui';
import type { BacklogsQuery as BacklogsResult } from '../../lib/graphql/generated/graphql';
import { toApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useFormat } from '../../lib/format';
import { ConflictNotice } from '../../lib/forms/conflict-notice';
import { FormField } from '../../lib/forms/form-field';
import { useEditSession } from '../../lib/forms/use-edit-session';
import { useCan } from '../auth/permissions';
import { RecordCountForm } from './record-count-form';
import { CaptureImportPanel } from './capture-import-panel';
import { BacklogDetailsForm } from './backlog-details-form';
import { BurndownChart } from './burndown-chart';
import {
  AcceptBacklogMutation,
  BacklogScenarioQuery,
  SetBacklogCapacityMutation,
} from './backlogs.queries';

export type BacklogView = BacklogsResult['backlogs'][number];

/** Waits until typing pauses before asking the API again. */
function useDebounced<T>(value: T, delayMs: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = window.setTimeout(() => setSettled(value), delayMs);
    return () => window.clearTimeout(timer);
  }, [value, delayMs]);
  return settled;
}

function parseNumber(text: string): number | null {
  const value = Number(text.replace(',', '.'));
  return text.trim() !== '' && Number.isFinite(value) && value >= 0 ? value : null;
}

/**
 * One backlog: its figures, the burn-down with forecast, the capacity and a what-if that
 * answers at once ("with 2 more people: clears Wednesday 11:00"). The forecasts come from the
 * API, which asks the domain; nothing is calculated here.
 */
export function BacklogCard({
  backlog,
  now,
  onChanged,
}: {
  backlog: BacklogView;
  now: Date;
  onChanged: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const problemText = useProblemText();
  const canEdit = useCan('RESPONDER');
  const forecast = backlog.forecast;

  const [deadlineText, setDeadlineText] = useState('');
  const [saved, setSaved] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const [, setCapacity] = useMutation(SetBacklogCapacityMutation);
  const capacity = useEditSession({
    record: {
      version: backlog.version,
      values: {
        staff: String(backlog.capacity.staff),
        itemsPerStaffHour: String(backlog.capacity.itemsPerStaffHour),
      },
    },
    save: async (values, version) => {
      const result = await setCapacity({
        input: {
          backlogKey: backlog.key,
          version,
          staff: parseNumber(values.staff) ?? Number.NaN,
          itemsPerStaffHour: parseNumber(values.itemsPerStaffHour) ?? Number.NaN,
        },
      });
      return { error: result.error, savedVersion: result.data?.setBacklogCapacity.version };
    },
    onSaved: () => {
      setSaved(true);
      onChanged();
    },
    reload: onChanged,
  });
  const staffText = capacity.values.staff;
  const saving = capacity.saving;
  const [{ fetching: accepting }, acceptBacklog] = useMutation(AcceptBacklogMutation);

  const toggleAccepted = async (): Promise<void> => {
    const result = await acceptBacklog({
      input: { backlogKey: backlog.key, version: backlog.version, accepted: !backlog.accepted },
    });
    if (result.error) {
      setProblem(problemText(toApiProblem(result.error)));
      return;
    }
    setProblem(null);
    onChanged();
  };

  const whatIfStaff = useDebounced(parseNumber(staffText), 250);
  const deadline = useDebounced(deadlineText, 250);
  const deadlineIso = deadline ? DateTime.fromISO(deadline).toUTC().toISO() : null;
  const scenarioWanted =
    (whatIfStaff !== null && whatIfStaff !== backlog.capacity.staff) || deadlineIso !== null;
  const [scenario] = useQuery({
    query: BacklogScenarioQuery,
    variables: {
      key: backlog.key,
      staff: whatIfStaff ?? backlog.capacity.staff,
      deadline: deadlineIso,
    },
    pause: !scenarioWanted,
    requestPolicy: 'network-only',
  });
  const whatIf = scenarioWanted ? (scenario.data?.backlog.whatIf ?? null) : null;
  const showWhatIfLine = whatIf !== null && whatIf.staff !== backlog.capacity.staff;

  const firstSnapshot = backlog.snapshots[0];
  const promiseDeadline =
    backlog.promiseHours !== null && firstSnapshot
      ? new Date(Date.parse(firstSnapshot.at) + backlog.promiseHours * 3_600_000).toISOString()
      : null;

  const save = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    setSaved(false);
    setProblem(null);
    if (
      parseNumber(capacity.values.staff) === null ||
      parseNumber(capacity.values.itemsPerStaffHour) === null
    ) {
      setProblem(t('errors.badInput'));
      return;
    }
    void capacity.submit();
  };

  const clearsText = forecast.clearsAt
    ? format.dateTime(forecast.clearsAt)
    : t('backlogs.neverClears');

  return (
    <Card
      title={backlog.name}
      tone={
        forecast.clearsAt
          ? (forecast.itemsWillMissPromiseCount ?? 0) > 0
            ? 'warning'
            : 'good'
          : 'critical'
      }
      className="backlog"
    >
      {backlog.accepted ? <p className="notice">{t('backlogs.acceptedNote')}</p> : null}
      <div className="stats">
        <StatCard
          label={t('backlogs.open')}
          value={format.number(forecast.open)}
          hint={backlog.unit}
        />
        <StatCard
          label={t('backlogs.clearsAt')}
          value={<span className="stat__text">{clearsText}</span>}
          tone={forecast.clearsAt ? 'neutral' : 'critical'}
        />
        <StatCard
          label={t('backlogs.arrivalRate')}
          value={format.number(Math.round(forecast.arrivalRatePerHour * 10) / 10)}
        />
        <StatCard
          label={t('backlogs.throughput')}
          value={format.number(Math.round(forecast.capacityPerHour * 10) / 10)}
        />
        {backlog.promiseHours !== null ? (
          <StatCard
            label={t('backlogs.promise')}
            value={
              <span className="stat__text">
                {t('backlogs.promiseHours', {
                  duration: format.duration(backlog.promiseHours * 60),
                })}
              </span>
            }
            hint={
              forecast.itemsWillMissPromiseCount === null
                ? t('backlogs.itemsMissingUnknown')
                : t('backlogs.itemsMissing', { count: forecast.itemsWillMissPromiseCount })
            }
            tone={
              forecast.itemsWillMissPromiseCount === null
                ? 'neutral'
                : forecast.itemsWillMissPromiseCount > 0
                  ? 'critical'
                  : 'good'
            }
          />
        ) : null}
      </div>
      <BurndownChart
        name={backlog.name}
        actual={backlog.snapshots}
        forecast={forecast.projection}
        whatIf={showWhatIfLine ? whatIf.projection : null}
        promiseDeadline={promiseDeadline}
        now={now}
      />
      {canEdit ? <RecordCountForm backlogKey={backlog.key} onRecorded={onChanged} /> : null}
      {canEdit ? <CaptureImportPanel backlogKey={backlog.key} onImported={onChanged} /> : null}
      {canEdit ? <BacklogDetailsForm backlog={backlog} onChanged={onChanged} /> : null}
      <form className="form capacity" onSubmit={save} noValidate>
        <h3 className="capacity__title">{t('backlogs.capacity')}</h3>
        <ConflictNotice
          session={capacity}
          labels={{
            staff: t('backlogs.staff'),
            itemsPerStaffHour: t('backlogs.ratePerStaffHour'),
          }}
        />
        <div className="form__row">
          <FormField label={t('backlogs.staff')}>
            {(props) => (
              <input
                {...props}
                name="staff"
                type="number"
                min={0}
                step="any"
                inputMode="decimal"
                value={staffText}
                onChange={(event) => {
                  setSaved(false);
                  capacity.set('staff', event.target.value);
                }}
              />
            )}
          </FormField>
          <FormField label={t('backlogs.ratePerStaffHour')}>
            {(props) => (
              <input
                {...props}
                name="itemsPerStaffHour"
                type="number"
                min={0}
                step="any"
                inputMode="decimal"
                readOnly={!canEdit}
                value={capacity.values.itemsPerStaffHour}
                onChange={(event) => {
                  setSaved(false);
                  capacity.set('itemsPerStaffHour', event.target.value);
                }}
              />
            )}
          </FormField>
          <FormField label={t('backlogs.deadline')}>
            {(props) => (
              <input
                {...props}
                name="deadline"
                type="datetime-local"
                value={deadlineText}
                onChange={(event) => setDeadlineText(event.target.value)}
              />
            )}
          </FormField>
        </div>
        <div className="whatif" aria-live="polite" data-testid="what-if">
          {whatIf && showWhatIfLine ? (
            <p>
              {whatIf.clearsAt
                ? t('backlogs.whatIfResult', {
                    staff: format.number(whatIf.staff),
                    time: format.dateTime(whatIf.clearsAt),
                  })
                : t('backlogs.whatIfNever', { staff: format.number(whatIf.staff) })}
            </p>
          ) : null}
          {whatIf && deadlineIso ? (
            <p>
              {whatIf.staffNeededByDeadline !== null
                ? t('backlogs.staffNeeded', { staff: format.number(whatIf.staffNeededByDeadline) })
                : t('backlogs.staffUnreachable')}
            </p>
          ) : null}
        </div>
        {problem || capacity.problem ? (
          <p className="form__error" role="alert">
            {problem ?? (capacity.problem ? problemText(capacity.problem) : null)}
          </p>
        ) : null}
        {saved ? (
          <p className="notice" role="status">
            {t('backlogs.capacitySaved')}
          </p>
        ) : null}
        {canEdit ? (
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={saving}>
              {saving ? t('common.saving') : t('backlogs.saveCapacity')}
            </button>
            <button
              type="button"
              className="button"
              disabled={accepting}
              onClick={() => void toggleAccepted()}
            >
              {backlog.accepted ? t('backlogs.unaccept') : t('backlogs.accept')}
            </button>
          </div>
        ) : null}
      </form>
      <details className="chart-data">
        <summary>{t('backlogs.table')}</summary>
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('backlogs.time')}</th>
              <th scope="col">{t('backlogs.open')}</th>
            </tr>
          </thead>
          <tbody>
            {[...backlog.snapshots, ...forecast.projection].map((point) => (
              <tr key={`${point.at}-${point.open}`}>
                <td>{format.dateTime(point.at)}</td>
                <td>{format.number(Math.round(point.open))}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </Card>
  );
}
