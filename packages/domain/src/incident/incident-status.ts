import { DomainError } from '../shared/domain-error';

/** The life of an incident, in order. `RESOLVED` means the technology works again. */
export const INCIDENT_STATUSES = [
  'INVESTIGATING',
  'IDENTIFIED',
  'RECOVERING',
  'MONITORING',
  'RESOLVED',
] as const;

export type IncidentStatus = (typeof INCIDENT_STATUSES)[number];

/** The statuses of an incident that is still being worked on. */
export const ACTIVE_INCIDENT_STATUSES: readonly IncidentStatus[] = INCIDENT_STATUSES.filter(
  (status) => status !== 'RESOLVED',
);

/**
 * The one transition table. An active incident may move forward, skipping steps (a cause can
 * be found and fixed in one go); a resolved incident may be reopened into any active status.
 * Every other move, including going back while active or "moving" to the same status, is
 * rejected: going back would rewrite what the timeline already told readers.
 */
export const INCIDENT_TRANSITIONS: Readonly<Record<IncidentStatus, readonly IncidentStatus[]>> = {
  INVESTIGATING: ['IDENTIFIED', 'RECOVERING', 'MONITORING', 'RESOLVED'],
  IDENTIFIED: ['RECOVERING', 'MONITORING', 'RESOLVED'],
  RECOVERING: ['MONITORING', 'RESOLVED'],
  MONITORING: ['RESOLVED'],
  RESOLVED: ['INVESTIGATING', 'IDENTIFIED', 'RECOVERING', 'MONITORING'],
};

/** Words for a status in sentences ("Recovering"). */
export const INCIDENT_STATUS_LABELS: Readonly<Record<IncidentStatus, string>> = {
  INVESTIGATING: 'Investigating',
  IDENTIFIED: 'Identified',
  RECOVERING: 'Recovering',
  MONITORING: 'Monitoring',
  RESOLVED: 'Resolved',
};

/** True when the value is an incident status. */
export function isIncidentStatus(value: string): value is IncidentStatus {
  return (INCIDENT_STATUSES as readonly string[]).includes(value);
}

/** True for every status but `RESOLVED`. */
export function isActiveIncidentStatus(status: IncidentStatus): boolean {
  return status !== 'RESOLVED';
}

/** Whether the transition table allows moving from `from` to `to`. */
export function canTransition(from: IncidentStatus, to: IncidentStatus): boolean {
  return INCIDENT_TRANSITIONS[from].includes(to);
}

/** The statuses an incident in `from` may move to, in lifecycle order. */
export function allowedNextStatuses(from: IncidentStatus): IncidentStatus[] {
  return [...INCIDENT_TRANSITIONS[from]];
}

/** Why a move is not allowed, in a sentence; `null` when it is allowed. */
export function transitionRejection(from: IncidentStatus, to: IncidentStatus): string | null {
  if (canTransition(from, to)) {
    return null;
  }
  const fromLabel = INCIDENT_STATUS_LABELS[from];
  const toLabel = INCIDENT_STATUS_LABELS[to];
  if (from === to) {
    return `The incident is already ${fromLabel}.`;
  }
  // Only active incidents can be rejected beyond the same-status case: RESOLVED may go anywhere.
  return (
    `An incident cannot go back from ${fromLabel} to ${toLabel}; ` +
    `allowed next: ${allowedNextStatuses(from)
      .map((status) => INCIDENT_STATUS_LABELS[status])
      .join(', ')}.`
  );
}

/** Throws `BAD_USER_INPUT` on the `status` field, with the reason, unless the move is allowed. */
export function assertIncidentTransition(from: IncidentStatus, to: IncidentStatus): void {
  const rejection = transitionRejection(from, to);
  if (rejection !== null) {
    throw new DomainError('BAD_USER_INPUT', rejection, [{ field: 'status', message: rejection }]);
  }
}
