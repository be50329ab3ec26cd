import { DomainError } from '../shared/domain-error';
import { declareIncident, type Incident, type TimelineUpdate } from './incident';
import {
  lastPublicUpdate,
  postTimelineUpdate,
  publicTimeline,
  timelineInOrder,
  type TimelineUpdateInput,
} from './incident-timeline';

const friday = new Date('2018-10-05T06:30:00Z');
const now = new Date('2018-10-05T12:00:00Z');
const at = (minutes: number): Date => new Date(friday.getTime() + minutes * 60_000);

const incident: Incident = declareIncident(
  { title: 'Main server failed', severity: 'SEV1', startedAt: friday },
  { id: 'i1', sequence: 1 },
  now,
);
const post = (input: Partial<TimelineUpdateInput>, target: Incident = incident): Incident =>
  postTimelineUpdate(
    target,
    { body: 'We are on it', author: 'Ilse', visibility: 'PUBLIC', ...input },
    { id: `u${target.updates.length + 1}` },
    now,
  );

function issuesOf(action: () => unknown): string[] {
  try {
    action();
  } catch (error) {
    if (error instanceof DomainError) {
      return error.issues.map((issue) => `${issue.field}: ${issue.message}`);
    }
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('postTimelineUpdate', () => {
  it('appends the update, dated now by default', () => {
    const posted = post({ body: '  Server is down  ', nextUpdateAt: at(400) });
    expect(posted.updates).toEqual<TimelineUpdate[]>([
      {
        id: 'u1',
        body: 'Server is down',
        author: 'Ilse',
        visibility: 'PUBLIC',
        statusChange: null,
        createdAt: now,
        displayAt: now,
        nextUpdateAt: at(400),
      },
    ]);
    expect(posted.status).toBe('INVESTIGATING');
  });

  it('moves the status through the state machine at the time the update happened', () => {
    const posted = post({ statusChange: 'RESOLVED', displayAt: at(60), visibility: 'INTERNAL' });
    expect(posted.status).toBe('RESOLVED');
    expect(posted.resolvedAt).toEqual(at(60));
    expect(posted.updates[0]?.statusChange).toBe('RESOLVED');
  });

  it('rejects an illegal status move and keeps the timeline unchanged', () => {
    const monitoring = post({ statusChange: 'MONITORING' });
    expect(() => post({ statusChange: 'IDENTIFIED' }, monitoring)).toThrow(
      'cannot go back from Monitoring to Identified',
    );
    expect(monitoring.updates).toHaveLength(1);
  });

  it.each<[string, Partial<TimelineUpdateInput>, string]>([
    ['an empty body', { body: ' ' }, 'body: is required'],
    [
      'a body over 10,000 characters',
      { body: 'b'.repeat(10_001) },
      'body: must be at most 10000 characters',
    ],
    ['an empty author', { author: '' }, 'author: is required'],
    [
      'an author over 200 characters',
      { author: 'a'.repeat(201) },
      'author: must be at most 200 characters',
    ],
    [
      'a display time in the future',
      { displayAt: new Date(now.getTime() + 1000) },
      'displayAt: must not be in the future',
    ],
    [
      'a display time before the incident',
      { displayAt: at(-5) },
      'displayAt: must not be before the incident started',
    ],
    [
      'a next update before the update',
      { displayAt: at(30), nextUpdateAt: at(30) },
      'nextUpdateAt: must be after the update itself',
    ],
    [
      'an invalid next update',
      { nextUpdateAt: new Date('x') },
      'nextUpdateAt: must be a valid time',
    ],
  ])('rejects %s', (_case, input, issue) => {
    expect(issuesOf(() => post(input))).toEqual([issue]);
  });
});

describe('timeline views', () => {
  const update = (
    id: string,
    visibility: 'PUBLIC' | 'INTERNAL',
    displayMinutes: number,
  ): TimelineUpdate => ({
    id,
    body: id,
    author: 'Ilse',
    visibility,
    statusChange: null,
    createdAt: now,
    displayAt: at(displayMinutes),
    nextUpdateAt: null,
  });
  const updates = [
    update('written-late', 'PUBLIC', 10),
    update('first', 'INTERNAL', 0),
    update('same-time', 'PUBLIC', 10),
    update('latest-internal', 'INTERNAL', 50),
  ];

  it('orders by when things happened, then by writing order', () => {
    expect(timelineInOrder(updates).map((u) => u.id)).toEqual([
      'first',
      'written-late',
      'same-time',
      'latest-internal',
    ]);
  });

  it('shows the public only public updates', () => {
    expect(publicTimeline(updates).map((u) => u.id)).toEqual(['written-late', 'same-time']);
    expect(lastPublicUpdate(updates)?.id).toBe('same-time');
    expect(lastPublicUpdate([update('x', 'INTERNAL', 1)])).toBeNull();
  });
});
