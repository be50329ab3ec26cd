import { formatDateTime, regionalLocale } from './format';

describe('regionalLocale', () => {
  it.each<[string, string[], string]>([
    ['a British browser reading English', ['en-GB', 'en'], 'en-GB'],
    ['a German browser reading German', ['de-DE', 'de', 'en'], 'de-DE'],
    ['a German browser reading English', ['de-DE', 'de'], 'en'],
    ['a browser preferring no language', [], 'de'],
  ])('%s', (_, preferred, expected) => {
    const language = expected.split('-')[0] ?? expected;
    expect(regionalLocale(language, preferred)).toBe(expected);
  });

  it('writes the time as the reader’s variant does', () => {
    const iso = '2026-11-26T13:03:00.000Z';
    // Whatever the machine's time zone: a 24-hour clock for en-GB, AM/PM for en-US.
    expect(formatDateTime(iso, regionalLocale('en', ['en-GB']))).toMatch(/\b\d{2}:03$/);
    expect(formatDateTime(iso, regionalLocale('en', ['en-US']))).toMatch(/:03\s?[AP]M$/);
  });
});
