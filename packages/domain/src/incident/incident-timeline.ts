import { DomainError, type FieldIssue } from '../shared/domain-error';
import { validatePromisedTime } from '../shared/plausible-time';
import {
  type Incident,
  type TimelineUpdate,
  type UpdateVisibility,
  validatePastTime,
} from './incident';
import type { IncidentStatus } from './incident-status';
import { transitionIncident } from './incident';

export const UPDATE_BODY_MAX_LENGTH = 10_000;
export const UPDATE_AUTHOR_MAX_LENGTH = 200;

/** What a responder writes into the timeline. */
export interface TimelineUpdateInput {
  body: string;
  author: string;
  visibility: UpdateVisibility;
  /** Move the incident to this status with the update (checked against the state machine). */
  statusChange?: IncidentStatus | null;
  /** When it happened, for entries written after the fact; defaults to `now`. */
  displayAt?: Date;
  /** When readers can expect the next update. */
  nextUpdateAt?: Date | null;
}

/**
 * Appends an update to the timeline and, when it carries a status change, moves the incident
 * through the state machine at the update's `displayAt`. Throws `BAD_USER_INPUT` naming every
 * problem, including an illegal status move (on the `status` field, with the reason).
 */
export function postTimelineUpdate(
  incident: Incident,
  input: TimelineUpdateInput,
  identity: { id: string },
  now: Date,
): Incident {
  const update: TimelineUpdate = {
    id: identity.id,
    body: input.body.trim(),
    author: input.author.trim(),
    visibility: input.visibility,
    statusChange: input.statusChange ?? null,
    createdAt: now,
    displayAt: input.displayAt ?? now,
    nextUpdateAt: input.nextUpdateAt ?? null,
  };
  DomainError.assertNoIssues(validateUpdate(incident, update, now), 'Invalid update');
  const moved =
    update.statusChange === null
      ? incident
      : transitionIncident(incident, update.statusChange, update.displayAt);
  return { ...moved, updates: [...moved.updates, update] };
}

/** The timeline in the order things happened (by `displayAt`, then by writing order). */
export function timelineInOrder(updates: readonly TimelineUpdate[]): TimelineUpdate[] {
  return updates
    .map((update, index) => ({ update, index }))
    .sort(
      (a, b) => a.update.displayAt.getTime() - b.update.displayAt.getTime() || a.index - b.index,
    )
    .map(({ update }) => update);
}

/** Only what the public may read, in the order things happened. */
export function publicTimeline(updates: readonly TimelineUpdate[]): TimelineUpdate[] {
  return timelineInOrder(updates).filter((update) => update.visibility === 'PUBLIC');
}

/** The latest public update (by `displayAt`), or `null` when the public was never told. */
export function lastPublicUpdate(updates: readonly TimelineUpdate[]): TimelineUpdate | null {
  return publicTimeline(updates).at(-1) ?? null;
}

function validateUpdate(incident: Incident, update: TimelineUpdate, now: Date): FieldIssue[] {
  const issues: FieldIssue[] = [];
  if (update.body.length === 0) {
    issues.push({ field: 'body', code: 'REQUIRED', message: 'is required' });
  } else if (update.body.length > UPDATE_BODY_MAX_LENGTH) {
    issues.push({
      field: 'body',
      code: 'TOO_LONG',
      params: { max: UPDATE_BODY_MAX_LENGTH },
      message: `must be at most ${UPDATE_BODY_MAX_LENGTH} characters`,
    });
  }
  if (update.author.length === 0) {
    issues.push({ field: 'author', code: 'REQUIRED', message: 'is required' });
  } else if (update.author.length > UPDATE_AUTHOR_MAX_LENGTH) {
    issues.push({
      field: 'author',
      code: 'TOO_LONG',
      params: { max: UPDATE_AUTHOR_MAX_LENGTH },
      message: `must be at most ${UPDATE_AUTHOR_MAX_LENGTH} characters`,
    });
  }
  const displayIssues = validatePastTime('displayAt', update.displayAt, now);
  issues.push(...displayIssues);
  if (displayIssues.length === 0 && update.displayAt.getTime() < incident.startedAt.getTime()) {
    issues.push({
      field: 'displayAt',
      code: 'BEFORE_INCIDENT_START',
      message: 'must not be before the incident started',
    });
  }
  if (update.nextUpdateAt !== null) {
    if (Number.isNaN(update.nextUpdateAt.getTime())) {
      issues.push({ field: 'nextUpdateAt', message: 'must be a valid time' });
    } else if (update.nextUpdateAt.getTime() <= update.displayAt.getTime()) {
      issues.push({ field: 'nextUpdateAt', message: 'must be after the update itself' });
    } else {
      issues.push(...validatePromisedTime('nextUpdateAt', update.nextUpdateAt, now));
    }
  }
  return issues;
}
