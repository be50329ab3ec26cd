import Handlebars from 'handlebars';
import { DateTime, IANAZone } from 'luxon';
import { DomainError, type FieldIssue } from '../shared/domain-error';
import type { Severity } from '../incident/incident';
import type { CommunicationLocale } from './communication';
import { COHORT_MERGE_FIELDS } from '../delivery/cohort-fields';

/**
 * The occasions a built-in template exists for. `PERSONAL_DATA` is the notice to customers whose
 * data may be affected (GDPR Art. 34), written for e-mail only.
 */
export const COMMUNICATION_TEMPLATE_KINDS = [
  'INITIAL',
  'UPDATE',
  'RESOLVED',
  'PERSONAL_DATA',
] as const;

/** One of {@link COMMUNICATION_TEMPLATE_KINDS}. */
export type CommunicationTemplateKind = (typeof COMMUNICATION_TEMPLATE_KINDS)[number];

/** Template text for a subject and a body (Handlebars syntax, see `docs/domain.md`). */
export interface CommunicationTemplate {
  subject: string;
  body: string;
}

/** The time zone dates are shown in unless another one is asked for. */
export const DEFAULT_COMMUNICATION_TIME_ZONE = 'Europe/Berlin';

/** A backlog as customers hear about it: how much is open and when it will be done. */
export interface BacklogForecastFacts {
  /** What piles up, e.g. "Unanswered e-mails". */
  name: string;
  open: number;
  /** When the forecast says the backlog is cleared; `null` when it never clears at this capacity. */
  clearsAt: Date | null;
  /**
   * What clearing it means to a customer, as the start of a sentence completed by "by <day>",
   * per language: `{ en: 'E-mails are answered', de: 'E-Mails beantworten wir' }`.
   */
  promise?: Partial<Record<CommunicationLocale, string>>;
}

/** The state of an incident a message is written from, as plain data. */
export interface CommunicationTemplateState {
  incident: {
    ref: string;
    title: string;
    severity: Severity;
    /** Incident status, e.g. `INVESTIGATING`; known values get a wording per language. */
    status: string;
    startedAt: Date;
    resolvedAt?: Date | null;
    /** What is known so far, in the language of the message; optional. */
    summary?: string | null;
  };
  /** Services customers notice, with their current status (`MAJOR_OUTAGE`, ...). */
  affectedServices: readonly { name: string; status: string }[];
  /** When we expect everything to work again; absent when nobody knows yet. */
  expectedRecoveryAt?: Date | null;
  /** When customers will hear from us next; absent when not promised. */
  nextUpdateAt?: Date | null;
  backlogs?: readonly BacklogForecastFacts[];
  /** The business's name for the signature; absent to write without one. */
  organizationName?: string | null;
  statusPageUrl?: string | null;
}

/** How to render: language, time zone for dates, and the moment of writing. */
export interface CommunicationRenderOptions extends TemplateFieldOptions {
  locale: CommunicationLocale;
  /** IANA time zone such as `Europe/Berlin`; defaults to {@link DEFAULT_COMMUNICATION_TIME_ZONE}. */
  timeZone?: string;
  now: Date;
}

/** A rendered message, ready to be stored as a draft. */
export interface RenderedCommunication {
  subject: string;
  body: string;
}

type VariableShape = 'value' | 'list';

/**
 * Every variable a template may use, at the top level. Values marked optional are absent when
 * the incident has no such fact yet; a template must guard them with `{{#if ...}}`.
 */
export const COMMUNICATION_TEMPLATE_VARIABLES: Readonly<Record<string, VariableShape>> = {
  organization: 'value',
  ref: 'value',
  title: 'value',
  summary: 'value',
  severity: 'value',
  status: 'value',
  startedAt: 'value',
  resolvedAt: 'value',
  affectedServices: 'value',
  services: 'list',
  expectedRecovery: 'value',
  nextUpdate: 'value',
  backlogs: 'list',
  statusPageUrl: 'value',
  writtenAt: 'value',
};

/** The fields of each item of the list variables (inside `{{#each services}}` and so on). */
export const COMMUNICATION_TEMPLATE_LIST_ITEMS: Readonly<Record<string, readonly string[]>> = {
  services: ['name', 'status'],
  backlogs: ['name', 'open', 'clearsBy', 'sentence'],
};

/** The variables that are absent whenever the incident lacks the fact behind them. */
export const OPTIONAL_TEMPLATE_VARIABLES = [
  'organization',
  'summary',
  'resolvedAt',
  'affectedServices',
  'expectedRecovery',
  'nextUpdate',
  'statusPageUrl',
  'backlogs.clearsBy',
] as const;

const BLOCK_HELPERS = new Set(['if', 'unless', 'each']);
const LOOP_DATA = new Set(['index', 'first', 'last']);

// An isolated Handlebars environment: helpers registered elsewhere never leak into templates.
const handlebars = Handlebars.create();

/**
 * Every problem with a custom template's subject and body: it must parse, use only the known
 * variables (see {@link COMMUNICATION_TEMPLATE_VARIABLES}), and only the `if`, `unless` and
 * `each` helpers (no partials). Empty when the template is fine.
 */
export function validateCommunicationTemplate(
  template: CommunicationTemplate,
  options: TemplateFieldOptions = {},
): FieldIssue[] {
  const known = knownVariables(options);
  return [
    ...validateTemplateSource('subject', template.subject, known),
    ...validateTemplateSource('body', template.body, known),
  ];
}

/** Whether a template may use the per-recipient merge fields (a notice to a cohort). */
export interface TemplateFieldOptions {
  mergeFields?: boolean;
}

type KnownVariables = Readonly<Record<string, VariableShape>>;

function knownVariables(options: TemplateFieldOptions): KnownVariables {
  if (!options.mergeFields) return COMMUNICATION_TEMPLATE_VARIABLES;
  return {
    ...COMMUNICATION_TEMPLATE_VARIABLES,
    ...Object.fromEntries(COHORT_MERGE_FIELDS.map((name) => [name, 'value' as const])),
  };
}

function validateTemplateSource(
  field: 'subject' | 'body',
  source: string,
  known: KnownVariables,
): FieldIssue[] {
  if (source.trim().length === 0) {
    return [{ field, code: 'REQUIRED', message: 'is required' }];
  }
  let program: hbs.AST.Program;
  try {
    program = handlebars.parse(source);
  } catch (error) {
    return [{ field, message: `does not compile: ${firstLine(error)}` }];
  }
  return checkProgram(program, null, known).map((problem) => ({ field, message: problem }));
}

/** Walks the syntax tree; `list` is the list variable being iterated, `null` at the top. */
function checkProgram(
  program: hbs.AST.Program,
  list: string | null,
  known: KnownVariables,
): string[] {
  return program.body.flatMap((statement) => checkStatement(statement, list, known));
}

function checkStatement(
  statement: hbs.AST.Statement,
  list: string | null,
  known: KnownVariables,
): string[] {
  switch (statement.type) {
    case 'ContentStatement':
    case 'CommentStatement':
      return [];
    case 'MustacheStatement': {
      const mustache = statement as hbs.AST.MustacheStatement;
      if (mustache.params.length > 0 || mustache.hash?.pairs.length) {
        return [`${at(mustache)}: helpers are not allowed in {{...}}; write {{variable}}`];
      }
      const problems = checkVariable(mustache.path, list, known);
      const name = variableName(mustache.path);
      if (problems.length === 0 && list === null && name !== null) {
        if (known[name] === 'list') {
          return [`${at(mustache)}: "${name}" is a list; use {{#each ${name}}}...{{/each}}`];
        }
      }
      return problems;
    }
    case 'BlockStatement':
      return checkBlock(statement as hbs.AST.BlockStatement, list, known);
    default:
      return [`${at(statement)}: ${describeNode(statement.type)} are not allowed`];
  }
}

function checkBlock(
  block: hbs.AST.BlockStatement,
  list: string | null,
  known: KnownVariables,
): string[] {
  const helper = block.path.original;
  if (block.path.type !== 'PathExpression' || !BLOCK_HELPERS.has(helper)) {
    return [`${at(block)}: unknown block "${String(helper)}"; use #if, #unless or #each`];
  }
  const [subject, ...extra] = block.params;
  if (subject === undefined || extra.length > 0 || block.hash?.pairs.length) {
    return [`${at(block)}: #${helper} takes exactly one variable`];
  }
  const problems = checkVariable(subject, list, known);
  let innerList = list;
  if (helper === 'each' && problems.length === 0) {
    const name = variableName(subject);
    if (list !== null || name === null || known[name] !== 'list') {
      problems.push(
        `${at(block)}: #each works on ${Object.keys(COMMUNICATION_TEMPLATE_LIST_ITEMS).join(', ')}`,
      );
    } else {
      innerList = name;
    }
  }
  problems.push(...checkProgram(block.program, innerList, known));
  if (block.inverse) {
    problems.push(...checkProgram(block.inverse, list, known));
  }
  return problems;
}

function checkVariable(node: hbs.AST.Node, list: string | null, known: KnownVariables): string[] {
  if (node.type !== 'PathExpression') {
    return [`${at(node)}: only variables are allowed here`];
  }
  const path = node as hbs.AST.PathExpression;
  const [head, ...rest] = path.parts;
  if (path.data) {
    // `@root.title` reaches the top level from inside a loop; `@index` & co. exist in loops.
    if (head === 'root' && rest.length === 1) {
      return checkName(rest[0] as string, null, path, known);
    }
    if (head !== undefined && rest.length === 0 && list !== null && LOOP_DATA.has(head)) {
      return [];
    }
    return [`${at(path)}: unknown variable "@${path.parts.join('.')}"`];
  }
  if (head === undefined || rest.length > 0) {
    return [`${at(path)}: unknown variable "${path.original}"`];
  }
  // `../title` inside a loop reads the top level: lists are never nested.
  return checkName(head, path.depth > 0 ? null : list, path, known);
}

function checkName(
  name: string,
  list: string | null,
  path: hbs.AST.PathExpression,
  variables: KnownVariables,
): string[] {
  const known =
    list === null ? Object.keys(variables) : (COMMUNICATION_TEMPLATE_LIST_ITEMS[list] ?? []);
  if (known.includes(name)) {
    return [];
  }
  const where = list === null ? '' : ` in #each ${list}`;
  return [`${at(path)}: unknown variable "${name}"${where}; known: ${known.join(', ')}`];
}

function variableName(node: hbs.AST.Node): string | null {
  const path = node as hbs.AST.PathExpression;
  return path.data || path.depth > 0 || path.parts.length !== 1 ? null : (path.parts[0] ?? null);
}

function at(node: hbs.AST.Node): string {
  return `line ${node.loc.start.line}, column ${node.loc.start.column + 1}`;
}

function describeNode(type: string): string {
  if (type.startsWith('Partial')) {
    return 'partials';
  }
  return type === 'Decorator' || type === 'DecoratorBlock' ? 'decorators' : type;
}

function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}

/**
 * Renders a template against an incident's state. The template is validated first
 * (`BAD_USER_INPUT`, naming the field, when it is not valid). Handlebars runs in strict mode:
 * a variable the incident has no value for (say `{{expectedRecovery}}` before anyone knows it)
 * fails with `BAD_USER_INPUT` naming the variable instead of leaving a gap in the text. Output
 * is plain text (nothing is HTML-escaped); whoever displays it escapes it.
 */
export function renderCommunicationTemplate(
  template: CommunicationTemplate,
  state: CommunicationTemplateState,
  options: CommunicationRenderOptions,
): RenderedCommunication {
  DomainError.assertNoIssues(validateCommunicationTemplate(template, options), 'Invalid template');
  const variables = communicationTemplateVariables(state, options);
  if (options.mergeFields) {
    // Filled per recipient when the notice goes out (renderCohortMail): kept as written here.
    for (const name of COHORT_MERGE_FIELDS) variables[name] = `{{${name}}}`;
  }
  return {
    subject: collapseWhitespace(renderSource('subject', template.subject, variables)).replace(
      /\s*\n\s*/g,
      ' ',
    ),
    body: collapseWhitespace(renderSource('body', template.body, variables)),
  };
}

function renderSource(
  field: 'subject' | 'body',
  source: string,
  variables: TemplateVariables,
): string {
  const render = handlebars.compile<TemplateVariables>(source, {
    strict: true,
    noEscape: true,
    knownHelpersOnly: true,
    knownHelpers: { if: true, unless: true, each: true },
  });
  try {
    return render(variables);
  } catch (error) {
    const missing = /^"([^"]+)" not defined/.exec(firstLine(error))?.[1];
    /* istanbul ignore next -- validation leaves strict lookups as the only runtime failure */
    const message =
      missing === undefined
        ? `cannot be rendered: ${firstLine(error)}`
        : `uses "${missing}", which has no value for this incident; guard it with {{#if ${missing}}}`;
    throw new DomainError('BAD_USER_INPUT', `Template ${field} ${message}`, [{ field, message }]);
  }
}

/** Trims lines' trailing spaces, keeps at most one empty line in a row, trims the ends. */
function collapseWhitespace(text: string): string {
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The values a template sees; absent keys are facts the incident does not have. */
export type TemplateVariables = Record<string, string | readonly Record<string, string>[]>;

/**
 * The variables a template sees for this state, formatted for the language and time zone:
 * dates with weekday and time, numbers with the locale's separators, lists joined with "and".
 */
export function communicationTemplateVariables(
  state: CommunicationTemplateState,
  options: CommunicationRenderOptions,
): TemplateVariables {
  const timeZone = options.timeZone ?? DEFAULT_COMMUNICATION_TIME_ZONE;
  if (!IANAZone.isValidZone(timeZone)) {
    throw new DomainError('BAD_USER_INPUT', `Unknown time zone "${timeZone}"`, [
      { field: 'timeZone', message: 'must be an IANA time zone such as Europe/Berlin' },
    ]);
  }
  const { locale, now } = options;
  const words = WORDS[locale];
  const date = (value: Date): string => formatDateTime(value, locale, timeZone);
  const incident = state.incident;
  const variables: TemplateVariables = {
    ref: incident.ref,
    title: incident.title,
    severity: incident.severity,
    status: words.incidentStatus[incident.status] ?? incident.status,
    startedAt: date(incident.startedAt),
    services: state.affectedServices.map((service) => ({
      name: service.name,
      status: words.serviceStatus[service.status] ?? service.status,
    })),
    backlogs: (state.backlogs ?? []).map((backlog) =>
      backlogVariables(backlog, locale, timeZone, now),
    ),
    writtenAt: date(now),
  };
  const optional: Record<string, string | null | undefined> = {
    organization: state.organizationName,
    summary: incident.summary,
    resolvedAt: incident.resolvedAt ? date(incident.resolvedAt) : null,
    affectedServices:
      state.affectedServices.length > 0
        ? new Intl.ListFormat(LOCALE_TAGS[locale], { type: 'conjunction' }).format(
            state.affectedServices.map((service) => service.name),
          )
        : null,
    expectedRecovery: state.expectedRecoveryAt ? date(state.expectedRecoveryAt) : null,
    nextUpdate: state.nextUpdateAt ? date(state.nextUpdateAt) : null,
    statusPageUrl: state.statusPageUrl,
  };
  for (const [name, value] of Object.entries(optional)) {
    if (value !== null && value !== undefined && value.trim().length > 0) {
      variables[name] = value;
    }
  }
  return variables;
}

function backlogVariables(
  backlog: BacklogForecastFacts,
  locale: CommunicationLocale,
  timeZone: string,
  now: Date,
): Record<string, string> {
  const words = WORDS[locale];
  const open = backlog.open.toLocaleString(LOCALE_TAGS[locale]);
  if (backlog.open <= 0) {
    return { name: backlog.name, open, sentence: words.backlogDone(backlog.name) };
  }
  if (backlog.clearsAt === null) {
    return { name: backlog.name, open, sentence: words.backlogNoDate(backlog.name) };
  }
  const clearsBy = formatDeadline(backlog.clearsAt, locale, timeZone, now);
  const promise = backlog.promise?.[locale];
  return {
    name: backlog.name,
    open,
    clearsBy,
    sentence: promise
      ? words.backlogPromise(promise, clearsBy)
      : words.backlogBy(backlog.name, clearsBy),
  };
}

const LOCALE_TAGS: Readonly<Record<CommunicationLocale, string>> = { de: 'de-DE', en: 'en-GB' };

/** "Thursday 26 November, 16:00 CET" / "Donnerstag, 26. November, 16:00 Uhr MEZ". */
export function formatDateTime(value: Date, locale: CommunicationLocale, timeZone: string): string {
  const format = locale === 'de' ? "cccc, d. LLLL, HH:mm 'Uhr' ZZZZ" : 'cccc d LLLL, HH:mm ZZZZ';
  return inZone(value, locale, timeZone).toFormat(format);
}

/**
 * A deadline as people say it, relative to `now` in the time zone: "16:00 today", "tomorrow",
 * a weekday within the coming week ("Thursday"), else the date ("3 December").
 */
export function formatDeadline(
  value: Date,
  locale: CommunicationLocale,
  timeZone: string,
  now: Date,
): string {
  const deadline = inZone(value, locale, timeZone);
  const today = inZone(now, locale, timeZone).startOf('day');
  const days = Math.round(deadline.startOf('day').diff(today, 'days').days);
  const words = WORDS[locale];
  if (days <= 0) {
    return words.today(deadline.toFormat('HH:mm'));
  }
  if (days === 1) {
    return words.tomorrow;
  }
  if (days < 7) {
    return deadline.toFormat('cccc');
  }
  return deadline.toFormat(locale === 'de' ? 'd. LLLL' : 'd LLLL');
}

function inZone(value: Date, locale: CommunicationLocale, timeZone: string): DateTime {
  return DateTime.fromJSDate(value, { zone: timeZone }).setLocale(LOCALE_TAGS[locale]);
}

interface LocaleWords {
  incidentStatus: Readonly<Record<string, string>>;
  serviceStatus: Readonly<Record<string, string>>;
  today: (time: string) => string;
  tomorrow: string;
  backlogPromise: (promise: string, by: string) => string;
  backlogBy: (name: string, by: string) => string;
  backlogNoDate: (name: string) => string;
  backlogDone: (name: string) => string;
}

const WORDS: Readonly<Record<CommunicationLocale, LocaleWords>> = {
  en: {
    incidentStatus: {
      INVESTIGATING: 'We are investigating the cause',
      IDENTIFIED: 'We have found the cause',
      RECOVERING: 'We are restoring operations',
      MONITORING: 'Operations are restored; we are watching closely',
      RESOLVED: 'Resolved',
    },
    serviceStatus: {
      OPERATIONAL: 'working',
      DEGRADED_PERFORMANCE: 'slow',
      PARTIAL_OUTAGE: 'partly unavailable',
      MAJOR_OUTAGE: 'unavailable',
      UNDER_MAINTENANCE: 'under maintenance',
    },
    today: (time) => `${time} today`,
    tomorrow: 'tomorrow',
    backlogPromise: (promise, by) => `${promise} by ${by}.`,
    backlogBy: (name, by) => `${name}: done by ${by}.`,
    backlogNoDate: (name) => `${name}: we cannot name a date yet and will tell you when we can.`,
    backlogDone: (name) => `${name}: done.`,
  },
  de: {
    incidentStatus: {
      INVESTIGATING: 'Wir suchen die Ursache',
      IDENTIFIED: 'Wir haben die Ursache gefunden',
      RECOVERING: 'Wir stellen den Betrieb wieder her',
      MONITORING: 'Der Betrieb läuft wieder; wir beobachten ihn genau',
      RESOLVED: 'Behoben',
    },
    serviceStatus: {
      OPERATIONAL: 'in Betrieb',
      DEGRADED_PERFORMANCE: 'langsam',
      PARTIAL_OUTAGE: 'teilweise nicht verfügbar',
      MAJOR_OUTAGE: 'nicht verfügbar',
      UNDER_MAINTENANCE: 'in Wartung',
    },
    today: (time) => `heute, ${time} Uhr`,
    tomorrow: 'morgen',
    backlogPromise: (promise, by) => `${promise} bis ${by}.`,
    backlogBy: (name, by) => `${name}: erledigt bis ${by}.`,
    backlogNoDate: (name) =>
      `${name}: Einen Termin können wir noch nicht nennen; wir sagen Bescheid, sobald wir ihn kennen.`,
    backlogDone: (name) => `${name}: erledigt.`,
  },
};
