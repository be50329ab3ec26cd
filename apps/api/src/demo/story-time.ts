/**
 * Places the demo story in time relative to "now", in the shop's time zone, so the dashboard
 * looks live on any day: the server failed on the most recent Friday at 07:30 (Berlin time)
 * that lies at least four and a half days back, so the whole story up to Tuesday evening is
 * over (the story's events end there; the silence since runs up to now).
 */
export const STORY_TIME_ZONE = 'Europe/Berlin';
const DAY_MS = 86_400_000;
const STORY_SPAN_MS = 4.5 * DAY_MS;

interface LocalDate {
  year: number;
  month: number;
  day: number;
}

const partsFormat = new Intl.DateTimeFormat('en-US', {
  timeZone: STORY_TIME_ZONE,
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  weekday: 'short',
  hourCycle: 'h23',
});

function localParts(instant: Date): LocalDate & { hour: number; minute: number; weekday: string } {
  const parts = Object.fromEntries(
    partsFormat.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  return {
    year: Number(parts['year']),
    month: Number(parts['month']),
    day: Number(parts['day']),
    hour: Number(parts['hour']),
    minute: Number(parts['minute']),
    weekday: String(parts['weekday']),
  };
}

/** The instant of a Berlin wall-clock time (CET or CEST, whichever applies that day). */
export function berlinInstant(date: LocalDate, hour: number, minute: number): Date {
  const wall = Date.UTC(date.year, date.month - 1, date.day, hour, minute);
  for (const offsetMinutes of [60, 120]) {
    const candidate = new Date(wall - offsetMinutes * 60_000);
    const local = localParts(candidate);
    if (local.hour === hour && local.minute === minute && local.day === date.day) return candidate;
  }
  // 02:xx on the spring-forward night does not exist; the story never uses it.
  return new Date(wall - 60 * 60_000);
}

function addDays(date: LocalDate, days: number): LocalDate {
  const shifted = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
  };
}

/** The story's calendar: days counted from the Friday of the failure, Berlin wall-clock times. */
export class StoryTime {
  private constructor(
    private readonly friday: LocalDate,
    /** The moment the story is told at. */
    readonly now: Date,
  ) {}

  /** The story for `now`: the failure on the latest Friday 07:30 at least 4.5 days back. */
  static relativeTo(now: Date): StoryTime {
    const latestStart = new Date(now.getTime() - STORY_SPAN_MS);
    let candidate: LocalDate = localParts(latestStart);
    for (let step = 0; step < 8; step += 1) {
      const start = berlinInstant(candidate, 7, 30);
      if (localParts(start).weekday === 'Fri' && start.getTime() <= latestStart.getTime()) {
        return new StoryTime(candidate, now);
      }
      candidate = addDays(candidate, -1);
    }
    /* istanbul ignore next -- a Friday is always found within eight days */
    throw new Error('No Friday found for the demo story');
  }

  /** Berlin wall-clock time `hh:mm` on the day `dayOffset` days after the Friday (-2 = Wednesday). */
  at(dayOffset: number, hour: number, minute = 0): Date {
    return berlinInstant(addDays(this.friday, dayOffset), hour, minute);
  }

  /** The failure: Friday 07:30. */
  get failure(): Date {
    return this.at(0, 7, 30);
  }

  /** `minutes` before now. */
  ago(minutes: number): Date {
    return new Date(this.now.getTime() - minutes * 60_000);
  }
}
