import { DateTime } from 'luxon';

/**
 * Places the demo story in time relative to "now", in the shop's time zone, so the dashboard
 * looks live on any day: the server failed on the most recent Friday at 07:30 (Berlin time)
 * that lies at least four and a half days back, so the whole story up to Tuesday evening is
 * over (the story's events end there; the silence since runs up to now). Time-zone arithmetic
 * is luxon's, like the domain's working calendar.
 */
export const STORY_TIME_ZONE = 'Europe/Berlin';
const STORY_SPAN_HOURS = 4.5 * 24;
const FRIDAY = 5;

/** The story's calendar: days counted from the Friday of the failure, Berlin wall-clock times. */
export class StoryTime {
  private constructor(
    /** Midnight (Berlin) of the Friday of the failure. */
    private readonly friday: DateTime,
    /** The moment the story is told at. */
    readonly now: Date,
  ) {}

  /** The story for `now`: the failure on the latest Friday 07:30 at least 4.5 days back. */
  static relativeTo(now: Date): StoryTime {
    const latestStart = DateTime.fromJSDate(now, { zone: STORY_TIME_ZONE }).minus({
      hours: STORY_SPAN_HOURS,
    });
    let day = latestStart.startOf('day');
    // Step back to a Friday whose 07:30 is not after the latest allowed start.
    while (day.weekday !== FRIDAY || day.set({ hour: 7, minute: 30 }) > latestStart) {
      day = day.minus({ days: 1 });
    }
    return new StoryTime(day, now);
  }

  /** Berlin wall-clock time `hh:mm` on the day `dayOffset` days after the Friday (-2 = Wednesday). */
  at(dayOffset: number, hour: number, minute = 0): Date {
    return this.friday.plus({ days: dayOffset }).set({ hour, minute }).toJSDate();
  }

  /** The failure: Friday 07:30. */
  get failure(): Date {
    return this.at(0, 7, 30);
  }

  /** `minutes` before now. */
  ago(minutes: number): Date {
    return DateTime.fromJSDate(this.now).minus({ minutes }).toJSDate();
  }
}
