import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { exerciseTimeLabel as exerciseTime } from '@lagebild/domain';
import { Card, ErrorState, LoadingState } from '@lagebild/ui';
import { toApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useDocumentTitle } from '../../lib/use-document-title';
import { useFormat } from '../../lib/format';
import { useCan } from '../auth/permissions';
import {
  AdvanceExerciseClockMutation,
  EndExerciseMutation,
  ExerciseMarkdownQuery,
  ExerciseQuery,
  ExercisesQuery,
  LogExerciseEntryMutation,
  StartExerciseMutation,
} from './exercises.queries';

const ENTRY_KINDS = ['ACTION', 'DECISION', 'CUSTOMER_WORD', 'GAP'] as const;

function newKey(): string {
  return crypto.randomUUID();
}

/** Every exercise, and the facilitator's start of the built-in scenario. */
export function ExercisesPage() {
  const { t } = useTranslation();
  const format = useFormat();
  const navigate = useNavigate();
  const problemText = useProblemText();
  const canStart = useCan('ADMIN');
  useDocumentTitle(t('exercise.title'));
  const [{ data, error, fetching }, reexecute] = useQuery({ query: ExercisesQuery });
  const [started, start] = useMutation(StartExerciseMutation);
  if (fetching && !data) return <LoadingState label={t('common.loading')} />;
  if (!data) {
    return (
      <ErrorState
        message={error ? problemText(toApiProblem(error)) : t('common.notFound')}
        retryLabel={t('common.retry')}
        onRetry={() => reexecute({ requestPolicy: 'network-only' })}
      />
    );
  }
  const begin = async (scenarioKey: string): Promise<void> => {
    const result = await start({
      input: {
        scenarioKey,
        title: t(`exercise.scenario.${scenarioKey}` as 'exercise.scenario.server-failure-friday'),
        idempotencyKey: newKey(),
      },
    });
    const id = result.data?.startExercise.id;
    if (id) navigate(`/exercises/${id}`);
  };
  return (
    <div className="stack">
      <h1>{t('exercise.title')}</h1>
      <p className="muted">{t('exercise.intro')}</p>
      {canStart ? (
        <Card title={t('exercise.scenarios')}>
          <ul className="stack">
            {data.exerciseScenarios.map((scenario) => (
              <li key={scenario.key}>
                <strong>
                  {t(
                    `exercise.scenario.${scenario.key}` as 'exercise.scenario.server-failure-friday',
                  )}
                </strong>{' '}
                <span className="muted">
                  {t('exercise.injectCount', { count: scenario.injects.length })}
                </span>{' '}
                <button
                  type="button"
                  className="button button--small"
                  disabled={started.fetching}
                  onClick={() => void begin(scenario.key)}
                >
                  {t('exercise.start')}
                </button>
              </li>
            ))}
          </ul>
          {started.error ? <p role="alert">{problemText(toApiProblem(started.error))}</p> : null}
        </Card>
      ) : null}
      <Card title={t('exercise.list')}>
        {data.exercises.length === 0 ? (
          <p className="muted">{t('exercise.none')}</p>
        ) : (
          <ul className="stack">
            {data.exercises.map((exercise) => (
              <li key={exercise.id}>
                <span className="exercise-badge">{t('exercise.marker')}</span>{' '}
                <Link to={`/exercises/${exercise.id}`}>{exercise.title}</Link>{' '}
                <span className="muted">
                  {format.dateTime(exercise.startedAt)} · {exerciseTime(exercise.elapsedMinutes)} ·{' '}
                  {exercise.endedAt ? t('exercise.ended') : t('exercise.running')}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Card>
    </div>
  );
}

/** One exercise: marked EXERCISE, its clock, arrived injects, the log and the report. */
export function ExercisePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const format = useFormat();
  const client = useClient();
  const problemText = useProblemText();
  const isFacilitator = useCan('ADMIN');
  const canLog = useCan('RESPONDER');
  const [{ data, error, fetching }, reexecute] = useQuery({
    query: ExerciseQuery,
    variables: { id },
  });
  const [advanced, advance] = useMutation(AdvanceExerciseClockMutation);
  const [logged, log] = useMutation(LogExerciseEntryMutation);
  const [ended, end] = useMutation(EndExerciseMutation);
  const [kind, setKind] = useState<(typeof ENTRY_KINDS)[number]>('ACTION');
  const [text, setText] = useState('');
  const exercise = data?.exercise;
  useDocumentTitle(exercise ? `${t('exercise.marker')}: ${exercise.title}` : t('exercise.title'));
  const reload = (): void => reexecute({ requestPolicy: 'network-only' });

  if (fetching && !data) return <LoadingState label={t('common.loading')} />;
  if (!exercise) {
    return (
      <ErrorState
        message={error ? problemText(toApiProblem(error)) : t('common.notFound')}
        retryLabel={t('common.retry')}
        onRetry={reload}
      />
    );
  }
  const running = exercise.endedAt === null;
  const injectText = (inject: (typeof exercise.injects)[number]): string => {
    const params = Object.fromEntries(inject.params.map((param) => [param.name, param.value]));
    // The parameters come from the API at run time, hence the plain option type here.
    const translate = t as unknown as (key: string, options: object) => string;
    return translate(`exercise.inject.${inject.code}`, params);
  };
  const problem = advanced.error ?? logged.error ?? ended.error;
  const step = async (input: { minutes?: number; toNextInject?: boolean }): Promise<void> => {
    await advance({ input: { id: exercise.id, version: exercise.version, ...input } });
    reload();
  };
  const submit = async (event: FormEvent): Promise<void> => {
    event.preventDefault();
    const result = await log({
      input: { exerciseId: exercise.id, kind, text, idempotencyKey: newKey() },
    });
    if (!result.error) setText('');
    reload();
  };
  const finish = async (): Promise<void> => {
    await end({ input: { id: exercise.id, version: exercise.version } });
    reload();
  };
  const download = async (): Promise<void> => {
    const result = await client
      .query(
        ExerciseMarkdownQuery,
        { id: exercise.id, locale: format.language },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    const markdown = result.data?.exercise?.reportMarkdown;
    if (!markdown) return;
    const url = URL.createObjectURL(new Blob([markdown], { type: 'text/markdown;charset=utf-8' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = `exercise-${exercise.id}.md`;
    link.click();
    URL.revokeObjectURL(url);
  };
  const span = (minutes: number | null | undefined): string =>
    minutes === null || minutes === undefined ? t('exercise.noWord') : format.duration(minutes);
  const { report } = exercise;

  return (
    <div className="stack exercise">
      <div className="exercise-banner" role="note">
        <strong>{t('exercise.marker')}</strong> {t('exercise.bannerText')}
      </div>
      <p className="no-print">
        <Link to="/exercises">{t('nav.exercises')}</Link>
      </p>
      <h1>{exercise.title}</h1>
      <p>
        <span className="exercise-clock" aria-label={t('exercise.clock')}>
          {exerciseTime(exercise.elapsedMinutes)}
        </span>{' '}
        <span className="muted">
          {t('exercise.startedAt', { time: format.dateTime(exercise.startedAt) })} ·{' '}
          {running ? t('exercise.running') : t('exercise.ended')}
        </span>
      </p>
      {running && isFacilitator ? (
        <div className="form__actions no-print">
          <button type="button" className="button" onClick={() => void step({ minutes: 30 })}>
            {t('exercise.advance30')}
          </button>
          <button
            type="button"
            className="button"
            disabled={exercise.nextInjectAtMinute === null}
            onClick={() => void step({ toNextInject: true })}
          >
            {t('exercise.toNextInject')}
          </button>
          <button type="button" className="button button--danger" onClick={() => void finish()}>
            {t('exercise.end')}
          </button>
        </div>
      ) : null}
      {problem ? <p role="alert">{problemText(toApiProblem(problem))}</p> : null}
      <Card title={t('exercise.injects')}>
        <ul className="stack">
          {exercise.injects
            .filter((inject) => inject.arrived)
            .map((inject) => (
              <li key={inject.atMinute} className="exercise-inject">
                <strong>{exerciseTime(inject.atMinute)}</strong> {injectText(inject)}
              </li>
            ))}
        </ul>
        {exercise.nextInjectAtMinute !== null && running ? (
          <p className="muted">
            {t('exercise.nextAt', { time: exerciseTime(exercise.nextInjectAtMinute) })}
          </p>
        ) : null}
      </Card>
      <Card title={t('exercise.log')}>
        {running && canLog ? (
          <form className="form no-print" onSubmit={(event) => void submit(event)}>
            <label>
              {t('exercise.kind')}
              <select
                value={kind}
                onChange={(event) => setKind(event.target.value as (typeof ENTRY_KINDS)[number])}
              >
                {ENTRY_KINDS.map((value) => (
                  <option key={value} value={value}>
                    {t(`exercise.kinds.${value}`)}
                  </option>
                ))}
              </select>
            </label>
            <label>
              {t('exercise.text')}
              <textarea value={text} onChange={(event) => setText(event.target.value)} rows={2} />
            </label>
            <div className="form__actions">
              <button type="submit" className="button" disabled={logged.fetching}>
                {t('exercise.logEntry')}
              </button>
            </div>
          </form>
        ) : null}
        {exercise.entries.length === 0 ? (
          <p className="muted">{t('exercise.noEntries')}</p>
        ) : (
          <ul className="stack">
            {exercise.entries.map((entry) => (
              <li key={entry.id}>
                <strong>{exerciseTime(entry.atMinute)}</strong> {t(`exercise.kinds.${entry.kind}`)}:{' '}
                {entry.text} <span className="muted">({entry.loggedBy})</span>
              </li>
            ))}
          </ul>
        )}
      </Card>
      {running ? null : (
        <Card title={t('exercise.report')}>
          <dl className="exercise-report">
            <dt>{t('exercise.firstWord')}</dt>
            <dd>{span(report.minutesToFirstCustomerWord)}</dd>
            <dt>{t('exercise.longestWait')}</dt>
            <dd>{span(report.longestWaitForWordMinutes)}</dd>
            <dt>{t('exercise.wordCount')}</dt>
            <dd>{report.customerWordCount}</dd>
          </dl>
          <h3>{t('exercise.decisions')}</h3>
          <ul>
            {report.decisions.map((entry, index) => (
              <li key={index}>
                {exerciseTime(entry.atMinute)} {entry.text}
              </li>
            ))}
          </ul>
          <h3>{t('exercise.gaps')}</h3>
          <ul>
            {report.gaps.map((entry, index) => (
              <li key={index}>
                {exerciseTime(entry.atMinute)} {entry.text}
              </li>
            ))}
          </ul>
          <h3>{t('exercise.improvements')}</h3>
          <ul>
            {exercise.improvements.map((improvement) => (
              <li key={improvement.id}>
                {improvement.title}
                {improvement.owner ? ` (${improvement.owner})` : ''}
                {improvement.dueOn ? ` · ${format.date(improvement.dueOn)}` : ''}
              </li>
            ))}
          </ul>
          <div className="form__actions no-print">
            <button type="button" className="button button--small" onClick={() => void download()}>
              {t('exercise.markdown')}
            </button>
            <button type="button" className="button button--small" onClick={() => window.print()}>
              {t('exercise.print')}
            </button>
          </div>
        </Card>
      )}
    </div>
  );
}
