import { DateTime } from 'luxon';
import {
  type CommunicationAudience,
  type CommunicationChannel,
  type CommunicationLocale,
  isCommunicationLocale,
} from '../communication/communication';
import { DEFAULT_COMMUNICATION_TIME_ZONE } from '../communication/communication-template';
import { type FieldIssue } from '../shared/domain-error';
import { COHORT_MERGE_FIELDS, type CohortMergeField } from './cohort-fields';

/*
 * Notices to the affected customers (a "cohort"): the customers named on the items of some
 * backlogs, one mail per distinct address, each merged with that customer's own facts.
 */

/** Longest address (RFC 5321's path limit). */
export const CUSTOMER_EMAIL_MAX_LENGTH = 254;
/** Longest customer name kept on an item. */
export const CUSTOMER_NAME_MAX_LENGTH = 200;
/** Most backlogs one cohort may name. */
export const COHORT_MAX_BACKLOGS = 20;
/** How many rendered mails a preview shows. */
export const COHORT_SAMPLE_COUNT = 3;
/** Most order references named in one customer's mail; the rest are counted. */
export const COHORT_MAX_REFS_NAMED = 20;

/** Who receives a cohort notice: the customers on these backlogs' items. */
export interface CohortSpec {
  backlogKeys: readonly string[];
  /** Only items still open (not done) when the notice is previewed or published. */
  openOnly: boolean;
}

/** The customer an item may carry, as another system supplies it. */
export interface ItemCustomerInput {
  customerEmail?: string | null;
  customerName?: string | null;
  locale?: string | null;
}

/** The customer stored on an item: trimmed, the address as given, empty values `null`. */
export interface ItemCustomer {
  customerEmail: string | null;
  customerName: string | null;
  locale: CommunicationLocale | null;
}

// Deliberately plain: one @, no spaces, a dot in the domain. Whether the address exists only
// the receiving server knows; this catches typing and column mix-ups.
const EMAIL_SYNTAX = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

/** True when the text looks like an e-mail address (see {@link validateItemCustomer}). */
export function isEmailAddress(text: string): boolean {
  return text.length <= CUSTOMER_EMAIL_MAX_LENGTH && EMAIL_SYNTAX.test(text);
}

/** The form addresses are compared and suppressed in: trimmed and lower case. */
export function normaliseCustomerEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Every problem with an item's customer fields, named under `field` (e.g. `items[3]`). */
export function validateItemCustomer(field: string, input: ItemCustomerInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  const email = input.customerEmail?.trim() ?? '';
  if (email.length > CUSTOMER_EMAIL_MAX_LENGTH) {
    issues.push({
      field: `${field}.customerEmail`,
      code: 'TOO_LONG',
      params: { max: CUSTOMER_EMAIL_MAX_LENGTH },
      message: `must be at most ${CUSTOMER_EMAIL_MAX_LENGTH} characters`,
    });
  } else if (email.length > 0 && !isEmailAddress(email)) {
    issues.push({
      field: `${field}.customerEmail`,
      code: 'EMAIL_FORMAT',
      message: 'must be an e-mail address such as name@example.com',
    });
  }
  const name = input.customerName?.trim() ?? '';
  if (name.length > CUSTOMER_NAME_MAX_LENGTH) {
    issues.push({
      field: `${field}.customerName`,
      code: 'TOO_LONG',
      params: { max: CUSTOMER_NAME_MAX_LENGTH },
      message: `must be at most ${CUSTOMER_NAME_MAX_LENGTH} characters`,
    });
  }
  if (input.locale !== undefined && input.locale !== null && !isCommunicationLocale(input.locale)) {
    issues.push({
      field: `${field}.locale`,
      code: 'ONE_OF',
      params: { values: ['de', 'en'] },
      message: 'must be one of de, en',
    });
  }
  return issues;
}

/** The checked customer fields as stored (call after {@link validateItemCustomer}). */
export function itemCustomer(input: ItemCustomerInput): ItemCustomer {
  const email = input.customerEmail?.trim() ?? '';
  const name = input.customerName?.trim() ?? '';
  return {
    customerEmail: email.length > 0 ? email : null,
    customerName: name.length > 0 ? name : null,
    locale: input.locale && isCommunicationLocale(input.locale) ? input.locale : null,
  };
}

/** True when a message on this channel to this audience is addressed to a cohort. */
export function needsCohort(
  channel: CommunicationChannel,
  audience: CommunicationAudience,
): boolean {
  return channel === 'EMAIL' && audience === 'AFFECTED_CUSTOMERS';
}

/**
 * Every problem with a message's cohort: an e-mail to the affected customers must name one
 * (`COHORT_REQUIRED`), any other message must not (`COHORT_NOT_ALLOWED`); the backlogs must be
 * named, at most {@link COHORT_MAX_BACKLOGS}, once each, and exist (`UNKNOWN_BACKLOG`, when
 * `knownKeys` is given).
 */
export function validateCohort(
  channel: CommunicationChannel,
  audience: CommunicationAudience,
  cohort: CohortSpec | null,
  knownKeys?: ReadonlySet<string>,
): FieldIssue[] {
  if (!needsCohort(channel, audience)) {
    return cohort === null
      ? []
      : [
          {
            field: 'cohort',
            code: 'COHORT_NOT_ALLOWED',
            message: 'only an EMAIL to AFFECTED_CUSTOMERS is sent to a cohort',
          },
        ];
  }
  if (cohort === null) {
    return [
      {
        field: 'cohort',
        code: 'COHORT_REQUIRED',
        message: 'an EMAIL to AFFECTED_CUSTOMERS needs a cohort (the backlogs whose customers)',
      },
    ];
  }
  const issues: FieldIssue[] = [];
  if (cohort.backlogKeys.length === 0) {
    issues.push({ field: 'cohort.backlogKeys', code: 'REQUIRED', message: 'is required' });
  } else if (cohort.backlogKeys.length > COHORT_MAX_BACKLOGS) {
    issues.push({
      field: 'cohort.backlogKeys',
      code: 'TOO_MANY',
      params: { max: COHORT_MAX_BACKLOGS },
      message: `must name at most ${COHORT_MAX_BACKLOGS} backlogs`,
    });
  }
  const seen = new Set<string>();
  for (const key of cohort.backlogKeys) {
    if (seen.has(key)) {
      issues.push({ field: 'cohort.backlogKeys', message: `"${key}" appears more than once` });
    } else if (knownKeys && !knownKeys.has(key)) {
      issues.push({
        field: 'cohort.backlogKeys',
        code: 'UNKNOWN_BACKLOG',
        params: { key },
        message: `there is no backlog "${key}"`,
      });
    }
    seen.add(key);
  }
  return issues;
}

/** An item of a cohort's backlogs that names a customer. */
export interface CohortItem {
  backlogKey: string;
  externalRef: string;
  customerEmail: string;
  customerName: string | null;
  locale: CommunicationLocale | null;
  doneAt: Date | null;
}

/** One distinct address of a cohort with the facts its mail is merged with. */
export interface CohortRecipient {
  /** Normalised (see {@link normaliseCustomerEmail}): one mail per address. */
  email: string;
  name: string | null;
  /** The customer's order references in the cohort, sorted. */
  refs: string[];
  /** The backlogs those references are on, sorted. */
  backlogKeys: string[];
}

/** Who receives a notice, and who of the cohort does not and why. */
export interface CohortSelection {
  recipients: CohortRecipient[];
  /** Distinct addresses that unsubscribed from customer notices. */
  suppressedCount: number;
  /** Distinct addresses whose customers read the other language (a notice in it reaches them). */
  otherLocaleCount: number;
}

/**
 * Who of a cohort receives a notice written in `locale`. One mail per distinct address
 * (compared in lower case); an address is in the notice's language when any of its items says
 * so or none names a language (the shop's customers are then written to in the notice's
 * language). **Suppression:** an address that used the unsubscribe link of any customer
 * notice receives no later customer notice, on any incident, until it is named again by
 * nobody (it stays suppressed; a responder cannot undo a customer's wish). With `openOnly`,
 * items already done do not count.
 */
export function selectCohort(
  items: readonly CohortItem[],
  options: {
    openOnly: boolean;
    locale: CommunicationLocale;
    suppressed: ReadonlySet<string>;
  },
): CohortSelection {
  const byAddress = new Map<
    string,
    { name: string | null; refs: Set<string>; keys: Set<string>; locales: Set<string> }
  >();
  for (const item of items) {
    if (options.openOnly && item.doneAt !== null) continue;
    const email = normaliseCustomerEmail(item.customerEmail);
    if (email.length === 0) continue;
    let entry = byAddress.get(email);
    if (!entry) {
      entry = { name: null, refs: new Set(), keys: new Set(), locales: new Set() };
      byAddress.set(email, entry);
    }
    entry.name ??= item.customerName;
    entry.refs.add(item.externalRef);
    entry.keys.add(item.backlogKey);
    if (item.locale) entry.locales.add(item.locale);
  }
  const recipients: CohortRecipient[] = [];
  let suppressedCount = 0;
  let otherLocaleCount = 0;
  for (const [email, entry] of [...byAddress].sort(([a], [b]) => (a < b ? -1 : 1))) {
    if (options.suppressed.has(email)) {
      suppressedCount += 1;
      continue;
    }
    if (entry.locales.size > 0 && !entry.locales.has(options.locale)) {
      otherLocaleCount += 1;
      continue;
    }
    recipients.push({
      email,
      name: entry.name,
      refs: [...entry.refs].sort(),
      backlogKeys: [...entry.keys].sort(),
    });
  }
  return { recipients, suppressedCount, otherLocaleCount };
}

/** What merging needs besides the recipient: when each backlog is forecast to clear. */
export interface CohortMergeFacts {
  /** Per backlog key: the forecast clear time, `null` when it does not clear at this capacity. */
  clearsAt: ReadonlyMap<string, Date | null>;
  /** The link that stops further customer notices to this address (RFC 8058). */
  unsubscribeUrl: string | null;
}

/** A notice as one customer receives it. */
export interface CohortMail {
  subject: string;
  body: string;
}

const MERGE_PATTERN = new RegExp(`\\{\\{\\s*(${COHORT_MERGE_FIELDS.join('|')})\\s*\\}\\}`, 'g');

const LOCALE_TAGS: Readonly<Record<CommunicationLocale, string>> = { de: 'de-DE', en: 'en-GB' };

const WORDS: Readonly<
  Record<
    CommunicationLocale,
    {
      greeting: (name: string | null) => string;
      customer: string;
      moreRefs: (count: number) => string;
      dateUnknown: string;
      forecast: (date: string) => string;
      forecastUnknown: string;
      done: string;
      unsubscribe: (url: string) => string;
    }
  >
> = {
  en: {
    greeting: (name) => (name ? `Dear ${name},` : 'Dear customer,'),
    customer: 'customer',
    moreRefs: (count) => `${count} more`,
    dateUnknown: 'not known yet',
    forecast: (date) => `We expect to have caught up with your orders by ${date}.`,
    forecastUnknown: 'We cannot name a date yet and will write to you as soon as we can.',
    done: 'Your orders are already dealt with.',
    unsubscribe: (url) => `You no longer want such notices? One click: ${url}`,
  },
  de: {
    greeting: (name) => (name ? `Guten Tag ${name},` : 'Guten Tag,'),
    customer: 'Kundin, Kunde',
    moreRefs: (count) => `${count} weitere`,
    dateUnknown: 'noch offen',
    forecast: (date) => `Wir rechnen damit, Ihre Bestellungen bis ${date} nachgeholt zu haben.`,
    forecastUnknown:
      'Einen Termin können wir noch nicht nennen; wir schreiben Ihnen, sobald wir ihn kennen.',
    done: 'Ihre Bestellungen sind bereits erledigt.',
    unsubscribe: (url) => `Sie möchten solche Hinweise nicht mehr erhalten? Ein Klick: ${url}`,
  },
};

/** The values of the merge fields for one recipient, in the notice's language. */
export function cohortMergeValues(
  recipient: CohortRecipient,
  facts: CohortMergeFacts,
  options: { locale: CommunicationLocale; timeZone?: string },
): Record<CohortMergeField, string> {
  const words = WORDS[options.locale];
  const zone = options.timeZone ?? DEFAULT_COMMUNICATION_TIME_ZONE;
  const named = recipient.refs.slice(0, COHORT_MAX_REFS_NAMED);
  const rest = recipient.refs.length - named.length;
  const refs = new Intl.ListFormat(LOCALE_TAGS[options.locale], { type: 'conjunction' }).format(
    rest > 0 ? [...named, words.moreRefs(rest)] : named,
  );
  // The customer's orders are done when the last of their backlogs clears.
  let latest: Date | null = null;
  let unknown = false;
  for (const key of recipient.backlogKeys) {
    const at = facts.clearsAt.get(key);
    if (at === undefined) continue;
    if (at === null) unknown = true;
    else if (latest === null || at.getTime() > latest.getTime()) latest = at;
  }
  const date =
    latest === null
      ? null
      : DateTime.fromJSDate(latest, { zone })
          .setLocale(LOCALE_TAGS[options.locale])
          .toFormat(options.locale === 'de' ? 'cccc, d. LLLL' : 'cccc d LLLL');
  return {
    greeting: words.greeting(recipient.name),
    customerName: recipient.name ?? words.customer,
    orderRefs: refs,
    forecastDate: unknown || date === null ? words.dateUnknown : date,
    forecastSentence: unknown
      ? words.forecastUnknown
      : date === null
        ? words.done
        : words.forecast(date),
  };
}

/**
 * The notice as one customer reads it: the merge fields (`{{greeting}}`, `{{orderRefs}}`, …)
 * of the approved text replaced by the customer's facts, and the unsubscribe line appended.
 * Nothing else in the text is interpreted, so whatever the responder wrote stays as written.
 */
export function renderCohortMail(
  text: CohortMail,
  recipient: CohortRecipient,
  facts: CohortMergeFacts,
  options: { locale: CommunicationLocale; timeZone?: string },
): CohortMail {
  const values = cohortMergeValues(recipient, facts, options);
  const merge = (source: string): string =>
    source.replace(MERGE_PATTERN, (_match, name: CohortMergeField) => values[name]);
  const footer = facts.unsubscribeUrl
    ? `\n\n--\n${WORDS[options.locale].unsubscribe(facts.unsubscribeUrl)}`
    : '';
  return {
    subject: merge(text.subject).replace(/\s*\n\s*/g, ' '),
    body: `${merge(text.body)}${footer}`,
  };
}

/** The merge fields the text uses, in order of first use (for the editor's hints). */
export function cohortMergeFieldsUsed(text: string): CohortMergeField[] {
  const used = new Set<CohortMergeField>();
  for (const match of text.matchAll(MERGE_PATTERN)) used.add(match[1] as CohortMergeField);
  return [...used];
}

/**
 * The text of a correction to a notice already sent: mail cannot be unsent, so the customers
 * get a second mail that names the first and says what is right. The original text is kept
 * below for the responder to correct before approving.
 */
export function cohortCorrectionText(
  original: { subject: string; body: string; publishedAt: Date | null },
  options: { locale: CommunicationLocale; timeZone?: string },
): CohortMail {
  const zone = options.timeZone ?? DEFAULT_COMMUNICATION_TIME_ZONE;
  const when = original.publishedAt
    ? DateTime.fromJSDate(original.publishedAt, { zone })
        .setLocale(LOCALE_TAGS[options.locale])
        .toFormat(options.locale === 'de' ? 'd. LLLL' : 'd LLLL')
    : null;
  // The original's own greeting and unsubscribe footer are not repeated.
  const kept = original.body.replace(/^\{\{\s*greeting\s*\}\}\s*/, '').trim();
  if (options.locale === 'de') {
    return {
      subject: `Korrektur: ${original.subject}`.slice(0, 200),
      body:
        `{{greeting}}\n\n` +
        `in unserer Nachricht${when ? ` vom ${when}` : ''} („${original.subject}“) war etwas nicht richtig. ` +
        `Richtig ist:\n\n${kept}\n\nBitte entschuldigen Sie das Durcheinander.`,
    };
  }
  return {
    subject: `Correction: ${original.subject}`.slice(0, 200),
    body:
      `{{greeting}}\n\n` +
      `our message${when ? ` of ${when}` : ''} ("${original.subject}") contained a mistake. ` +
      `This is correct:\n\n${kept}\n\nWe apologise for the confusion.`,
  };
}

/**
 * Why no correction can be written to this message, or `null` when one can: only a notice to
 * a cohort that went out (published, perhaps retracted since) has customers who read it.
 */
export function correctionRefusal(original: {
  channel: CommunicationChannel;
  audience: CommunicationAudience;
  publishedAt: Date | null;
}): FieldIssue | null {
  if (!needsCohort(original.channel, original.audience)) {
    return {
      field: 'communicationId',
      code: 'NOT_CORRECTABLE',
      message: 'only an e-mail to the affected customers is corrected by a notice to them',
    };
  }
  if (original.publishedAt === null) {
    return {
      field: 'communicationId',
      code: 'NOT_CORRECTABLE',
      message: 'it was never sent; edit or retract it instead',
    };
  }
  return null;
}

/** Refuses publishing a notice that would reach nobody (the cohort names no customer). */
export function emptyCohortRefusal(recipientCount: number): FieldIssue | null {
  return recipientCount > 0
    ? null
    : {
        field: 'cohort',
        code: 'COHORT_EMPTY',
        message:
          'no customer of this cohort can be written to (none named, done, unsubscribed or in another language)',
      };
}
