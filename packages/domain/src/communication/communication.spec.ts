import { DomainError } from '../shared/domain-error';
import {
  belongsOnPublicTimeline,
  channelReachesAudience,
  COMMUNICATION_BODY_MAX_LENGTH,
  COMMUNICATION_SUBJECT_MAX_LENGTH,
  type CommunicationDraftInput,
  draftCommunication,
  editCommunicationDraft,
  CHANNEL_AUDIENCES,
  isCommunicationAudience,
  isCommunicationChannel,
  isCommunicationLocale,
  validateCommunicationDraft,
} from './communication';

const NOW = new Date('2026-11-20T09:00:00Z');

const valid: CommunicationDraftInput = {
  channel: 'STATUS_PAGE',
  audience: 'PUBLIC',
  locale: 'de',
  subject: '  Serverausfall ',
  body: ' Wir arbeiten daran. ',
};

describe('editCommunicationDraft', () => {
  const draft = draftCommunication(valid, NOW);
  const LATER = new Date('2026-11-20T09:05:00Z');

  it('changes a draft in place: new trimmed text, still a draft, created when it was', () => {
    expect(
      editCommunicationDraft(draft, { subject: ' Neu ', body: ' Pakete gehen morgen raus. ' }),
    ).toEqual({ ...draft, subject: 'Neu', body: 'Pakete gehen morgen raus.' });
  });

  it.each(['APPROVED', 'PUBLISHED', 'RETRACTED'] as const)(
    'refuses to change the text of a %s message (CONFLICT)',
    (status) => {
      const moved = { ...draft, status, approvedAt: LATER };
      expect(() => editCommunicationDraft(moved, { subject: 'x', body: 'y' })).toThrow(
        expect.objectContaining({ code: 'CONFLICT' }),
      );
    },
  );

  it('refuses an empty subject or body, naming the field', () => {
    try {
      editCommunicationDraft(draft, { subject: ' ', body: '' });
      throw new Error('expected a refusal');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
      expect((error as DomainError).issues.map((issue) => issue.field)).toEqual([
        'subject',
        'body',
      ]);
    }
  });
});

describe('draftCommunication', () => {
  it('creates a trimmed draft with no approval or publication yet', () => {
    expect(draftCommunication(valid, NOW)).toEqual({
      channel: 'STATUS_PAGE',
      audience: 'PUBLIC',
      locale: 'de',
      subject: 'Serverausfall',
      body: 'Wir arbeiten daran.',
      status: 'DRAFT',
      createdAt: NOW,
      approvedAt: null,
      publishedAt: null,
      retractedAt: null,
    });
  });

  it('rejects bad input with BAD_USER_INPUT naming every field', () => {
    try {
      draftCommunication(
        { channel: 'FAX', audience: 'EVERYONE', locale: 'fr', subject: ' ', body: '' },
        NOW,
      );
      throw new Error('expected a rejection');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
      expect((error as DomainError).issues.map((issue) => issue.field)).toEqual([
        'channel',
        'audience',
        'locale',
        'subject',
        'body',
      ]);
    }
  });
});

describe('validateCommunicationDraft', () => {
  it.each([
    ['STATUS_PAGE', 'INTERNAL', false],
    ['STATUS_PAGE', 'AFFECTED_CUSTOMERS', false],
    ['SOCIAL', 'INTERNAL', false],
    ['PHONE_ANNOUNCEMENT', 'INTERNAL', false],
    ['AUTO_REPLY', 'AFFECTED_CUSTOMERS', true],
    ['EMAIL', 'INTERNAL', true],
    ['EMAIL', 'AFFECTED_CUSTOMERS', true],
  ] as const)('%s can reach %s: %s', (channel, audience, allowed) => {
    expect(channelReachesAudience(channel, audience)).toBe(allowed);
    const issues = validateCommunicationDraft({ ...valid, channel, audience });
    expect(issues.some((issue) => issue.field === 'audience')).toBe(!allowed);
  });

  it('limits subject and body length', () => {
    const issues = validateCommunicationDraft({
      ...valid,
      subject: 'x'.repeat(COMMUNICATION_SUBJECT_MAX_LENGTH + 1),
      body: 'x'.repeat(COMMUNICATION_BODY_MAX_LENGTH + 1),
    });
    expect(issues.map((issue) => issue.field)).toEqual(['subject', 'body']);
    expect(validateCommunicationDraft(valid)).toEqual([]);
  });
});

describe('the public timeline', () => {
  it('puts only public status-page messages on the public timeline', () => {
    expect(belongsOnPublicTimeline({ channel: 'STATUS_PAGE', audience: 'PUBLIC' })).toBe(true);
    expect(belongsOnPublicTimeline({ channel: 'EMAIL', audience: 'PUBLIC' })).toBe(false);
    expect(belongsOnPublicTimeline({ channel: 'STATUS_PAGE', audience: 'INTERNAL' })).toBe(false);
  });
});

describe('value checks', () => {
  it('recognises the known channels, audiences and locales only', () => {
    expect(isCommunicationChannel('SOCIAL')).toBe(true);
    expect(isCommunicationChannel('social')).toBe(false);
    expect(isCommunicationAudience('INTERNAL')).toBe(true);
    expect(isCommunicationAudience('STAFF')).toBe(false);
    expect(isCommunicationLocale('de')).toBe(true);
    expect(isCommunicationLocale('de-AT')).toBe(false);
    expect(CHANNEL_AUDIENCES.EMAIL).toContain('INTERNAL');
  });
});
