import type { CommunicationLocale } from '../communication/communication';
import { formatDateTime } from '../communication/communication-template';
import {
  arrivedInjects,
  type ExerciseEntryKind,
  type ExerciseInject,
  type ExerciseInjectCode,
} from './exercise';
import { markdownCell } from '../shared/text';

/**
 * The post-exercise report: what happened when in exercise time, how long customers waited for
 * a word, the decisions, the gaps and the improvement actions. Generated from the exercise's log.
 */

/** A log entry as the report reads it. */
export interface ExerciseEntryFacts {
  /** Exercise minutes when it was logged. */
  atMinute: number;
  kind: ExerciseEntryKind;
  text: string;
  by: string;
}

/** An improvement action as the report lists it. */
export interface ExerciseImprovementFacts {
  title: string;
  owner: string;
  dueOn: string | null;
}

export interface ExerciseReportInput {
  injects: readonly ExerciseInject[];
  elapsedMinutes: number;
  entries: readonly ExerciseEntryFacts[];
  improvements: readonly ExerciseImprovementFacts[];
}

/** One line of the report's timeline: an inject that arrived or an entry. */
export type ExerciseTimelineItem =
  | { type: 'INJECT'; atMinute: number; code: ExerciseInjectCode; params: ExerciseInject['params'] }
  | { type: 'ENTRY'; atMinute: number; kind: ExerciseEntryKind; text: string; by: string };

export interface ExerciseReport {
  elapsedMinutes: number;
  /** Arrived injects and entries by exercise time; at the same minute the inject comes first. */
  timeline: ExerciseTimelineItem[];
  /** Exercise minute of the first inject that arrived; null when none has. */
  firstInjectMinute: number | null;
  /** Exercise minutes from the first inject to the first customer word; null without a word. */
  minutesToFirstCustomerWord: number | null;
  /**
   * The longest time customers waited for a word: from the first inject to the first word,
   * between two words, and from the last word to the end of the exercise time (with no word at
   * all, the whole time since the first inject). Null before the first inject.
   */
  longestWaitForWordMinutes: number | null;
  customerWordCount: number;
  decisions: ExerciseEntryFacts[];
  gaps: ExerciseEntryFacts[];
  improvements: ExerciseImprovementFacts[];
}

/** The report of an exercise, from its injects, clock and log. */
export function exerciseReport(input: ExerciseReportInput): ExerciseReport {
  const arrived = arrivedInjects({ ...input, endedAt: null });
  const entries = [...input.entries].sort((a, b) => a.atMinute - b.atMinute);
  const timeline: ExerciseTimelineItem[] = [
    ...arrived.map((inject): ExerciseTimelineItem => ({
      type: 'INJECT',
      atMinute: inject.atMinute,
      code: inject.code,
      params: inject.params,
    })),
    ...entries.map((entry): ExerciseTimelineItem => ({
      type: 'ENTRY',
      atMinute: entry.atMinute,
      kind: entry.kind,
      text: entry.text,
      by: entry.by,
    })),
  ].sort(
    (a, b) => a.atMinute - b.atMinute || (a.type === b.type ? 0 : a.type === 'INJECT' ? -1 : 1),
  );

  const firstInjectMinute =
    arrived.length === 0 ? null : Math.min(...arrived.map((inject) => inject.atMinute));
  const words = entries.filter((entry) => entry.kind === 'CUSTOMER_WORD');
  let minutesToFirstCustomerWord: number | null = null;
  let longestWaitForWordMinutes: number | null = null;
  if (firstInjectMinute !== null) {
    const wordMinutes = words.map((word) => Math.max(word.atMinute, firstInjectMinute));
    const firstWord = wordMinutes[0];
    if (firstWord !== undefined) minutesToFirstCustomerWord = firstWord - firstInjectMinute;
    const points = [
      firstInjectMinute,
      ...wordMinutes,
      Math.max(input.elapsedMinutes, firstInjectMinute),
    ];
    longestWaitForWordMinutes = 0;
    for (let index = 1; index < points.length; index += 1) {
      longestWaitForWordMinutes = Math.max(
        longestWaitForWordMinutes,
        (points[index] as number) - (points[index - 1] as number),
      );
    }
  }
  return {
    elapsedMinutes: input.elapsedMinutes,
    timeline,
    firstInjectMinute,
    minutesToFirstCustomerWord,
    longestWaitForWordMinutes,
    customerWordCount: words.length,
    decisions: entries.filter((entry) => entry.kind === 'DECISION'),
    gaps: entries.filter((entry) => entry.kind === 'GAP'),
    improvements: [...input.improvements],
  };
}

/**
 * Exercise time as "T+H:MM" (hours may pass 24: "T+26:00"), the same in both languages, so
 * nobody mistakes it for a time of day.
 */
export function exerciseTimeLabel(minutes: number): string {
  return `T+${exerciseSpan(minutes)}`;
}

/** A span of exercise minutes as "H:MM". */
export function exerciseSpan(minutes: number): string {
  const whole = Math.max(0, Math.floor(minutes));
  return `${Math.floor(whole / 60)}:${String(whole % 60).padStart(2, '0')}`;
}

/** Everything the Markdown of a report is written from. */
export interface ExerciseReportDocument {
  title: string;
  scenarioKey: string;
  startedAt: Date;
  endedAt: Date | null;
  report: ExerciseReport;
  timeZone: string;
}

const INJECT_WORDS: Record<
  CommunicationLocale,
  Record<ExerciseInjectCode, (params: ExerciseInject['params']) => string>
> = {
  en: {
    SERVER_DOWN: () =>
      'The main server has failed: order data, e-mail and the label software are down.',
    EMAILS_PILE_UP: (params) =>
      `Unanswered e-mails pile up: about ${params['count'] ?? '?'} are waiting.`,
    PHONES_DOWN: () => 'The phones are down too: the telephone system was damaged as well.',
    ORDER_RECORDS_DAMAGED: () =>
      'After the restore, order records are damaged: orders must be reconstructed.',
    CUSTOMERS_ASK: (params) => `Customers ask: “${params['quote'] ?? ''}”`,
    CARRIER_LABELS_FAIL: () => 'Carrier labels fail: parcels cannot be shipped.',
  },
  de: {
    SERVER_DOWN: () =>
      'Der Hauptserver ist ausgefallen: Auftragsdaten, E-Mail und Etikettensoftware stehen.',
    EMAILS_PILE_UP: (params) =>
      `Unbeantwortete E-Mails stauen sich: etwa ${params['count'] ?? '?'} warten.`,
    PHONES_DOWN: () => 'Die Telefone gehen auch nicht: die Telefonanlage ist ebenfalls beschädigt.',
    ORDER_RECORDS_DAMAGED: () =>
      'Nach der Wiederherstellung sind Auftragsdaten beschädigt: Aufträge müssen rekonstruiert werden.',
    CUSTOMERS_ASK: (params) => `Kundschaft fragt: „${params['quote'] ?? ''}“`,
    CARRIER_LABELS_FAIL: () =>
      'Versandetiketten schlagen fehl: Pakete können nicht verschickt werden.',
  },
};

/** An inject worded in the reader's language. */
export function exerciseInjectText(
  inject: Pick<ExerciseInject, 'code' | 'params'>,
  locale: CommunicationLocale,
): string {
  return INJECT_WORDS[locale][inject.code](inject.params);
}

const WORDS = {
  en: {
    title: 'Post-exercise report',
    marker: 'EXERCISE — not a real incident. Nothing of it reached customers or the public page.',
    scenarios: { 'server-failure-friday': 'Server failure on a Friday' } as Record<string, string>,
    scenario: 'Scenario',
    started: 'Started',
    ended: 'Ended',
    running: 'still running',
    exerciseTime: 'Exercise time',
    customers: 'Customers waiting for a word',
    firstWord: 'From the first inject to the first customer word',
    longestWait: 'Longest wait for a word',
    words: 'Customer words',
    noWord: 'no word',
    decisions: 'Decisions',
    gaps: 'Gaps',
    improvements: 'Improvement actions',
    action: 'Action',
    owner: 'Owner',
    due: 'Due',
    timeline: 'Timeline',
    inject: 'Inject',
    kinds: {
      ACTION: 'Action',
      DECISION: 'Decision',
      CUSTOMER_WORD: 'Customer word',
      GAP: 'Gap',
    } as Record<ExerciseEntryKind, string>,
    none: '–',
    hours: 'h',
  },
  de: {
    title: 'Übungsbericht',
    marker:
      'ÜBUNG — keine echte Störung. Nichts davon erreichte die Kundschaft oder die öffentliche Seite.',
    scenarios: { 'server-failure-friday': 'Serverausfall an einem Freitag' } as Record<
      string,
      string
    >,
    scenario: 'Szenario',
    started: 'Begonnen',
    ended: 'Beendet',
    running: 'läuft noch',
    exerciseTime: 'Übungszeit',
    customers: 'Warten der Kundschaft auf ein Wort',
    firstWord: 'Vom ersten Einspieler bis zum ersten Wort an die Kundschaft',
    longestWait: 'Längstes Warten auf ein Wort',
    words: 'Worte an die Kundschaft',
    noWord: 'kein Wort',
    decisions: 'Entscheidungen',
    gaps: 'Lücken',
    improvements: 'Verbesserungsmaßnahmen',
    action: 'Maßnahme',
    owner: 'Verantwortlich',
    due: 'Fällig',
    timeline: 'Verlauf',
    inject: 'Einspieler',
    kinds: {
      ACTION: 'Maßnahme',
      DECISION: 'Entscheidung',
      CUSTOMER_WORD: 'Wort an die Kundschaft',
      GAP: 'Lücke',
    } as Record<ExerciseEntryKind, string>,
    none: '–',
    hours: 'Std.',
  },
} as const;

/** The report as one Markdown document in the reader's language (for the file and the printer). */
export function exerciseReportMarkdown(
  document: ExerciseReportDocument,
  locale: CommunicationLocale,
): string {
  const words = WORDS[locale];
  const { report } = document;
  const span = (minutes: number | null) =>
    minutes === null ? words.noWord : `${exerciseSpan(minutes)} ${words.hours}`;
  const entryLine = (entry: ExerciseEntryFacts) =>
    `- ${exerciseTimeLabel(entry.atMinute)}: ${markdownCell(entry.text)} (${markdownCell(entry.by)})`;
  const lines: string[] = [
    `# ${words.title}: ${markdownCell(document.title)}`,
    '',
    `> ${words.marker}`,
    '',
    `- ${words.scenario}: ${words.scenarios[document.scenarioKey] ?? document.scenarioKey}`,
    `- ${words.started}: ${formatDateTime(document.startedAt, locale, document.timeZone)}`,
    `- ${words.ended}: ${document.endedAt ? formatDateTime(document.endedAt, locale, document.timeZone) : words.running}`,
    `- ${words.exerciseTime}: ${exerciseTimeLabel(report.elapsedMinutes)}`,
    '',
    `## ${words.customers}`,
    '',
    `- ${words.firstWord}: ${span(report.minutesToFirstCustomerWord)}`,
    `- ${words.longestWait}: ${report.longestWaitForWordMinutes === null ? words.none : span(report.longestWaitForWordMinutes)}`,
    `- ${words.words}: ${report.customerWordCount}`,
    '',
    `## ${words.decisions}`,
    '',
    ...(report.decisions.length === 0 ? [words.none] : report.decisions.map(entryLine)),
    '',
    `## ${words.gaps}`,
    '',
    ...(report.gaps.length === 0 ? [words.none] : report.gaps.map(entryLine)),
    '',
    `## ${words.improvements}`,
    '',
  ];
  if (report.improvements.length === 0) {
    lines.push(words.none, '');
  } else {
    lines.push(
      `| ${words.action} | ${words.owner} | ${words.due} |`,
      '| --- | --- | --- |',
      ...report.improvements.map(
        (improvement) =>
          `| ${markdownCell(improvement.title)} | ${markdownCell(improvement.owner) || words.none} | ${improvement.dueOn ?? words.none} |`,
      ),
      '',
    );
  }
  lines.push(
    `## ${words.timeline}`,
    '',
    ...report.timeline.map((item) =>
      item.type === 'INJECT'
        ? `- ${exerciseTimeLabel(item.atMinute)} **${words.inject}**: ${exerciseInjectText(item, locale)}`
        : `- ${exerciseTimeLabel(item.atMinute)} ${words.kinds[item.kind]}: ${markdownCell(item.text)} (${markdownCell(item.by)})`,
    ),
    '',
  );
  return lines.join('\n');
}
