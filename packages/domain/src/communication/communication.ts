import { DomainError, type FieldIssue } from '../shared/domain-error';

/** Where a message to customers (or staff) goes out. */
export const COMMUNICATION_CHANNELS = [
  'STATUS_PAGE',
  'EMAIL',
  'AUTO_REPLY',
  'PHONE_ANNOUNCEMENT',
  'SOCIAL',
] as const;

/** One of {@link COMMUNICATION_CHANNELS}. */
export type CommunicationChannel = (typeof COMMUNICATION_CHANNELS)[number];

/** Who a message is written for. */
export const COMMUNICATION_AUDIENCES = ['PUBLIC', 'AFFECTED_CUSTOMERS', 'INTERNAL'] as const;

/** One of {@link COMMUNICATION_AUDIENCES}. */
export type CommunicationAudience = (typeof COMMUNICATION_AUDIENCES)[number];

/** The languages Lagebild writes customer messages in. */
export const COMMUNICATION_LOCALES = ['de', 'en'] as const;

/** One of {@link COMMUNICATION_LOCALES}. */
export type CommunicationLocale = (typeof COMMUNICATION_LOCALES)[number];

/** The life of a message: written, checked by a second look, sent out, or taken back. */
export const COMMUNICATION_STATUSES = ['DRAFT', 'APPROVED', 'PUBLISHED', 'RETRACTED'] as const;

/** One of {@link COMMUNICATION_STATUSES}. */
export type CommunicationStatus = (typeof COMMUNICATION_STATUSES)[number];

/**
 * Which audiences each channel can reach. The status page, social media and phone
 * announcements are seen by anyone, so they can never carry an internal message; only e-mail
 * can be addressed to staff.
 */
export const CHANNEL_AUDIENCES: Readonly<
  Record<CommunicationChannel, readonly CommunicationAudience[]>
> = {
  STATUS_PAGE: ['PUBLIC'],
  SOCIAL: ['PUBLIC'],
  PHONE_ANNOUNCEMENT: ['PUBLIC', 'AFFECTED_CUSTOMERS'],
  AUTO_REPLY: ['PUBLIC', 'AFFECTED_CUSTOMERS'],
  EMAIL: ['PUBLIC', 'AFFECTED_CUSTOMERS', 'INTERNAL'],
};

/** A message about an incident, in one language, for one channel and audience. */
export interface Communication {
  channel: CommunicationChannel;
  audience: CommunicationAudience;
  locale: CommunicationLocale;
  subject: string;
  body: string;
  status: CommunicationStatus;
  createdAt: Date;
  approvedAt: Date | null;
  publishedAt: Date | null;
  retractedAt: Date | null;
}

/** What someone supplies to write a new message (before it is checked). */
export interface CommunicationDraftInput {
  channel: string;
  audience: string;
  locale: string;
  subject: string;
  body: string;
}

/** Longest subject: fits an e-mail subject line and a status-page heading. */
export const COMMUNICATION_SUBJECT_MAX_LENGTH = 200;
/** Longest body: a long status-page update, far below anything that would hurt storage. */
export const COMMUNICATION_BODY_MAX_LENGTH = 20_000;

/** True when the value is one of {@link COMMUNICATION_CHANNELS}. */
export function isCommunicationChannel(value: string): value is CommunicationChannel {
  return (COMMUNICATION_CHANNELS as readonly string[]).includes(value);
}

/** True when the value is one of {@link COMMUNICATION_AUDIENCES}. */
export function isCommunicationAudience(value: string): value is CommunicationAudience {
  return (COMMUNICATION_AUDIENCES as readonly string[]).includes(value);
}

/** True when the value is one of {@link COMMUNICATION_LOCALES}. */
export function isCommunicationLocale(value: string): value is CommunicationLocale {
  return (COMMUNICATION_LOCALES as readonly string[]).includes(value);
}

/** True when the channel can reach the audience (see {@link CHANNEL_AUDIENCES}). */
export function channelReachesAudience(
  channel: CommunicationChannel,
  audience: CommunicationAudience,
): boolean {
  return CHANNEL_AUDIENCES[channel].includes(audience);
}

/** Every problem with a draft input, each named by its field. Empty when the input is fine. */
export function validateCommunicationDraft(input: CommunicationDraftInput): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (!isCommunicationChannel(input.channel)) {
    issues.push({
      field: 'channel',
      code: 'ONE_OF',
      params: { values: [...COMMUNICATION_CHANNELS] },
      message: `must be one of ${COMMUNICATION_CHANNELS.join(', ')}`,
    });
  }
  if (!isCommunicationAudience(input.audience)) {
    issues.push({
      field: 'audience',
      code: 'ONE_OF',
      params: { values: [...COMMUNICATION_AUDIENCES] },
      message: `must be one of ${COMMUNICATION_AUDIENCES.join(', ')}`,
    });
  }
  if (
    isCommunicationChannel(input.channel) &&
    isCommunicationAudience(input.audience) &&
    !channelReachesAudience(input.channel, input.audience)
  ) {
    issues.push({
      field: 'audience',
      message: `${input.channel} can only reach ${CHANNEL_AUDIENCES[input.channel].join(', ')}`,
    });
  }
  if (!isCommunicationLocale(input.locale)) {
    issues.push({
      field: 'locale',
      code: 'ONE_OF',
      params: { values: [...COMMUNICATION_LOCALES] },
      message: `must be one of ${COMMUNICATION_LOCALES.join(', ')}`,
    });
  }
  if (input.subject.trim().length === 0) {
    issues.push({ field: 'subject', code: 'REQUIRED', message: 'is required' });
  } else if (input.subject.length > COMMUNICATION_SUBJECT_MAX_LENGTH) {
    issues.push({
      field: 'subject',
      code: 'TOO_LONG',
      params: { max: COMMUNICATION_SUBJECT_MAX_LENGTH },
      message: `must be at most ${COMMUNICATION_SUBJECT_MAX_LENGTH} characters`,
    });
  }
  if (input.body.trim().length === 0) {
    issues.push({ field: 'body', code: 'REQUIRED', message: 'is required' });
  } else if (input.body.length > COMMUNICATION_BODY_MAX_LENGTH) {
    issues.push({
      field: 'body',
      code: 'TOO_LONG',
      params: { max: COMMUNICATION_BODY_MAX_LENGTH },
      message: `must be at most ${COMMUNICATION_BODY_MAX_LENGTH} characters`,
    });
  }
  return issues;
}

/**
 * A new message in `DRAFT`. Throws `BAD_USER_INPUT` naming every bad field; the subject and
 * body are stored trimmed.
 */
export function draftCommunication(input: CommunicationDraftInput, now: Date): Communication {
  DomainError.assertNoIssues(validateCommunicationDraft(input), 'Invalid communication');
  return {
    channel: input.channel as CommunicationChannel,
    audience: input.audience as CommunicationAudience,
    locale: input.locale as CommunicationLocale,
    subject: input.subject.trim(),
    body: input.body.trim(),
    status: 'DRAFT',
    createdAt: now,
    approvedAt: null,
    publishedAt: null,
    retractedAt: null,
  };
}

/** The text of a draft as an editor changes it. */
export interface CommunicationDraftText {
  subject: string;
  body: string;
}

/**
 * The same draft with new text, trimmed and checked like a new draft. Only a draft's text can
 * change: once approved, what was looked at is what goes out, so any other status is a
 * `CONFLICT`; an empty or too long field is `BAD_USER_INPUT` naming it.
 */
export function editCommunicationDraft<T extends Communication>(
  communication: T,
  text: CommunicationDraftText,
): T {
  if (communication.status !== 'DRAFT') {
    const refusal = `Only a draft's text can change; this communication is ${communication.status}`;
    throw new DomainError('CONFLICT', refusal, [{ field: 'status', message: refusal }]);
  }
  const issues = validateCommunicationDraft({ ...communication, ...text });
  DomainError.assertNoIssues(issues, 'Invalid communication');
  return { ...communication, subject: text.subject.trim(), body: text.body.trim() };
}

/**
 * True when publishing this message should also appear as a public entry on the incident's
 * timeline (and so on the status page and in its feed).
 */
export function belongsOnPublicTimeline(
  communication: Pick<Communication, 'channel' | 'audience'>,
): boolean {
  return communication.channel === 'STATUS_PAGE' && communication.audience === 'PUBLIC';
}
