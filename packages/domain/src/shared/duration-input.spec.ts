import { parseDurationMinutes } from './duration-input';

describe('parseDurationMinutes', () => {
  it.each<[string, number]>([
    ['90', 90],
    ['90 min', 90],
    ['90min', 90],
    ['90 Minuten', 90],
    ['2 h', 120],
    ['2h', 120],
    ['2 Std.', 120],
    ['2 Stunden', 120],
    ['2 hours', 120],
    ['1 hour', 60],
    ['1,5 Std.', 90],
    ['1.5 h', 90],
    ['1 h 30 min', 90],
    ['1h30', 90],
    ['2 Tage', 2880],
    ['1 day', 1440],
    ['  45  MIN ', 45],
    ['0', 0],
  ])('reads "%s" as %i minutes', (text, minutes) => {
    expect(parseDurationMinutes(text)).toBe(minutes);
  });

  it.each(['two hours', 'zwei Stunden', 'soon', '2 weeks', '-1 h', '1,5,5 h', 'h', '2 h h', ''])(
    'refuses "%s" (null) instead of guessing',
    (text) => {
      expect(parseDurationMinutes(text)).toBeNull();
    },
  );

  it('rounds to whole minutes', () => {
    expect(parseDurationMinutes('0,01 h')).toBe(1);
  });
});
