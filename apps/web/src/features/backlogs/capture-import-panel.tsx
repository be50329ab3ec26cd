import { useId, useState, type ChangeEvent, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import {
  CAPTURE_MAX_ROWS,
  captureTemplate,
  type CaptureKind,
  type CaptureLocale,
} from '@lagebild/domain';
import { issueText, toApiProblem, type ApiProblem } from '../../lib/graphql/errors';
import { useProblemText } from '../../lib/graphql/use-problem-text';
import { useFormat } from '../../lib/format';
import { FormField } from '../../lib/forms/form-field';
import { FormProblem } from '../../lib/forms/form-problem';
import { ImportBacklogCaptureMutation } from './backlogs.queries';

interface CaptureIssueView {
  line: number;
  column?: string | null;
  code: string;
  params: Record<string, unknown>;
  message: string;
}

interface CaptureResultView {
  dryRun: boolean;
  rows: number;
  created: number;
  updated: number;
  unchanged: number;
  errorCount: number;
  errors: CaptureIssueView[];
}

/** The codes of the file itself; the others are the item and count rules of the forms. */
const FILE_CODES = new Set([
  'CSV_SYNTAX',
  'EMPTY_FILE',
  'NO_ROWS',
  'TOO_MANY_ROWS',
  'UNKNOWN_COLUMN',
  'MISSING_COLUMN',
  'DUPLICATE_COLUMN',
  'FIELD_COUNT',
  'DATE_FORMAT',
  'WHOLE_NUMBER',
  'DUPLICATE_ROW',
]);

/** The template as a file a spreadsheet opens: UTF-8 with a BOM, so umlauts survive Excel. */
function templateHref(kind: CaptureKind, locale: CaptureLocale): string {
  return `data:text/csv;charset=utf-8,${encodeURIComponent(`\uFEFF${captureTemplate(kind, locale)}`)}`;
}

/**
 * Work captured on paper while the systems were down comes back as a CSV: choose a file (or
 * paste it), check it (the API reads it and lists problems by line, writing nothing), then
 * import it. The rules are the domain's, the answer the API's; nothing is decided here.
 */
export function CaptureImportPanel({
  backlogKey,
  onImported,
}: {
  backlogKey: string;
  onImported: () => void;
}) {
  const { t } = useTranslation();
  const format = useFormat();
  const problemText = useProblemText();
  const kindName = useId();
  const [kind, setKind] = useState<CaptureKind>('ITEMS');
  const [csv, setCsv] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [checked, setChecked] = useState<{ csv: string; kind: CaptureKind; key: string } | null>(
    null,
  );
  const [result, setResult] = useState<CaptureResultView | null>(null);
  const [problem, setProblem] = useState<ApiProblem | null>(null);
  const [{ fetching }, importCapture] = useMutation(ImportBacklogCaptureMutation);

  const changed = (): void => {
    setChecked(null);
    setResult(null);
    setProblem(null);
  };

  const chooseFile = async (event: ChangeEvent<HTMLInputElement>): Promise<void> => {
    const file = event.target.files?.[0];
    if (!file) return;
    setFileName(file.name);
    setCsv(await file.text());
    changed();
  };

  const issueLine = (issue: CaptureIssueView): string => {
    const where = issue.column
      ? t('capture.atLineColumn', {
          line: issue.line,
          column: t(`capture.column.${issue.column}` as 'capture.column.ref'),
        })
      : t('capture.atLine', { line: issue.line });
    const params = { ...issue.params };
    const what = FILE_CODES.has(issue.code)
      ? (t as unknown as (key: string, options: object) => string)(`capture.issue.${issue.code}`, {
          ...params,
          values: Array.isArray(params['values']) ? params['values'].join(', ') : '',
          header: params['header'] ?? '',
        })
      : issueText({ field: 'csv', code: issue.code, params, message: issue.message });
    return `${where}: ${what}`;
  };

  const run = async (dryRun: boolean, key: string): Promise<void> => {
    const answer = await importCapture({
      input: { backlogKey, kind, csv, dryRun, ...(dryRun ? {} : { idempotencyKey: key }) },
    });
    if (answer.error) {
      setProblem(toApiProblem(answer.error));
      setResult(null);
      return;
    }
    setProblem(null);
    const payload = answer.data?.importBacklogCapture;
    if (!payload) return;
    setResult({
      ...payload,
      errors: payload.errors.map((issue) => ({
        ...issue,
        params: (issue.params ?? {}) as Record<string, unknown>,
      })),
    });
    if (dryRun) {
      setChecked(payload.errorCount === 0 ? { csv, kind, key } : null);
    } else {
      setChecked(null);
      onImported();
    }
  };

  const check = (event: FormEvent<HTMLFormElement>): void => {
    event.preventDefault();
    void run(true, crypto.randomUUID());
  };

  const ready = checked !== null && checked.csv === csv && checked.kind === kind;

  return (
    <details className="capture">
      <summary className="capture__title">{t('capture.title')}</summary>
      <form className="form" onSubmit={check} noValidate>
        <p className="form__hint">{t('capture.intro', { max: format.number(CAPTURE_MAX_ROWS) })}</p>
        <fieldset className="form__field">
          <legend>{t('capture.kind')}</legend>
          {(['ITEMS', 'COUNTS'] as const).map((value) => (
            <label key={value}>
              <input
                type="radio"
                name={kindName}
                value={value}
                checked={kind === value}
                onChange={() => {
                  setKind(value);
                  changed();
                }}
              />{' '}
              {t(`capture.kinds.${value}`)}
            </label>
          ))}
        </fieldset>
        <p className="form__hint">
          {t(`capture.columns.${kind}`)} {t('capture.dates')}{' '}
          <a href={templateHref(kind, 'de')} download={`${backlogKey}-vorlage.csv`}>
            {t('capture.templateDe')}
          </a>
          {' · '}
          <a href={templateHref(kind, 'en')} download={`${backlogKey}-template.csv`}>
            {t('capture.templateEn')}
          </a>
        </p>
        <div className="form__row">
          <FormField label={t('capture.file')}>
            {(props) => (
              <input
                {...props}
                type="file"
                accept=".csv,text/csv,text/plain"
                onChange={(event) => void chooseFile(event)}
              />
            )}
          </FormField>
        </div>
        <div className="form__row">
          <FormField label={fileName ? t('capture.textOf', { name: fileName }) : t('capture.text')}>
            {(props) => (
              <textarea
                {...props}
                rows={6}
                spellCheck={false}
                value={csv}
                onChange={(event) => {
                  setCsv(event.target.value);
                  setFileName(null);
                  changed();
                }}
              />
            )}
          </FormField>
        </div>
        <FormProblem
          message={
            problem
              ? problem.code === 'BAD_USER_INPUT'
                ? t('capture.refused')
                : problemText(problem)
              : undefined
          }
        />
        {result && result.errorCount > 0 ? (
          <div className="form__problem" role="alert">
            <p>{t('capture.problems', { count: result.errorCount })}</p>
            <ul className="capture__issues">
              {result.errors.map((issue, index) => (
                <li key={index}>{issueLine(issue)}</li>
              ))}
            </ul>
            {result.errorCount > result.errors.length ? (
              <p>
                {t('capture.moreProblems', { count: result.errorCount - result.errors.length })}
              </p>
            ) : null}
          </div>
        ) : null}
        {result && result.errorCount === 0 ? (
          <p className="notice" role="status">
            {t(result.dryRun ? 'capture.wouldImport' : 'capture.imported', {
              rows: result.rows,
              created: result.created,
              updated: result.updated,
              unchanged: result.unchanged,
            })}
          </p>
        ) : null}
        <div className="form__actions">
          <button type="submit" className="button" disabled={fetching || csv.trim() === ''}>
            {t('capture.check')}
          </button>
          <button
            type="button"
            className="button button--primary"
            disabled={fetching || !ready}
            onClick={() => checked && void run(false, checked.key)}
          >
            {t('capture.import')}
          </button>
        </div>
      </form>
    </details>
  );
}
