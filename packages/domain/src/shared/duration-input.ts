/**
 * How long something takes, as a person types it: "90", "90 min", "2 h", "1,5 Std.",
 * "1 h 30 min", "2 Tage", in German or English. A bare number is minutes. Returns whole minutes,
 * or `null` when the text cannot be read for sure ("two hours"): a guessed estimate would make
 * the plan end at a wrong time without anyone noticing.
 */
export function parseDurationMinutes(text: string): number | null {
  const input = text.trim().toLowerCase();
  if (input === '') return null;
  const part = /(\d+(?:[.,]\d+)?)\s*([a-zäöü.]*)\s*/y;
  let total = 0;
  let parts = 0;
  let position = 0;
  let lastUnit: number | null = null;
  while (position < input.length) {
    part.lastIndex = position;
    const match = part.exec(input);
    if (!match || match[0].length === 0) return null;
    const value = Number((match[1] as string).replace(',', '.'));
    const word = (match[2] as string).replace(/\.$/, '');
    let unit = UNITS.get(word);
    // "1h30": a bare number after hours is minutes.
    if (word === '' && lastUnit === 60) unit = 1;
    if (word === '' && parts === 0) unit = 1;
    if (unit === undefined || !Number.isFinite(value)) return null;
    if (lastUnit !== null && unit >= lastUnit) return null;
    total += value * unit;
    lastUnit = unit;
    parts += 1;
    position = part.lastIndex;
  }
  return Math.round(total);
}

const UNITS = new Map<string, number>([
  ['min', 1],
  ['mins', 1],
  ['minute', 1],
  ['minutes', 1],
  ['minute(n)', 1],
  ['minuten', 1],
  ['m', 1],
  ['h', 60],
  ['hr', 60],
  ['hrs', 60],
  ['hour', 60],
  ['hours', 60],
  ['std', 60],
  ['stunde', 60],
  ['stunden', 60],
  ['d', 1440],
  ['day', 1440],
  ['days', 1440],
  ['tag', 1440],
  ['tage', 1440],
  ['tagen', 1440],
]);
