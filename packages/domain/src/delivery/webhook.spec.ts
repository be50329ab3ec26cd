import {
  assertPublicAddresses,
  formatWebhookSecret,
  isNonPublicAddress,
  signWebhook,
  validateWebhookSubscription,
  webhookBody,
  webhooksFor,
} from './webhook';
import { base64ToBytes, bytesToBase64 } from './base64';

describe('Standard Webhooks v1 signature', () => {
  it('matches the example of the Standard Webhooks specification', () => {
    expect(
      signWebhook(
        'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw',
        'msg_p5jXN8AQM9LWM0D4loKWxJek',
        1614265330,
        '{"test": 2432232314}',
      ),
    ).toBe('v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=');
  });

  it('changes with the id, the timestamp and the body', () => {
    const secret = formatWebhookSecret(new Uint8Array(32).fill(7));
    const base = signWebhook(secret, 'msg_1', 100, '{}');
    expect(signWebhook(secret, 'msg_2', 100, '{}')).not.toBe(base);
    expect(signWebhook(secret, 'msg_1', 101, '{}')).not.toBe(base);
    expect(signWebhook(secret, 'msg_1', 100, '{"a":1}')).not.toBe(base);
  });

  it('refuses a secret that is not base64 and short random input', () => {
    expect(() => signWebhook('whsec_***', 'msg', 1, '')).toThrow('not a webhook secret');
    expect(() => formatWebhookSecret(new Uint8Array(8))).toThrow('24 random bytes');
  });

  it('formats secrets with the whsec_ prefix', () => {
    expect(formatWebhookSecret(new Uint8Array(24))).toMatch(/^whsec_[A-Za-z0-9+/]{32}$/);
  });
});

describe('base64', () => {
  it.each([
    ['', ''],
    ['f', 'Zg=='],
    ['fo', 'Zm8='],
    ['foo', 'Zm9v'],
    ['foobar', 'Zm9vYmFy'],
  ])('encodes and decodes %j as %s (RFC 4648 vectors)', (plain, encoded) => {
    const bytes = Uint8Array.from(plain, (char) => char.charCodeAt(0));
    expect(bytesToBase64(bytes)).toBe(encoded);
    expect(Array.from(base64ToBytes(encoded) ?? [])).toEqual(Array.from(bytes));
  });

  it('refuses text that is not base64', () => {
    expect(base64ToBytes('abc')).toBeNull();
    expect(base64ToBytes('ab!d')).toBeNull();
  });
});

describe('webhook body', () => {
  it('is {type, timestamp, data}', () => {
    expect(
      JSON.parse(webhookBody('incident.created', new Date('2026-01-01T00:00:00Z'), { id: 'x' })),
    ).toEqual({
      type: 'incident.created',
      timestamp: '2026-01-01T00:00:00.000Z',
      data: { id: 'x' },
    });
  });
});

describe('webhook addresses', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.16.0.1', true],
    ['172.32.0.1', false],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['224.0.0.1', true],
    ['93.184.216.34', false],
    ['::1', true],
    ['::', true],
    ['fd00::1', true],
    ['fe80::1', true],
    ['::ffff:127.0.0.1', true],
    ['::ffff:8.8.8.8', false],
    ['2606:4700::1111', false],
    ['not-an-ip', true],
  ])('%s is non-public: %s', (address, expected) => {
    expect(isNonPublicAddress(address)).toBe(expected);
  });

  it('refuses a host when any of its addresses is non-public, or none resolved', () => {
    expect(() => assertPublicAddresses('a.example', ['93.184.216.34'])).not.toThrow();
    expect(() => assertPublicAddresses('a.example', ['93.184.216.34', '10.0.0.1'])).toThrow(
      'private or loopback',
    );
    expect(() => assertPublicAddresses('a.example', [])).toThrow('private or loopback');
  });
});

describe('validateWebhookSubscription', () => {
  const known = new Set(['shop']);
  it('accepts an https URL with known services', () => {
    expect(
      validateWebhookSubscription({
        url: 'https://hooks.example/x',
        description: '',
        serviceKeys: ['shop'],
        knownServiceKeys: known,
      }),
    ).toEqual([]);
  });
  it('names each bad field', () => {
    expect(
      validateWebhookSubscription({
        url: 'ftp://user:pw@x',
        description: 'd'.repeat(201),
        serviceKeys: ['nope'],
        knownServiceKeys: known,
      }).map((issue) => issue.field),
    ).toEqual(['url', 'description', 'serviceKeys.0']);
    expect(
      validateWebhookSubscription({
        url: 'no url',
        description: '',
        serviceKeys: Array.from({ length: 51 }, () => 'shop'),
        knownServiceKeys: known,
      }).map((issue) => issue.field),
    ).toEqual(['url', 'serviceKeys']);
  });
});

describe('webhooksFor', () => {
  const hooks = [
    { id: 'all', enabled: true, serviceKeys: [] },
    { id: 'shop', enabled: true, serviceKeys: ['shop'] },
    { id: 'off', enabled: false, serviceKeys: [] },
  ];
  it('picks enabled endpoints following every service or one concerned', () => {
    expect(webhooksFor(hooks, ['shop']).map((hook) => hook.id)).toEqual(['all', 'shop']);
    expect(webhooksFor(hooks, ['phone']).map((hook) => hook.id)).toEqual(['all']);
    expect(webhooksFor(hooks, []).map((hook) => hook.id)).toEqual(['all', 'shop']);
  });
});
