/**
 * A duration in words a manager reads at a glance: `45 min`, `4 h`, `2 h 30 min`, `3 days`,
 * `3 days 4 h`. Up to two days it is hours and minutes; beyond that days and whole hours.
 */
export function formatDurationMinutes(totalMinutes: number): string {
  const minutes = Math.max(0, Math.round(totalMinutes));
  if (minutes < 60) {
    return `${minutes} min`;
  }
  if (minutes < 48 * 60) {
    const hours = Math.floor(minutes / 60);
    const rest = minutes % 60;
    return rest === 0 ? `${hours} h` : `${hours} h ${rest} min`;
  }
  const days = Math.floor(minutes / 1440);
  const hours = Math.round((minutes % 1440) / 60);
  return hours === 0 ? `${days} days` : `${days} days ${hours} h`;
}

/** "A", "A and B", "A, B and C"; beyond `max` items: "A, B, C and 4 more". */
export function joinAsList(items: readonly string[], max = 5, moreNoun = ''): string {
  if (items.length > max) {
    const more = items.length - max;
    return `${items.slice(0, max).join(', ')} and ${more} more${moreNoun === '' ? '' : ` ${moreNoun}`}`;
  }
  if (items.length <= 1) {
    return items.join('');
  }
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}
