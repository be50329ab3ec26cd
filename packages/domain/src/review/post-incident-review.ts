import type { FieldIssue } from '../shared/domain-error';
import { markdownCell, textIssues } from '../shared/text';
import { isIsoDate } from '../calendar/working-calendar';
import type { CommunicationLocale } from '../communication/communication';
import { formatDateTime } from '../communication/communication-template';
import type { IncidentMetrics } from '../metrics/incident-metrics';
import { wholeMinutesBetween } from '../metrics/incident-metrics';
import type { IncidentStatus } from '../incident/incident-status';
import type { Severity, UpdateVisibility } from '../incident/incident';

/**
 * The review after a resolved incident (ISO 22301 asks for one after every disruption): the
 * numbers come from the incident's data through the same rules as its metrics; what went well,
 * what did not and the follow-up actions are written by people.
 */

/** Longest "went well" / "did not go well" text. */
export const REVIEW_TEXT_MAX_LENGTH = 20_000;
/** Longest follow-up action title and owner. */
export const REVIEW_ACTION_TITLE_MAX_LENGTH = 300;
export const REVIEW_ACTION_OWNER_MAX_LENGTH = 200;
/** Most follow-up actions one review holds. */
export const REVIEW_ACTIONS_MAX = 100;

/** A backlog as the review compares it: how high it rose, what was forecast, when it cleared. */
export interface ReviewBacklogFacts {
  key: string;
  name: string;
  /** Open counts over time, in any order (the current count included). */
  snapshots: readonly { at: Date; open: number }[];
  /** The forecast's clear time at the moment the incident was resolved; null: never/unknown. */
  forecastAtResolution: Date | null;
}

export interface ReviewBacklog {
  key: string;
  name: string;
  peakOpen: number;
  forecastAtResolution: Date | null;
  /** When the count reached zero for good; null while items are open. */
  clearedAt: Date | null;
  /** Whole minutes the clearing came after the forecast; null when not comparable. */
  minutesLaterThanForecast: number | null;
}

/** Something the review points out, for a reader to word. */
export type ReviewFinding =
  | { code: 'NO_PUBLIC_WORD' }
  | { code: 'FIRST_WORD_LATE'; minutes: number; cadenceMinutes: number }
  | { code: 'SILENCE_OVER_CADENCE'; minutes: number; cadenceMinutes: number }
  | { code: 'RTO_MISSED'; serviceKey: string; minutesOverRto: number }
  | { code: 'PROMISES_MISSED'; count: number }
  | { code: 'BACKLOG_LATER_THAN_FORECAST'; backlogKey: string; minutes: number }
  | { code: 'BACKLOG_NOT_CLEARED'; backlogKey: string; open: number };

/** One code of {@link ReviewFinding}. */
export type ReviewFindingCode = ReviewFinding['code'];

export interface ReviewInput {
  /** The incident's metrics now (`incidentMetricsAt`). */
  metrics: IncidentMetrics;
  /** The cadence of public words for the incident's severity; null: none. */
  cadenceMinutes: number | null;
  backlogs: readonly ReviewBacklogFacts[];
}

/** The generated part of a review. */
export interface ReviewFacts {
  metrics: IncidentMetrics;
  cadenceMinutes: number | null;
  backlogs: ReviewBacklog[];
  findings: ReviewFinding[];
}

/**
 * When a backlog's count reached zero for good: the first zero after the last positive count;
 * null while the latest count is positive (or nothing was ever open).
 */
export function clearedAtOf(snapshots: readonly { at: Date; open: number }[]): Date | null {
  const ordered = [...snapshots].sort((a, b) => a.at.getTime() - b.at.getTime());
  let lastOpen = -1;
  ordered.forEach((snapshot, index) => {
    if (snapshot.open > 0) lastOpen = index;
  });
  if (lastOpen === -1) return null;
  return ordered.slice(lastOpen + 1).find((snapshot) => snapshot.open === 0)?.at ?? null;
}

/** The review's numbers and findings, from the incident's metrics and backlogs. */
export function postIncidentReview(input: ReviewInput): ReviewFacts {
  const { metrics, cadenceMinutes } = input;
  const backlogs = input.backlogs.map((backlog): ReviewBacklog => {
    const clearedAt = clearedAtOf(backlog.snapshots);
    const peakOpen = backlog.snapshots.reduce((peak, snapshot) => Math.max(peak, snapshot.open), 0);
    return {
      key: backlog.key,
      name: backlog.name,
      peakOpen,
      forecastAtResolution: backlog.forecastAtResolution,
      clearedAt,
      minutesLaterThanForecast:
        clearedAt && backlog.forecastAtResolution
          ? wholeMinutesBetween(backlog.forecastAtResolution, clearedAt)
          : null,
    };
  });

  const findings: ReviewFinding[] = [];
  if (metrics.timeToFirstPublicUpdateMinutes === null) {
    findings.push({ code: 'NO_PUBLIC_WORD' });
  } else if (cadenceMinutes !== null && metrics.timeToFirstPublicUpdateMinutes > cadenceMinutes) {
    findings.push({
      code: 'FIRST_WORD_LATE',
      minutes: metrics.timeToFirstPublicUpdateMinutes,
      cadenceMinutes,
    });
  }
  if (cadenceMinutes !== null && metrics.longestSilenceMinutes > cadenceMinutes) {
    findings.push({
      code: 'SILENCE_OVER_CADENCE',
      minutes: metrics.longestSilenceMinutes,
      cadenceMinutes,
    });
  }
  for (const service of metrics.services) {
    if (service.minutesOverRto > 0) {
      findings.push({
        code: 'RTO_MISSED',
        serviceKey: service.serviceKey,
        minutesOverRto: service.minutesOverRto,
      });
    }
  }
  if (metrics.promisesMissed > 0) {
    findings.push({ code: 'PROMISES_MISSED', count: metrics.promisesMissed });
  }
  for (const backlog of backlogs) {
    if (backlog.minutesLaterThanForecast !== null && backlog.minutesLaterThanForecast > 0) {
      findings.push({
        code: 'BACKLOG_LATER_THAN_FORECAST',
        backlogKey: backlog.key,
        minutes: backlog.minutesLaterThanForecast,
      });
    }
    const current = metrics.backlogs.find((metric) => metric.key === backlog.key)?.currentOpen ?? 0;
    if (backlog.clearedAt === null && current > 0) {
      findings.push({ code: 'BACKLOG_NOT_CLEARED', backlogKey: backlog.key, open: current });
    }
  }
  return { metrics, cadenceMinutes, backlogs, findings };
}

/** What people write into a review. */
export interface ReviewTextInput {
  wentWell: string;
  wentBadly: string;
}

/** A follow-up action as someone supplies it. */
export interface ReviewActionInput {
  title: string;
  owner: string;
  /** ISO date (`2026-12-01`) or null. */
  dueOn: string | null;
}

/** Problems with the written part of a review. */
export function validateReviewText(input: ReviewTextInput): FieldIssue[] {
  return [
    ...textIssues('wentWell', input.wentWell, REVIEW_TEXT_MAX_LENGTH),
    ...textIssues('wentBadly', input.wentBadly, REVIEW_TEXT_MAX_LENGTH),
  ];
}

/** Problems with a follow-up action: a title, a short owner, a real date. */
export function validateReviewAction(input: ReviewActionInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  issues.push(...textIssues('title', input.title, REVIEW_ACTION_TITLE_MAX_LENGTH, true));
  issues.push(...textIssues('owner', input.owner, REVIEW_ACTION_OWNER_MAX_LENGTH));
  if (input.dueOn !== null && !isIsoDate(input.dueOn)) {
    issues.push({ field: 'dueOn', message: 'must be a date like 2026-12-01' });
  }
  return issues;
}

/** Everything the Markdown of a review is written from. */
export interface ReviewDocument {
  incident: {
    ref: string;
    title: string;
    severity: Severity;
    startedAt: Date;
    detectedAt: Date | null;
    resolvedAt: Date | null;
  };
  facts: ReviewFacts;
  /** Service names by key (for findings and the RTO table). */
  serviceName: (key: string) => string;
  timeline: readonly {
    displayAt: Date;
    visibility: UpdateVisibility;
    statusChange: IncidentStatus | null;
    body: string;
  }[];
  wentWell: string;
  wentBadly: string;
  actions: readonly { title: string; owner: string; dueOn: string | null; done: boolean }[];
  generatedAt: Date;
  timeZone: string;
}

const WORDS = {
  en: {
    title: 'Post-incident review',
    generated: 'Generated',
    numbers: 'Numbers',
    severity: 'Severity',
    started: 'Started',
    detected: 'Detected',
    resolved: 'Resolved',
    timeToDetect: 'Time to detect',
    firstWord: 'Time to the first public word',
    resolve: 'Time to resolve',
    silence: 'Longest silence',
    cadence: 'cadence',
    promisesMissed: 'Promises missed',
    services: 'Recovery against RTO',
    service: 'Service',
    rto: 'RTO',
    took: 'Took',
    outcome: 'Outcome',
    backlogs: 'Backlogs',
    backlog: 'Backlog',
    peak: 'Peak',
    forecast: 'Forecast at resolution',
    cleared: 'Cleared',
    findings: 'Findings',
    noFindings: 'Nothing stood out.',
    wentWell: 'What went well',
    wentBadly: 'What did not go well',
    actions: 'Follow-up actions',
    action: 'Action',
    owner: 'Owner',
    due: 'Due',
    done: 'Done',
    yes: 'yes',
    no: 'no',
    timeline: 'Timeline',
    internal: 'internal',
    public: 'public',
    none: '–',
    open: 'still open',
    minutes: (minutes: number) => durationEn(minutes),
    outcomes: {
      RECOVERED_WITHIN_RTO: 'within RTO',
      RECOVERED_LATE: 'late',
      OPEN_WITHIN_RTO: 'open, within RTO',
      OPEN_RTO_BREACHED: 'open, RTO passed',
      NO_RTO: 'no RTO',
    },
    finding: (finding: ReviewFinding, name: (key: string) => string): string => {
      switch (finding.code) {
        case 'NO_PUBLIC_WORD':
          return 'Customers never received a public word.';
        case 'FIRST_WORD_LATE':
          return `The first public word came after ${durationEn(finding.minutes)}, later than the cadence of ${durationEn(finding.cadenceMinutes)}.`;
        case 'SILENCE_OVER_CADENCE':
          return `Customers waited ${durationEn(finding.minutes)} for a word, longer than the cadence of ${durationEn(finding.cadenceMinutes)}.`;
        case 'RTO_MISSED':
          return `${name(finding.serviceKey)} came back ${durationEn(finding.minutesOverRto)} after its RTO.`;
        case 'PROMISES_MISSED':
          return `${finding.count} promises to customers were missed.`;
        case 'BACKLOG_LATER_THAN_FORECAST':
          return `${name(finding.backlogKey)} cleared ${durationEn(finding.minutes)} later than forecast at resolution.`;
        case 'BACKLOG_NOT_CLEARED':
          return `${name(finding.backlogKey)} still has ${finding.open} open items.`;
      }
    },
  },
  de: {
    title: 'Nachbetrachtung der Störung',
    generated: 'Erstellt',
    numbers: 'Zahlen',
    severity: 'Schweregrad',
    started: 'Beginn',
    detected: 'Erkannt',
    resolved: 'Behoben',
    timeToDetect: 'Zeit bis zur Erkennung',
    firstWord: 'Zeit bis zum ersten öffentlichen Wort',
    resolve: 'Zeit bis zur Behebung',
    silence: 'Längstes Schweigen',
    cadence: 'Takt',
    promisesMissed: 'Verfehlte Zusagen',
    services: 'Wiederherstellung gegen RTO',
    service: 'Dienst',
    rto: 'RTO',
    took: 'Dauer',
    outcome: 'Ergebnis',
    backlogs: 'Rückstände',
    backlog: 'Rückstand',
    peak: 'Höchststand',
    forecast: 'Prognose bei Behebung',
    cleared: 'Abgearbeitet',
    findings: 'Feststellungen',
    noFindings: 'Nichts fiel auf.',
    wentWell: 'Was gut lief',
    wentBadly: 'Was nicht gut lief',
    actions: 'Maßnahmen',
    action: 'Maßnahme',
    owner: 'Verantwortlich',
    due: 'Fällig',
    done: 'Erledigt',
    yes: 'ja',
    no: 'nein',
    timeline: 'Verlauf',
    internal: 'intern',
    public: 'öffentlich',
    none: '–',
    open: 'noch offen',
    minutes: (minutes: number) => durationDe(minutes),
    outcomes: {
      RECOVERED_WITHIN_RTO: 'innerhalb der RTO',
      RECOVERED_LATE: 'verspätet',
      OPEN_WITHIN_RTO: 'offen, innerhalb der RTO',
      OPEN_RTO_BREACHED: 'offen, RTO überschritten',
      NO_RTO: 'keine RTO',
    },
    finding: (finding: ReviewFinding, name: (key: string) => string): string => {
      switch (finding.code) {
        case 'NO_PUBLIC_WORD':
          return 'Die Kundschaft erhielt nie ein öffentliches Wort.';
        case 'FIRST_WORD_LATE':
          return `Das erste öffentliche Wort kam nach ${durationDe(finding.minutes)}, später als der Takt von ${durationDe(finding.cadenceMinutes)}.`;
        case 'SILENCE_OVER_CADENCE':
          return `Die Kundschaft wartete ${durationDe(finding.minutes)} auf ein Wort, länger als der Takt von ${durationDe(finding.cadenceMinutes)}.`;
        case 'RTO_MISSED':
          return `${name(finding.serviceKey)} lief ${durationDe(finding.minutesOverRto)} nach Ablauf der RTO wieder.`;
        case 'PROMISES_MISSED':
          return `${finding.count} Zusagen an die Kundschaft wurden verfehlt.`;
        case 'BACKLOG_LATER_THAN_FORECAST':
          return `${name(finding.backlogKey)} war ${durationDe(finding.minutes)} später abgearbeitet als bei Behebung prognostiziert.`;
        case 'BACKLOG_NOT_CLEARED':
          return `${name(finding.backlogKey)} hat noch ${finding.open} offene Einträge.`;
      }
    },
  },
} as const;

function durationEn(minutes: number): string {
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) {
    return `${Math.floor(minutes / 60)} h${minutes % 60 ? ` ${minutes % 60} min` : ''}`;
  }
  return `${Math.floor(minutes / 1440)} days ${Math.round((minutes % 1440) / 60)} h`;
}

function durationDe(minutes: number): string {
  if (minutes < 60) return `${minutes} Min.`;
  if (minutes < 48 * 60) {
    return `${Math.floor(minutes / 60)} Std.${minutes % 60 ? ` ${minutes % 60} Min.` : ''}`;
  }
  return `${Math.floor(minutes / 1440)} Tage ${Math.round((minutes % 1440) / 60)} Std.`;
}

/** The review as one Markdown document in the reader's language (for the file and the printer). */
export function reviewMarkdown(document: ReviewDocument, locale: CommunicationLocale): string {
  const words = WORDS[locale];
  const at = (time: Date | null) =>
    time ? formatDateTime(time, locale, document.timeZone) : words.none;
  const span = (minutes: number | null) => (minutes === null ? words.none : words.minutes(minutes));
  const { incident, facts } = document;
  const { metrics } = facts;
  const lines: string[] = [
    `# ${words.title}: ${incident.ref} ${markdownCell(incident.title)}`,
    '',
    `${words.generated}: ${at(document.generatedAt)}`,
    '',
    `## ${words.numbers}`,
    '',
    `- ${words.severity}: ${incident.severity}`,
    `- ${words.started}: ${at(incident.startedAt)}`,
    `- ${words.detected}: ${at(incident.detectedAt)}`,
    `- ${words.resolved}: ${at(incident.resolvedAt)}`,
    `- ${words.timeToDetect}: ${span(metrics.timeToDetectMinutes)}`,
    `- ${words.firstWord}: ${span(metrics.timeToFirstPublicUpdateMinutes)}`,
    `- ${words.resolve}: ${span(metrics.timeToResolveMinutes)}`,
    `- ${words.silence}: ${span(metrics.longestSilenceMinutes)}` +
      (facts.cadenceMinutes === null ? '' : ` (${words.cadence} ${span(facts.cadenceMinutes)})`),
    `- ${words.promisesMissed}: ${metrics.promisesMissed}`,
    '',
    `## ${words.findings}`,
    '',
    ...(facts.findings.length === 0
      ? [words.noFindings]
      : facts.findings.map((finding) => `- ${words.finding(finding, document.serviceName)}`)),
    '',
  ];
  if (metrics.services.length > 0) {
    lines.push(
      `## ${words.services}`,
      '',
      `| ${words.service} | ${words.rto} | ${words.took} | ${words.outcome} |`,
      '| --- | --- | --- | --- |',
      ...metrics.services.map(
        (service) =>
          `| ${markdownCell(document.serviceName(service.serviceKey))} | ${span(service.rtoMinutes)} | ${span(service.timeToRecoverMinutes)} | ${words.outcomes[service.outcome]} |`,
      ),
      '',
    );
  }
  if (facts.backlogs.length > 0) {
    lines.push(
      `## ${words.backlogs}`,
      '',
      `| ${words.backlog} | ${words.peak} | ${words.forecast} | ${words.cleared} |`,
      '| --- | --- | --- | --- |',
      ...facts.backlogs.map(
        (backlog) =>
          `| ${markdownCell(backlog.name)} | ${backlog.peakOpen} | ${at(backlog.forecastAtResolution)} | ${backlog.clearedAt ? at(backlog.clearedAt) : words.open} |`,
      ),
      '',
    );
  }
  lines.push(
    `## ${words.wentWell}`,
    '',
    document.wentWell.trim() || words.none,
    '',
    `## ${words.wentBadly}`,
    '',
    document.wentBadly.trim() || words.none,
    '',
    `## ${words.actions}`,
    '',
  );
  if (document.actions.length === 0) {
    lines.push(words.none, '');
  } else {
    lines.push(
      `| ${words.action} | ${words.owner} | ${words.due} | ${words.done} |`,
      '| --- | --- | --- | --- |',
      ...document.actions.map(
        (action) =>
          `| ${markdownCell(action.title)} | ${markdownCell(action.owner) || words.none} | ${action.dueOn ?? words.none} | ${action.done ? words.yes : words.no} |`,
      ),
      '',
    );
  }
  lines.push(
    `## ${words.timeline}`,
    '',
    ...[...document.timeline]
      .sort((a, b) => a.displayAt.getTime() - b.displayAt.getTime())
      .map(
        (entry) =>
          `- ${at(entry.displayAt)} (${entry.visibility === 'PUBLIC' ? words.public : words.internal}${entry.statusChange ? `, ${entry.statusChange}` : ''}): ${markdownCell(entry.body)}`,
      ),
    '',
  );
  return lines.join('\n');
}
