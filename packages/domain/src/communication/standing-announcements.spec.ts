import {
  ANNOUNCEMENT_AFTER_RESOLUTION_DAYS,
  type AnnouncementIncident,
  type AnnouncementMessage,
  announcementStandsAt,
  announcementText,
  standingAnnouncement,
} from './standing-announcements';

const HOUR = 60 * 60 * 1000;
const at = (hours: number) => new Date(Date.UTC(2026, 10, 20, 8) + hours * HOUR);

function message(overrides: Partial<AnnouncementMessage> = {}): AnnouncementMessage {
  return {
    channel: 'AUTO_REPLY',
    locale: 'de',
    body: 'Unser Server ist ausgefallen.',
    audience: 'PUBLIC',
    status: 'PUBLISHED',
    publishedAt: at(1),
    retractedAt: null,
    timelineUpdateId: null,
    ...overrides,
  };
}

function incident(
  messages: AnnouncementMessage[],
  resolvedAt: Date | null = null,
  ref = 'INC-1',
): AnnouncementIncident {
  return { ref, resolvedAt, messages };
}

describe('announcementStandsAt', () => {
  it.each([
    ['a published text of an open incident', message(), null, at(5), true],
    ['a draft', message({ status: 'DRAFT', publishedAt: null }), null, at(5), false],
    ['a text published later than asked', message({ publishedAt: at(6) }), null, at(5), false],
    ['a retracted text', message({ status: 'RETRACTED', retractedAt: at(2) }), null, at(5), false],
    ['a text of an incident resolved since', message(), at(3), at(5), false],
    ['a text of an incident resolved only later', message(), at(9), at(5), true],
    [
      'a follow-up published after the resolution',
      message({ publishedAt: at(4) }),
      at(3),
      at(5),
      true,
    ],
    [
      'a follow-up older than the days it stands',
      message({ publishedAt: at(4) }),
      at(3),
      at(4 + ANNOUNCEMENT_AFTER_RESOLUTION_DAYS * 24),
      false,
    ],
  ])('%s', (_, text, resolvedAt, asOf, expected) => {
    expect(announcementStandsAt(text, resolvedAt, asOf)).toBe(expected);
  });
});

describe('standingAnnouncement', () => {
  it('takes the newest standing text of an incident in the language asked for', () => {
    const answer = standingAnnouncement(
      [
        incident([
          message({ body: 'alt', publishedAt: at(1) }),
          message({ body: 'neu', publishedAt: at(3) }),
          message({ body: 'new', locale: 'en', publishedAt: at(4) }),
          message({ body: 'Ansage', channel: 'PHONE_ANNOUNCEMENT', publishedAt: at(4) }),
        ]),
      ],
      'AUTO_REPLY',
      'de',
      at(5),
    );
    expect(answer).toEqual({
      locale: 'de',
      texts: [{ incidentRef: 'INC-1', body: 'neu', publishedAt: at(3) }],
    });
  });

  it('falls back to the earlier text when the newest is retracted', () => {
    const answer = standingAnnouncement(
      [
        incident([
          message({ body: 'alt', publishedAt: at(1) }),
          message({ body: 'falsch', publishedAt: at(3), status: 'RETRACTED', retractedAt: at(4) }),
        ]),
      ],
      'AUTO_REPLY',
      'de',
      at(5),
    );
    expect(answer.texts.map((text) => text.body)).toEqual(['alt']);
  });

  it('says one text per incident, newest first', () => {
    const answer = standingAnnouncement(
      [
        incident([message({ body: 'Server', publishedAt: at(1) })], null, 'INC-1'),
        incident([message({ body: 'Telefon', publishedAt: at(2) })], null, 'INC-2'),
      ],
      'AUTO_REPLY',
      'de',
      at(5),
    );
    expect(announcementText(answer)).toBe('Telefon\n\nServer');
  });

  it('answers in the other language rather than not at all, and says so', () => {
    const answer = standingAnnouncement(
      [incident([message({ body: 'Nur deutsch' })])],
      'AUTO_REPLY',
      'en',
      at(5),
    );
    expect(answer.locale).toBe('de');
    expect(announcementText(answer)).toBe('Nur deutsch');
  });

  it('is empty when nothing stands', () => {
    const answer = standingAnnouncement([incident([message()], at(2))], 'AUTO_REPLY', 'en', at(5));
    expect(answer).toEqual({ locale: 'en', texts: [] });
    expect(announcementText(answer)).toBe('');
  });
});
