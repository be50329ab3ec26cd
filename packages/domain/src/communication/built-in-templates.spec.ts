import {
  COMMUNICATION_CHANNELS,
  COMMUNICATION_LOCALES,
  type CommunicationChannel,
} from './communication';
import {
  builtInCommunicationTemplate,
  suggestCommunicationTemplateKind,
} from './built-in-templates';
import {
  COMMUNICATION_TEMPLATE_KINDS,
  type CommunicationTemplateState,
  renderCommunicationTemplate,
  validateCommunicationTemplate,
} from './communication-template';

const NOW = new Date('2026-11-23T10:00:00Z');

const bare: CommunicationTemplateState = {
  incident: {
    ref: 'INC-0001',
    title: 'Server failure',
    severity: 'SEV1',
    status: 'INVESTIGATING',
    startedAt: new Date('2026-11-20T07:30:00Z'),
  },
  affectedServices: [],
};

const full: CommunicationTemplateState = {
  ...bare,
  incident: { ...bare.incident, status: 'RECOVERING', summary: 'A disk failed.' },
  affectedServices: [{ name: 'Phone system', status: 'MAJOR_OUTAGE' }],
  expectedRecoveryAt: new Date('2026-11-23T16:00:00Z'),
  nextUpdateAt: new Date('2026-11-23T12:00:00Z'),
  backlogs: [
    {
      name: 'Unanswered e-mails',
      open: 3500,
      clearsAt: new Date('2026-11-26T15:00:00Z'),
      promise: { en: 'E-mails are answered', de: 'E-Mails beantworten wir' },
    },
  ],
  organizationName: 'Budo Shop',
  statusPageUrl: 'https://status.example.com',
};

// The Art. 34 notice exists only for e-mails to the affected customers (cohort templates).
const every = COMMUNICATION_CHANNELS.flatMap((channel) =>
  COMMUNICATION_TEMPLATE_KINDS.filter((kind) => kind !== 'PERSONAL_DATA').flatMap((kind) =>
    COMMUNICATION_LOCALES.map((locale) => [channel, kind, locale] as const),
  ),
);

describe('built-in templates', () => {
  it.each(every)(
    '%s %s %s is valid and renders with and without optional facts',
    (channel, kind, locale) => {
      const template = builtInCommunicationTemplate(channel, kind, locale);
      expect(validateCommunicationTemplate(template)).toEqual([]);
      for (const state of [bare, full]) {
        const text = renderCommunicationTemplate(template, state, { locale, now: NOW });
        expect(text.subject.length).toBeGreaterThan(0);
        expect(text.body).not.toMatch(/\n{3,}/);
        expect(text.body).not.toContain('{{');
      }
    },
  );

  it.each(
    COMMUNICATION_TEMPLATE_KINDS.flatMap((kind) =>
      COMMUNICATION_LOCALES.map((locale) => [kind, locale] as const),
    ),
  )('the cohort e-mail %s %s is valid and keeps only merge fields open', (kind, locale) => {
    const template = builtInCommunicationTemplate('EMAIL', kind, locale, 'AFFECTED_CUSTOMERS');
    expect(validateCommunicationTemplate(template, { mergeFields: true })).toEqual([]);
    for (const state of [bare, full]) {
      const text = renderCommunicationTemplate(template, state, {
        locale,
        now: NOW,
        mergeFields: true,
      });
      expect(text.body).not.toMatch(/\n{3,}/);
      expect(text.body.replace(/\{\{(greeting|orderRefs|forecastSentence)\}\}/g, '')).not.toContain(
        '{{',
      );
      expect(text.body.startsWith('{{greeting}}')).toBe(true);
    }
  });

  it.each([
    ['STATUS_PAGE', 'en', 'E-mails are answered by Thursday.'],
    ['EMAIL', 'de', 'E-Mails beantworten wir bis Donnerstag.'],
    ['AUTO_REPLY', 'de', 'Ja, wir sind noch da.'],
    ['AUTO_REPLY', 'en', 'Yes, we are still here.'],
    ['PHONE_ANNOUNCEMENT', 'de', 'Guten Tag, hier ist Budo Shop.'],
    ['SOCIAL', 'en', 'Updates: https://status.example.com'],
  ] as const)('%s in %s tells customers "%s"', (channel, locale, expected) => {
    const kind = channel === 'SOCIAL' ? 'INITIAL' : 'UPDATE';
    const text = renderCommunicationTemplate(
      builtInCommunicationTemplate(channel, kind, locale),
      full,
      {
        locale,
        now: NOW,
      },
    );
    expect(text.body).toContain(expected);
  });

  it('renders the German initial status-page text in full', () => {
    const text = renderCommunicationTemplate(
      builtInCommunicationTemplate('STATUS_PAGE', 'INITIAL', 'de'),
      full,
      { locale: 'de', now: NOW },
    );
    expect(text).toEqual({
      subject: 'Server failure',
      body: [
        'Wir wissen von einer Störung und arbeiten daran. Wir stellen den Betrieb wieder her.',
        '',
        'Beginn: Freitag, 20. November, 08:30 Uhr MEZ',
        'Betroffen: Phone system',
        '',
        'A disk failed.',
        '',
        'Wir rechnen damit, bis Montag, 23. November, 17:00 Uhr MEZ wieder normal zu arbeiten.',
        '',
        'Was das für Sie bedeutet:',
        '- E-Mails beantworten wir bis Donnerstag.',
        '',
        'Nächstes Update bis Montag, 23. November, 13:00 Uhr MEZ.',
      ].join('\n'),
    });
  });

  it('mentions the resolution time once it is known', () => {
    const resolved = {
      ...full,
      incident: { ...full.incident, resolvedAt: new Date('2026-11-23T08:00:00Z') },
    };
    const text = renderCommunicationTemplate(
      builtInCommunicationTemplate('STATUS_PAGE', 'RESOLVED', 'en'),
      resolved,
      { locale: 'en', now: NOW },
    );
    expect(text.body).toMatch(/^Since Monday 23 November, 09:00 CET everything works again\./);
    expect(text.body).toContain('We are still catching up:');
  });

  it('rejects a channel it has no template for', () => {
    expect(() =>
      builtInCommunicationTemplate('PIGEON' as CommunicationChannel, 'INITIAL', 'en'),
    ).toThrow('No built-in template for PIGEON/INITIAL/en');
  });

  it.each([
    [{ resolved: true, publicUpdateCount: 0 }, 'RESOLVED'],
    [{ resolved: false, publicUpdateCount: 0 }, 'INITIAL'],
    [{ resolved: false, publicUpdateCount: 3 }, 'UPDATE'],
  ] as const)('suggests the template for %o: %s', (facts, kind) => {
    expect(suggestCommunicationTemplateKind(facts)).toBe(kind);
  });
});
