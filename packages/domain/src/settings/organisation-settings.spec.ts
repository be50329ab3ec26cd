import {
  DEFAULT_ORGANISATION_SETTINGS,
  normaliseOrganisationSettings,
  type OrganisationSettings,
  publishedServices,
  statusPageTitleOf,
  validateOrganisationSettings,
} from './organisation-settings';

const valid: OrganisationSettings = {
  ...DEFAULT_ORGANISATION_SETTINGS,
  organisationName: 'Kampfsport-Shop',
  contactWays: [{ kind: 'EMAIL', label: 'Mail', value: 'hilfe@example.org' }],
  timeZone: 'Europe/Berlin',
  publicUrl: 'https://status.example.org',
  services: [{ serviceKey: 'web-shop', publicName: 'Online-Shop', shownOnStatusPage: true }],
};

const fieldsOf = (settings: OrganisationSettings) =>
  validateOrganisationSettings(settings, ['web-shop', 'phone-system']).map((issue) => issue.field);

describe('validateOrganisationSettings', () => {
  it('accepts complete settings', () => {
    expect(fieldsOf(valid)).toEqual([]);
  });

  it.each<[string, Partial<OrganisationSettings>, string]>([
    ['an empty organisation name', { organisationName: '  ' }, 'organisationName'],
    ['a name over 120 characters', { organisationName: 'x'.repeat(121) }, 'organisationName'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'timeZone'],
    ['a relative public URL', { publicUrl: '/status' }, 'publicUrl'],
    ['a ftp public URL', { publicUrl: 'ftp://example.org' }, 'publicUrl'],
    ['a cadence of 0 minutes', { cadence: { ...valid.cadence, SEV1: 0 } }, 'cadence.SEV1'],
    ['a cadence over a week', { cadence: { ...valid.cadence, SEV2: 10_081 } }, 'cadence.SEV2'],
    [
      'a contact way without a value',
      { contactWays: [{ kind: 'PHONE', label: 'Mobil', value: ' ' }] },
      'contactWays.0.value',
    ],
    [
      'a web contact way that is no URL',
      { contactWays: [{ kind: 'WEB', label: 'Forum', value: 'not a url' }] },
      'contactWays.0.value',
    ],
    [
      'eleven contact ways',
      { contactWays: Array.from({ length: 11 }, () => valid.contactWays[0]!) },
      'contactWays',
    ],
    [
      'an unknown service',
      { services: [{ serviceKey: 'nope', publicName: null, shownOnStatusPage: true }] },
      'services.0.serviceKey',
    ],
    [
      'a service listed twice',
      {
        services: [
          { serviceKey: 'web-shop', publicName: null, shownOnStatusPage: true },
          { serviceKey: 'web-shop', publicName: null, shownOnStatusPage: false },
        ],
      },
      'services.1.serviceKey',
    ],
  ])('refuses %s', (_, change, field) => {
    expect(fieldsOf({ ...valid, ...change })).toContain(field);
  });

  it('allows no cadence for a severity', () => {
    expect(fieldsOf({ ...valid, cadence: { ...valid.cadence, SEV4: null } })).toEqual([]);
  });
});

describe('normaliseOrganisationSettings', () => {
  it('trims text, drops an empty public URL and empty public names', () => {
    const normalised = normaliseOrganisationSettings({
      ...valid,
      organisationName: ' Shop ',
      publicUrl: ' ',
      services: [{ serviceKey: 'web-shop', publicName: ' ', shownOnStatusPage: false }],
    });
    expect(normalised.organisationName).toBe('Shop');
    expect(normalised.publicUrl).toBeNull();
    expect(normalised.services[0]?.publicName).toBeNull();
  });

  it('drops the trailing slash of the public URL', () => {
    expect(
      normaliseOrganisationSettings({ ...valid, publicUrl: 'https://x.example/' }).publicUrl,
    ).toBe('https://x.example');
  });
});

describe('statusPageTitleOf', () => {
  it('is the title set, else the organisation name with "status"', () => {
    expect(statusPageTitleOf({ organisationName: 'Shop', statusPageTitle: 'Wie es steht' })).toBe(
      'Wie es steht',
    );
    expect(statusPageTitleOf({ organisationName: 'Shop', statusPageTitle: '' })).toBe(
      'Shop status',
    );
  });
});

describe('publishedServices', () => {
  const services = [
    { key: 'web-shop', name: 'Web shop' },
    { key: 'phone-system', name: 'PBX' },
    { key: 'order-database', name: 'Order DB' },
  ];

  it('leaves hidden services out and applies public names; unmentioned ones stay', () => {
    expect(
      publishedServices(services, [
        { serviceKey: 'web-shop', publicName: 'Online-Shop', shownOnStatusPage: true },
        { serviceKey: 'order-database', publicName: null, shownOnStatusPage: false },
      ]),
    ).toEqual([
      { key: 'web-shop', name: 'Online-Shop' },
      { key: 'phone-system', name: 'PBX' },
    ]);
  });
});
