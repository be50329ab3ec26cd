import { builtInCommunicationTemplate } from '../communication/built-in-templates';
import { renderCommunicationTemplate } from '../communication/communication-template';
import {
  correctionRefusal,
  emptyCohortRefusal,
  type CohortItem,
  cohortCorrectionText,
  cohortMergeFieldsUsed,
  itemCustomer,
  renderCohortMail,
  selectCohort,
  validateCohort,
  validateItemCustomer,
} from './cohort';
import { outboxPruneAction, outboxPruneCutoff } from './outbox-retention';

const item = (over: Partial<CohortItem>): CohortItem => ({
  backlogKey: 'orders',
  externalRef: 'A-1',
  customerEmail: 'ana@example.com',
  customerName: 'Ana Weber',
  locale: null,
  doneAt: null,
  ...over,
});

describe('customers on items', () => {
  it.each([
    [{ customerEmail: 'ana@example.com', locale: 'de' }, []],
    [{ customerEmail: '  ana@shop.example.co.uk ' }, []],
    [{ customerEmail: 'ana@example' }, ['customerEmail:EMAIL_FORMAT']],
    [{ customerEmail: 'ana example.com' }, ['customerEmail:EMAIL_FORMAT']],
    [{ customerEmail: `${'a'.repeat(250)}@example.com` }, ['customerEmail:TOO_LONG']],
    [{ customerName: 'x'.repeat(201) }, ['customerName:TOO_LONG']],
    [{ locale: 'fr' }, ['locale:ONE_OF']],
    [{}, []],
  ])('%j -> %j', (input, expected) => {
    expect(
      validateItemCustomer('items[0]', input).map(
        (issue) => `${issue.field.replace('items[0].', '')}:${issue.code}`,
      ),
    ).toEqual(expected);
  });

  it('stores trimmed values and null for empty ones', () => {
    expect(itemCustomer({ customerEmail: ' A@b.de ', customerName: ' ', locale: 'en' })).toEqual({
      customerEmail: 'A@b.de',
      customerName: null,
      locale: 'en',
    });
  });
});

describe('validateCohort', () => {
  const known = new Set(['orders', 'mails']);
  it('requires a cohort for an e-mail to the affected customers', () => {
    expect(validateCohort('EMAIL', 'AFFECTED_CUSTOMERS', null)[0]?.code).toBe('COHORT_REQUIRED');
  });
  it('refuses a cohort anywhere else', () => {
    const cohort = { backlogKeys: ['orders'], openOnly: true };
    expect(validateCohort('EMAIL', 'PUBLIC', cohort)[0]?.code).toBe('COHORT_NOT_ALLOWED');
    expect(validateCohort('AUTO_REPLY', 'AFFECTED_CUSTOMERS', cohort)[0]?.code).toBe(
      'COHORT_NOT_ALLOWED',
    );
    expect(validateCohort('STATUS_PAGE', 'PUBLIC', null)).toEqual([]);
  });
  it('names empty, unknown, repeated and too many backlogs', () => {
    const codes = (keys: string[]) =>
      validateCohort('EMAIL', 'AFFECTED_CUSTOMERS', { backlogKeys: keys, openOnly: false }, known)
        .map((issue) => issue.code ?? 'DUPLICATE')
        .join(',');
    expect(codes([])).toBe('REQUIRED');
    expect(codes(['orders', 'nope'])).toBe('UNKNOWN_BACKLOG');
    expect(codes(['orders', 'orders'])).toBe('DUPLICATE');
    expect(codes(Array.from({ length: 21 }, (_, i) => `b${i}`))).toContain('TOO_MANY');
    expect(codes(['orders', 'mails'])).toBe('');
  });
});

describe('selectCohort', () => {
  const items: CohortItem[] = [
    item({ externalRef: 'A-2' }),
    item({ externalRef: 'A-1', customerEmail: 'ANA@example.com ', customerName: null }),
    item({
      externalRef: 'B-1',
      backlogKey: 'mails',
      customerEmail: 'ben@example.com',
      customerName: 'Ben',
    }),
    item({ externalRef: 'C-1', customerEmail: 'cem@example.com', doneAt: new Date(0) }),
    item({ externalRef: 'D-1', customerEmail: 'dora@example.com', locale: 'en' }),
    item({ externalRef: 'E-1', customerEmail: 'eva@example.com', locale: 'de' }),
    item({ externalRef: 'F-1', customerEmail: 'fritz@example.com' }),
  ];

  it('writes once per distinct address with all of its refs, open only when asked', () => {
    const selection = selectCohort(items, {
      openOnly: true,
      locale: 'de',
      suppressed: new Set(['fritz@example.com']),
    });
    expect(selection.recipients).toEqual([
      {
        email: 'ana@example.com',
        name: 'Ana Weber',
        refs: ['A-1', 'A-2'],
        backlogKeys: ['orders'],
      },
      { email: 'ben@example.com', name: 'Ben', refs: ['B-1'], backlogKeys: ['mails'] },
      { email: 'eva@example.com', name: 'Ana Weber', refs: ['E-1'], backlogKeys: ['orders'] },
    ]);
    // The unsubscribed address is left out; an English customer waits for the English notice.
    expect(selection.suppressedCount).toBe(1);
    expect(selection.otherLocaleCount).toBe(1);
    const all = selectCohort(items, { openOnly: false, locale: 'en', suppressed: new Set() });
    expect(all.recipients.map((r) => r.email)).toContain('cem@example.com');
    expect(all.recipients.map((r) => r.email)).not.toContain('eva@example.com');
  });
});

describe('renderCohortMail', () => {
  const recipient = {
    email: 'ana@example.com',
    name: 'Ana Weber',
    refs: ['A-1', 'A-2'],
    backlogKeys: ['orders'],
  };
  const facts = {
    clearsAt: new Map([['orders', new Date('2026-11-26T15:00:00Z')]]),
    unsubscribeUrl: 'https://status.example/status/unsubscribe/t1',
  };

  it('merges the customer’s own facts and adds the unsubscribe line', () => {
    const mail = renderCohortMail(
      { subject: 'Orders {{ orderRefs }}', body: '{{greeting}}\n{{forecastSentence}} {{title}}' },
      recipient,
      facts,
      { locale: 'en' },
    );
    expect(mail.subject).toBe('Orders A-1 and A-2');
    expect(mail.body).toBe(
      'Dear Ana Weber,\nWe expect to have caught up with your orders by Thursday 26 November. {{title}}' +
        '\n\n--\nYou no longer want such notices? One click: https://status.example/status/unsubscribe/t1',
    );
  });

  it('says so when the backlog does not clear, and greets without a name', () => {
    const mail = renderCohortMail(
      { subject: 's', body: '{{greeting}} {{forecastDate}} {{forecastSentence}}' },
      { ...recipient, name: null },
      { clearsAt: new Map([['orders', null]]), unsubscribeUrl: null },
      { locale: 'de' },
    );
    expect(mail.body).toBe(
      'Guten Tag, noch offen Einen Termin können wir noch nicht nennen; wir schreiben Ihnen, sobald wir ihn kennen.',
    );
  });

  it('names at most 20 refs and counts the rest', () => {
    const many = { ...recipient, refs: Array.from({ length: 25 }, (_, i) => `R${i}`) };
    const mail = renderCohortMail({ subject: 's', body: '{{orderRefs}}' }, many, facts, {
      locale: 'en',
    });
    expect(mail.body).toMatch(/R18, R19 and 5 more\n/);
  });
});

describe('cohort templates', () => {
  const state = {
    incident: {
      ref: 'INC-1',
      title: 'Server failure',
      severity: 'SEV1' as const,
      status: 'RECOVERING',
      startedAt: new Date('2026-11-20T08:00:00Z'),
    },
    affectedServices: [],
    organizationName: 'Shop',
  };

  it.each(['de', 'en'] as const)(
    'keeps the merge fields for each recipient in the Art. 34 notice (%s)',
    (locale) => {
      const template = builtInCommunicationTemplate(
        'EMAIL',
        'PERSONAL_DATA',
        locale,
        'AFFECTED_CUSTOMERS',
      );
      const rendered = renderCommunicationTemplate(template, state, {
        locale,
        now: new Date('2026-11-21T08:00:00Z'),
        mergeFields: true,
      });
      expect(cohortMergeFieldsUsed(rendered.body)).toEqual([
        'greeting',
        'orderRefs',
        'forecastSentence',
      ]);
      expect(rendered.body).toContain('Server failure');
    },
  );

  it('is offered only where customers are written to one by one', () => {
    expect(() => builtInCommunicationTemplate('EMAIL', 'PERSONAL_DATA', 'de', 'PUBLIC')).toThrow(
      /No built-in template/,
    );
    expect(() => builtInCommunicationTemplate('STATUS_PAGE', 'PERSONAL_DATA', 'en')).toThrow();
  });

  it('refuses merge fields outside a cohort notice', () => {
    expect(() =>
      renderCommunicationTemplate({ subject: 's', body: '{{greeting}}' }, state, {
        locale: 'en',
        now: new Date('2026-11-21T08:00:00Z'),
      }),
    ).toThrow(/unknown variable "greeting"/);
  });
});

describe('correction notice', () => {
  it('names the first mail and keeps its text to correct', () => {
    const text = cohortCorrectionText(
      {
        subject: 'Your orders are delayed',
        body: '{{greeting}}\n\nyour orders {{orderRefs}} ship Friday.',
        publishedAt: new Date('2026-11-21T10:00:00Z'),
      },
      { locale: 'en' },
    );
    expect(text.subject).toBe('Correction: Your orders are delayed');
    expect(text.body).toMatch(/^\{\{greeting\}\}\n\nour message of 21 November/);
    expect(text.body).toContain('your orders {{orderRefs}} ship Friday.');
    expect(text.body.match(/\{\{greeting\}\}/g)).toHaveLength(1);
  });
});

describe('outbox pruning', () => {
  const now = new Date('2026-12-31T00:00:00Z');
  const cutoff = outboxPruneCutoff(now, 30);
  it.each([
    [{ status: 'SENT', sentAt: new Date('2026-11-01'), communicationId: 'c' }, 'DROP_BODY'],
    [{ status: 'SENT', sentAt: new Date('2026-11-01'), communicationId: null }, 'DELETE'],
    [{ status: 'SENT', sentAt: new Date('2026-12-30'), communicationId: null }, 'KEEP'],
    [{ status: 'FAILED', sentAt: null, communicationId: 'c' }, 'KEEP'],
    [{ status: 'QUEUED', sentAt: null, communicationId: null }, 'KEEP'],
  ])('%j -> %s', (message, action) => {
    expect(outboxPruneAction(message, cutoff)).toBe(action);
  });
});

describe('what can be corrected', () => {
  it('only a cohort notice that went out', () => {
    const sent = new Date('2026-11-21T10:00:00Z');
    expect(
      correctionRefusal({ channel: 'EMAIL', audience: 'AFFECTED_CUSTOMERS', publishedAt: sent }),
    ).toBeNull();
    expect(
      correctionRefusal({ channel: 'EMAIL', audience: 'AFFECTED_CUSTOMERS', publishedAt: null })
        ?.code,
    ).toBe('NOT_CORRECTABLE');
    expect(
      correctionRefusal({ channel: 'STATUS_PAGE', audience: 'PUBLIC', publishedAt: sent })?.code,
    ).toBe('NOT_CORRECTABLE');
    expect(emptyCohortRefusal(0)?.code).toBe('COHORT_EMPTY');
    expect(emptyCohortRefusal(1)).toBeNull();
  });
});
