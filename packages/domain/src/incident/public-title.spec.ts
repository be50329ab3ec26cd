import {
  publicIncidentTitle,
  publicIncidentTitleText,
  publicTitleOfIncident,
} from './public-title';

describe('publicIncidentTitle', () => {
  it.each([
    [
      'a public title, trimmed',
      ' Webshop langsam ',
      ['Web shop'],
      { code: 'SET', params: { title: 'Webshop langsam' } },
    ],
    [
      'no public title: the services it affects',
      null,
      ['Web shop', 'Phones'],
      { code: 'DISRUPTION', params: { services: ['Web shop', 'Phones'] } },
    ],
    [
      'a blank public title counts as none',
      '   ',
      ['Web shop'],
      { code: 'DISRUPTION', params: { services: ['Web shop'] } },
    ],
    [
      'a service named twice is named once',
      null,
      ['Web shop', 'Web shop'],
      { code: 'DISRUPTION', params: { services: ['Web shop'] } },
    ],
    [
      'no public title and no published service',
      null,
      [],
      { code: 'DISRUPTION', params: { services: [] } },
    ],
  ] as const)('%s', (_, publicTitle, services, expected) => {
    expect(publicIncidentTitle(publicTitle, services)).toEqual(expected);
  });
});

describe('publicIncidentTitleText', () => {
  it.each([
    [{ code: 'SET', params: { title: 'Webshop langsam' } }, 'de', 'Webshop langsam'],
    [{ code: 'SET', params: { title: 'Webshop langsam' } }, 'en', 'Webshop langsam'],
    [
      { code: 'DISRUPTION', params: { services: ['Webshop', 'Telefon'] } },
      'de',
      'Störung: Webshop, Telefon',
    ],
    [{ code: 'DISRUPTION', params: { services: ['Web shop'] } }, 'en', 'Disruption: Web shop'],
    [{ code: 'DISRUPTION', params: { services: [] } }, 'de', 'Störung'],
    [{ code: 'DISRUPTION', params: { services: [] } }, 'en', 'Disruption'],
  ] as const)('%j in %s reads %s', (title, locale, text) => {
    expect(
      publicIncidentTitleText(
        title.code === 'SET'
          ? { code: 'SET', params: { title: title.params.title } }
          : { code: 'DISRUPTION', params: { services: [...title.params.services] } },
        locale,
      ),
    ).toBe(text);
  });
});

describe('publicTitleOfIncident', () => {
  const names = new Map([
    ['web-shop', 'Webshop'],
    ['phone-system', 'Telefon'],
  ]);

  it('names the published services the incident touched, once each, by their public names', () => {
    expect(
      publicTitleOfIncident(
        {
          publicTitle: null,
          impacts: [
            { serviceKey: 'web-shop' },
            { serviceKey: 'order-database' },
            { serviceKey: 'web-shop' },
            { serviceKey: 'phone-system' },
          ],
        },
        names,
      ),
    ).toEqual({ code: 'DISRUPTION', params: { services: ['Webshop', 'Telefon'] } });
  });

  it('says the public title the team wrote', () => {
    expect(
      publicTitleOfIncident({ publicTitle: ' Lieferungen verzögert ', impacts: [] }, names),
    ).toEqual({ code: 'SET', params: { title: 'Lieferungen verzögert' } });
  });
});
