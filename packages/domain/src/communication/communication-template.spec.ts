import { DomainError } from '../shared/domain-error';
import {
  communicationTemplateVariables,
  type CommunicationTemplateState,
  formatDateTime,
  formatDeadline,
  renderCommunicationTemplate,
  validateCommunicationTemplate,
} from './communication-template';

// Monday 23 November 2026, 11:00 Berlin time.
const NOW = new Date('2026-11-23T10:00:00Z');

const state: CommunicationTemplateState = {
  incident: {
    ref: 'INC-0001',
    title: 'Server failure',
    severity: 'SEV1',
    status: 'RECOVERING',
    startedAt: new Date('2026-11-20T07:30:00Z'),
  },
  affectedServices: [
    { name: 'Phone system', status: 'MAJOR_OUTAGE' },
    { name: 'E-mail inbox', status: 'DEGRADED_PERFORMANCE' },
  ],
  backlogs: [
    {
      name: 'Unanswered e-mails',
      open: 3500,
      // Thursday 16:00 Berlin time.
      clearsAt: new Date('2026-11-26T15:00:00Z'),
      promise: { en: 'E-mails are answered', de: 'E-Mails beantworten wir' },
    },
    { name: 'Parcels', open: 420, clearsAt: null },
    { name: 'Call-backs', open: 0, clearsAt: null },
  ],
};

const render = (body: string, locale: 'de' | 'en' = 'en', timeZone?: string) =>
  renderCommunicationTemplate({ subject: '{{title}}', body }, state, { locale, now: NOW, timeZone })
    .body;

describe('renderCommunicationTemplate', () => {
  it.each([
    ['en', '{{#each backlogs}}{{sentence}}\n{{/each}}', 'E-mails are answered by Thursday.'],
    ['de', '{{#each backlogs}}{{sentence}}\n{{/each}}', 'E-Mails beantworten wir bis Donnerstag.'],
    ['en', '{{#each backlogs}}{{sentence}}\n{{/each}}', 'Parcels: we cannot name a date yet'],
    ['de', '{{#each backlogs}}{{sentence}}\n{{/each}}', 'Call-backs: erledigt.'],
    ['en', '{{startedAt}}', 'Friday 20 November, 08:30 CET'],
    ['de', '{{startedAt}}', 'Freitag, 20. November, 08:30 Uhr MEZ'],
    ['en', '{{affectedServices}}', 'Phone system and E-mail inbox'],
    ['de', '{{affectedServices}}', 'Phone system und E-mail inbox'],
    ['en', '{{#each services}}{{name}} is {{status}}. {{/each}}', 'Phone system is unavailable.'],
    ['de', '{{#each services}}{{name}}: {{status}}. {{/each}}', 'E-mail inbox: langsam.'],
    ['de', '{{status}}', 'Wir stellen den Betrieb wieder her'],
    ['de', '{{#each backlogs}}{{open}} {{/each}}', '3.500 420 0'],
    ['en', '{{#each backlogs}}{{#if clearsBy}}{{clearsBy}}{{/if}}{{/each}}', 'Thursday'],
    [
      'en',
      '{{#each services}}{{@index}}:{{name}}/{{@root.ref}}/{{../severity}} {{/each}}',
      '0:Phone system/INC-0001/SEV1',
    ],
    ['en', '{{#unless expectedRecovery}}No estimate yet.{{/unless}}', 'No estimate yet.'],
  ] as const)('in %s, %s gives "%s"', (locale, body, expected) => {
    expect(render(body, locale)).toContain(expected);
  });

  it.each([
    ['en', 'Returns: done by Thursday.'],
    ['de', 'Returns: erledigt bis Donnerstag.'],
  ] as const)('words a backlog without a promise generically in %s', (locale, expected) => {
    const text = renderCommunicationTemplate(
      { subject: 'x', body: '{{#each backlogs}}{{sentence}}{{/each}}' },
      {
        ...state,
        backlogs: [{ name: 'Returns', open: 12, clearsAt: new Date('2026-11-26T15:00:00Z') }],
      },
      { locale, now: NOW },
    );
    expect(text.body).toBe(expected);
  });

  it('formats dates in the requested time zone', () => {
    expect(render('{{startedAt}}', 'en', 'America/New_York')).toBe(
      'Friday 20 November, 02:30 GMT-5',
    );
  });

  it('rejects an unknown time zone', () => {
    expect(() => render('{{title}}', 'en', 'Mars/Olympus')).toThrow('Unknown time zone');
  });

  it('fails on a variable the incident has no value for, naming it, instead of leaving a gap', () => {
    try {
      render('We expect to be back by {{expectedRecovery}}.');
      throw new Error('expected a rejection');
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('BAD_USER_INPUT');
      expect((error as DomainError).message).toContain('"expectedRecovery"');
      expect((error as DomainError).issues[0]?.field).toBe('body');
    }
  });

  it('fails inside a loop on an item field without a value', () => {
    expect(() => render('{{#each backlogs}}{{clearsBy}}{{/each}}')).toThrow('"clearsBy"');
  });

  it('renders optional facts once the incident has them', () => {
    const body = renderCommunicationTemplate(
      {
        subject: 'x',
        body: '{{expectedRecovery}} / {{nextUpdate}} / {{resolvedAt}} / {{organization}} / {{summary}} / {{statusPageUrl}}',
      },
      {
        ...state,
        incident: {
          ...state.incident,
          resolvedAt: new Date('2026-11-23T07:00:00Z'),
          summary: 'Disk failure.',
        },
        expectedRecoveryAt: new Date('2026-11-23T08:00:00Z'),
        nextUpdateAt: new Date('2026-11-23T11:00:00Z'),
        organizationName: 'Budo Shop',
        statusPageUrl: 'https://status.example.com',
      },
      { locale: 'en', now: NOW },
    ).body;
    expect(body).toBe(
      'Monday 23 November, 09:00 CET / Monday 23 November, 12:00 CET / Monday 23 November, 08:00 CET / Budo Shop / Disk failure. / https://status.example.com',
    );
  });

  it('writes plain text: nothing is HTML-escaped', () => {
    const text = renderCommunicationTemplate(
      { subject: '{{title}}', body: '{{title}}' },
      { ...state, incident: { ...state.incident, title: 'Orders & <labels>' } },
      { locale: 'en', now: NOW },
    );
    expect(text).toEqual({ subject: 'Orders & <labels>', body: 'Orders & <labels>' });
  });

  it('keeps at most one empty line and puts the subject on one line', () => {
    const text = renderCommunicationTemplate(
      { subject: '{{ref}}\n{{title}}', body: 'a\n\n\n\nb   \n' },
      state,
      { locale: 'en', now: NOW },
    );
    expect(text).toEqual({ subject: 'INC-0001 Server failure', body: 'a\n\nb' });
  });

  it('rejects an invalid template before rendering', () => {
    expect(() =>
      renderCommunicationTemplate({ subject: '{{nope}}', body: 'x' }, state, {
        locale: 'en',
        now: NOW,
      }),
    ).toThrow('Invalid template: subject');
  });
});

describe('validateCommunicationTemplate', () => {
  const problems = (body: string) =>
    validateCommunicationTemplate({ subject: '{{title}}', body }).map((issue) => issue.message);

  it('accepts templates using known variables and if/unless/each', () => {
    expect(
      problems(
        '{{! a comment }}{{title}} {{#if summary}}{{summary}}{{else}}-{{/if}}{{#unless nextUpdate}}x{{/unless}}' +
          '{{#each backlogs}}{{name}} {{@first}} {{@last}}{{else}}none{{/each}}',
      ),
    ).toEqual([]);
  });

  it.each([
    ['{{customerName}}', 'unknown variable "customerName"'],
    ['{{#each services}}{{title}}{{/each}}', 'unknown variable "title" in #each services'],
    ['{{incident.title}}', 'unknown variable "incident.title"'],
    ['{{@index}}', 'unknown variable "@index"'],
    ['{{@root.nope}}', 'unknown variable "nope"'],
    ['{{services}}', '"services" is a list'],
    ['{{#each title}}x{{/each}}', '#each works on services, backlogs'],
    ['{{#each backlogs}}{{#each services}}x{{/each}}{{/each}}', '"services" in #each backlogs'],
    ['{{#with title}}x{{/with}}', 'unknown block "with"'],
    ['{{#if title summary}}x{{/if}}', '#if takes exactly one variable'],
    ['{{#if "text"}}x{{/if}}', 'only variables are allowed here'],
    ['{{lookup services 0}}', 'helpers are not allowed'],
    ['{{> footer}}', 'partials are not allowed'],
    ['{{* decorate}}', 'decorators are not allowed'],
    ['{{#if title}}', 'does not compile'],
    ['  ', 'is required'],
  ])('rejects %s (%s)', (body, expected) => {
    const found = problems(body);
    expect(found.length).toBeGreaterThan(0);
    expect(found.join(' | ')).toContain(expected);
  });

  it('names the field and the position of the problem', () => {
    expect(validateCommunicationTemplate({ subject: 'Hi {{name}}', body: 'ok' })).toEqual([
      {
        field: 'subject',
        message: expect.stringMatching(/^line 1, column 6: unknown variable "name"; known: /),
      },
    ]);
  });
});

describe('formatDeadline', () => {
  it.each([
    ['2026-11-23T15:00:00Z', 'en', '16:00 today'],
    ['2026-11-23T15:00:00Z', 'de', 'heute, 16:00 Uhr'],
    ['2026-11-20T15:00:00Z', 'en', '16:00 today'],
    ['2026-11-24T07:00:00Z', 'en', 'tomorrow'],
    ['2026-11-24T07:00:00Z', 'de', 'morgen'],
    ['2026-11-26T15:00:00Z', 'de', 'Donnerstag'],
    ['2026-11-29T22:30:00Z', 'en', 'Sunday'],
    ['2026-11-30T07:00:00Z', 'en', '30 November'],
    ['2026-12-03T07:00:00Z', 'de', '3. Dezember'],
  ] as const)('%s in %s is "%s"', (deadline, locale, expected) => {
    expect(formatDeadline(new Date(deadline), locale, 'Europe/Berlin', NOW)).toBe(expected);
  });

  it('counts days in the time zone, across a daylight-saving change', () => {
    // Sunday 29 March 2026 loses an hour in Berlin; Monday 00:30 local is still "tomorrow".
    const saturdayEvening = new Date('2026-03-28T20:00:00Z');
    expect(
      formatDeadline(new Date('2026-03-29T22:30:00Z'), 'en', 'Europe/Berlin', saturdayEvening),
    ).toBe('Monday');
    expect(
      formatDeadline(new Date('2026-03-29T10:00:00Z'), 'en', 'Europe/Berlin', saturdayEvening),
    ).toBe('tomorrow');
    expect(formatDateTime(new Date('2026-03-29T10:00:00Z'), 'de', 'Europe/Berlin')).toBe(
      'Sonntag, 29. März, 12:00 Uhr MESZ',
    );
  });
});

describe('communicationTemplateVariables', () => {
  it('leaves out facts the incident does not have, so strict templates notice', () => {
    const variables = communicationTemplateVariables(
      { ...state, affectedServices: [], incident: { ...state.incident, summary: '  ' } },
      { locale: 'en', now: NOW },
    );
    expect(Object.keys(variables)).not.toEqual(
      expect.arrayContaining(['affectedServices', 'summary', 'expectedRecovery']),
    );
    expect(variables).toMatchObject({ ref: 'INC-0001', services: [] });
  });

  it('keeps unknown status values as they are', () => {
    const variables = communicationTemplateVariables(
      {
        ...state,
        incident: { ...state.incident, status: 'PAUSED' },
        affectedServices: [{ name: 'Shop', status: 'ON_FIRE' }],
      },
      { locale: 'de', now: NOW },
    );
    expect(variables.status).toBe('PAUSED');
    expect(variables.services).toEqual([{ name: 'Shop', status: 'ON_FIRE' }]);
  });
});
