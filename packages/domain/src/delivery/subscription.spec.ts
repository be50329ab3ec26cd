import {
  confirmationExpiresAt,
  confirmSubscription,
  normaliseEmail,
  recipientsOfPublicUpdate,
  subscribe,
  type Subscriber,
  subscriberCountsByService,
  unsubscribe,
  validateSubscription,
} from './subscription';
import { confirmationMail, publicUpdateMail } from './subscriber-mail';

const now = new Date('2026-11-20T08:00:00.000Z');
const hours = (n: number) => new Date(now.getTime() + n * 3_600_000);

function pending(): Subscriber {
  const outcome = subscribe(
    null,
    { email: ' Ana@Example.COM ', locale: 'de', serviceKeys: [] },
    now,
  );
  return outcome.subscriber;
}

describe('subscribing', () => {
  it('a new address is PENDING and gets a confirmation link', () => {
    const outcome = subscribe(
      null,
      { email: ' Ana@Example.COM ', locale: 'de', serviceKeys: ['b', 'a', 'b'] },
      now,
    );
    expect(outcome.kind).toBe('SEND_CONFIRMATION');
    expect(outcome.subscriber).toMatchObject({
      email: 'ana@example.com',
      status: 'PENDING',
      serviceKeys: ['a', 'b'],
      confirmationSentAt: now,
    });
  });

  it('a confirmed address stays as it is: the caller has not shown they own it', () => {
    const confirmed = confirmSubscription(pending(), hours(1));
    const outcome = subscribe(
      confirmed,
      { email: 'ana@example.com', locale: 'en', serviceKeys: ['shop'] },
      hours(2),
    );
    expect(outcome.kind).toBe('ALREADY_CONFIRMED');
    expect(outcome.subscriber).toBe(confirmed);
  });

  it('an unsubscribed address must confirm again', () => {
    const gone = unsubscribe(confirmSubscription(pending(), hours(1)), hours(2));
    expect(
      subscribe(gone, { email: 'ana@example.com', locale: 'de', serviceKeys: [] }, hours(3)).kind,
    ).toBe('SEND_CONFIRMATION');
  });
});

describe('confirming', () => {
  it('works within 48 hours', () => {
    expect(confirmSubscription(pending(), hours(47.9))).toMatchObject({ status: 'CONFIRMED' });
    expect(confirmationExpiresAt(now)).toEqual(hours(48));
  });

  it('fails after 48 hours and after unsubscribing', () => {
    expect(() => confirmSubscription(pending(), hours(48))).toThrow('expired');
    expect(() => confirmSubscription(unsubscribe(pending(), now), now)).toThrow('expired');
  });

  it('confirming twice changes nothing', () => {
    const once = confirmSubscription(pending(), hours(1));
    expect(confirmSubscription(once, hours(60))).toBe(once);
  });

  it('unsubscribing twice changes nothing', () => {
    const once = unsubscribe(pending(), hours(1));
    expect(unsubscribe(once, hours(2))).toBe(once);
  });
});

describe('recipientsOfPublicUpdate', () => {
  const subscribers = [
    { id: 'all', status: 'CONFIRMED' as const, serviceKeys: [] },
    { id: 'shop', status: 'CONFIRMED' as const, serviceKeys: ['shop'] },
    { id: 'phone', status: 'CONFIRMED' as const, serviceKeys: ['phone'] },
    { id: 'pending', status: 'PENDING' as const, serviceKeys: [] },
    { id: 'gone', status: 'UNSUBSCRIBED' as const, serviceKeys: [] },
  ];
  it('reaches confirmed subscribers of the services concerned and those following all', () => {
    expect(recipientsOfPublicUpdate(subscribers, ['shop']).map((s) => s.id)).toEqual([
      'all',
      'shop',
    ]);
  });
  it('an update concerning no service reaches every confirmed subscriber', () => {
    expect(recipientsOfPublicUpdate(subscribers, []).map((s) => s.id)).toEqual([
      'all',
      'shop',
      'phone',
    ]);
  });
  it('counts confirmed subscribers by service', () => {
    const counts = subscriberCountsByService(subscribers);
    expect(counts).toMatchObject({ confirmed: 3, pending: 1, allServices: 1 });
    expect([...counts.byService]).toEqual([
      ['shop', 1],
      ['phone', 1],
    ]);
  });
});

describe('validateSubscription', () => {
  it('accepts a plain address and known services', () => {
    expect(
      validateSubscription({
        email: 'a@b.de',
        serviceKeys: ['shop'],
        knownServiceKeys: new Set(['shop']),
      }),
    ).toEqual([]);
    expect(normaliseEmail(' A@B.DE ')).toBe('a@b.de');
  });
  it.each(['', 'no-at', 'a@b', 'a b@c.de', `${'a'.repeat(250)}@b.de`])('refuses %j', (email) => {
    expect(
      validateSubscription({ email, serviceKeys: [], knownServiceKeys: new Set() })[0]?.field,
    ).toBe('email');
  });
  it('refuses unknown and too many services', () => {
    expect(
      validateSubscription({
        email: 'a@b.de',
        serviceKeys: Array.from({ length: 51 }, () => 'x'),
        knownServiceKeys: new Set(['x']),
      }).map((issue) => issue.field),
    ).toEqual(['serviceKeys']);
    expect(
      validateSubscription({ email: 'a@b.de', serviceKeys: ['y'], knownServiceKeys: new Set() })[0]
        ?.field,
    ).toBe('serviceKeys.0');
  });
});

describe('subscriber mails', () => {
  it.each(['de', 'en'] as const)(
    'the %s confirmation names the link and the 48 hours',
    (locale) => {
      const mail = confirmationMail(locale, { pageName: 'Shop', confirmUrl: 'https://x/c/t' });
      expect(mail.text).toContain('https://x/c/t');
      expect(mail.text).toContain('48');
    },
  );
  it.each(['de', 'en'] as const)('the %s update carries the body and both links', (locale) => {
    const mail = publicUpdateMail(locale, {
      pageName: 'Shop',
      incidentRef: 'INC-0001',
      incidentTitle: 'Server down',
      body: 'We are on it.',
      statusPageUrl: 'https://x/status',
      unsubscribeUrl: 'https://x/status/unsubscribe/t',
    });
    expect(mail.subject).toBe('[Shop] INC-0001: Server down');
    expect(mail.text).toContain('We are on it.');
    expect(mail.text).toContain('https://x/status/unsubscribe/t');
  });
});
