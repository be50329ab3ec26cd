import { StoryTime } from './story-time';

describe('StoryTime', () => {
  it.each([
    // now (UTC)                 expected failure (UTC)
    ['2026-11-25T05:00:00Z', '2026-11-20T06:30:00Z'], // Wednesday: last Friday, CET
    ['2026-11-24T18:29:00Z', '2026-11-13T06:30:00Z'], // Tuesday just before 19:30 Berlin
    ['2026-11-24T12:00:00Z', '2026-11-13T06:30:00Z'], // Tuesday: the Friday before last
    ['2026-07-08T12:00:00Z', '2026-07-03T05:30:00Z'], // summer time: 07:30 CEST
  ])('at %s places the failure at %s, at least 4.5 days back', (now, failure) => {
    const story = StoryTime.relativeTo(new Date(now));
    expect(story.failure.toISOString()).toBe(new Date(failure).toISOString());
    expect(new Date(now).getTime() - story.failure.getTime()).toBeGreaterThanOrEqual(
      4.5 * 86_400_000,
    );
  });

  it('counts days from the Friday in Berlin wall-clock time, across the change to winter time', () => {
    const story = StoryTime.relativeTo(new Date('2026-10-28T12:00:00Z'));
    expect(story.failure.toISOString()).toBe('2026-10-23T05:30:00.000Z'); // CEST
    expect(story.at(3, 8).toISOString()).toBe('2026-10-26T07:00:00.000Z'); // Monday, CET
    expect(story.at(-2, 0).toISOString()).toBe('2026-10-20T22:00:00.000Z'); // Wednesday 00:00
  });

  it('reads "minutes ago" from the moment the story is told at', () => {
    const story = StoryTime.relativeTo(new Date('2026-11-25T05:00:00Z'));
    expect(story.ago(30).toISOString()).toBe('2026-11-25T04:30:00.000Z');
  });
});
