import { validateBacklogItems, validateBacklogSnapshot } from '../backlog/backlog';
import { declareIncident } from '../incident/incident';
import { postTimelineUpdate } from '../incident/incident-timeline';
import { type DomainError } from './domain-error';
import {
  PROMISE_MAX_AHEAD_DAYS,
  RECORDED_TIME_MAX_AHEAD_HOURS,
  validatePromisedTime,
  validateRecordedTime,
} from './plausible-time';

const now = new Date('2018-10-05T12:00:00Z');
const hours = (count: number): Date => new Date(now.getTime() + count * 3_600_000);
const days = (count: number): Date => hours(count * 24);
const fields = (issues: readonly { field: string }[]): string[] => issues.map((i) => i.field);

describe('plausible times at the edge', () => {
  it('allows a recorded time up to a day ahead (clock drift), not more', () => {
    expect(RECORDED_TIME_MAX_AHEAD_HOURS).toBe(24);
    expect(validateRecordedTime('at', hours(24), now)).toEqual([]);
    expect(validateRecordedTime('at', days(-400), now)).toEqual([]);
    expect(validateRecordedTime('at', new Date(hours(24).getTime() + 1), now)).toEqual([
      {
        field: 'at',
        code: 'TOO_FAR_AHEAD',
        params: { hours: 24 },
        message: 'must not be more than 24 hours ahead of now',
      },
    ]);
  });

  it('allows a promise up to 30 days ahead, not more', () => {
    expect(PROMISE_MAX_AHEAD_DAYS).toBe(30);
    expect(validatePromisedTime('dueAt', days(30), now)).toEqual([]);
    expect(validatePromisedTime('dueAt', new Date(days(30).getTime() + 1), now)).toEqual([
      {
        field: 'dueAt',
        code: 'PROMISE_TOO_FAR_AHEAD',
        params: { days: 30 },
        message: 'must not be more than 30 days ahead of now',
      },
    ]);
  });

  it('refuses a snapshot dated more than a day ahead (the typo "2030"), naming the field', () => {
    expect(validateBacklogSnapshot({ open: 10, at: hours(23) }, now)).toEqual([]);
    expect(
      fields(validateBacklogSnapshot({ open: 10, at: new Date('2030-11-23T07:00:00Z') }, now)),
    ).toEqual(['at']);
  });

  it('refuses items received or done more than a day ahead, or due more than 30 days ahead', () => {
    const item = { externalRef: 'M-1', receivedAt: days(-3), dueAt: days(-2), doneAt: null };
    expect(validateBacklogItems([item], now)).toEqual([]);
    expect(
      fields(
        validateBacklogItems(
          [
            { ...item, externalRef: 'M-2', receivedAt: days(2), dueAt: null },
            { ...item, externalRef: 'M-3', doneAt: days(2) },
            { ...item, externalRef: 'M-4', dueAt: days(31) },
            { ...item, externalRef: 'M-5', dueAt: days(29) },
          ],
          now,
        ),
      ),
    ).toEqual(['items[0].receivedAt', 'items[1].doneAt', 'items[2].dueAt']);
  });

  it('keeps work received long before the incident (the e-mails since Wednesday)', () => {
    const wednesday = days(-2);
    expect(
      validateBacklogItems(
        [{ externalRef: 'mail-1', receivedAt: wednesday, dueAt: days(-1), doneAt: null }],
        now,
      ),
    ).toEqual([]);
  });

  it('refuses a next update promised more than 30 days ahead and an entry before the start', () => {
    const incident = declareIncident(
      { title: 'Main server failed', severity: 'SEV1', startedAt: hours(-6) },
      { id: 'i1', sequence: 1 },
      now,
    );
    const post = (input: { nextUpdateAt?: Date; displayAt?: Date }) => {
      try {
        postTimelineUpdate(
          incident,
          { body: 'We are on it', author: 'Ilse', visibility: 'PUBLIC', ...input },
          { id: 'u1' },
          now,
        );
        return [];
      } catch (error) {
        return fields((error as DomainError).issues);
      }
    };
    expect(post({ nextUpdateAt: days(30) })).toEqual([]);
    expect(post({ nextUpdateAt: new Date('2099-01-01T00:00:00Z') })).toEqual(['nextUpdateAt']);
    expect(post({ displayAt: hours(-7) })).toEqual(['displayAt']);
    expect(post({ displayAt: hours(25) })).toEqual(['displayAt']);
  });
});
