import type { Incident } from './incident';
import { INCIDENT_STATUS_LABELS } from './incident-status';

/** A backlog the incident caused, as far as closure cares. */
export interface ClosureBacklog {
  key: string;
  name: string;
  /** Items still open. */
  open: number;
  /** True when the business decided to live with what is left (e.g. written off). */
  accepted: boolean;
}

export interface BusinessRecoveryInput {
  incident: Pick<Incident, 'status'>;
  backlogs: readonly ClosureBacklog[];
  /** Whether the affected customers were told (a public word was published). */
  customersTold: boolean;
}

/** One thing that keeps the business from being recovered, as data. */
export type RecoveryGap =
  | { code: 'NOT_RESOLVED'; status: Incident['status'] }
  | { code: 'BACKLOG_OPEN'; backlogKey: string; backlogName: string; open: number }
  | { code: 'CUSTOMERS_NOT_TOLD' };

export interface BusinessRecovery {
  /** The technology works again (`RESOLVED`). */
  technicallyResolved: boolean;
  /** Resolved, every backlog cleared or accepted, and the customers told. */
  recovered: boolean;
  /** What is still missing, one plain sentence each (empty when recovered). */
  missing: string[];
  /** The same, as data, in the same order. */
  gaps: RecoveryGap[];
}

const countFormat = new Intl.NumberFormat('en-US');

/**
 * Two-phase closure. `RESOLVED` only says the technology works; the business is recovered when,
 * in addition, every backlog the incident caused is cleared (open = 0) or accepted, and the
 * affected customers were told. Until then a resolved incident still counts as business impact,
 * and `missing` names what is left.
 */
export function businessRecovery(input: BusinessRecoveryInput): BusinessRecovery {
  const gaps: RecoveryGap[] = [];
  const technicallyResolved = input.incident.status === 'RESOLVED';
  if (!technicallyResolved) {
    gaps.push({ code: 'NOT_RESOLVED', status: input.incident.status });
  }
  for (const backlog of input.backlogs) {
    if (backlog.open > 0 && !backlog.accepted) {
      gaps.push({
        code: 'BACKLOG_OPEN',
        backlogKey: backlog.key,
        backlogName: backlog.name,
        open: backlog.open,
      });
    }
  }
  if (!input.customersTold) {
    gaps.push({ code: 'CUSTOMERS_NOT_TOLD' });
  }
  return {
    technicallyResolved,
    recovered: gaps.length === 0,
    missing: gaps.map(describeGap),
    gaps,
  };
}

/** The plain sentence for a gap. */
export function describeGap(gap: RecoveryGap): string {
  switch (gap.code) {
    case 'NOT_RESOLVED':
      return `The incident is not resolved yet (status: ${INCIDENT_STATUS_LABELS[gap.status]}).`;
    case 'BACKLOG_OPEN':
      return `${gap.backlogName} still has ${countFormat.format(gap.open)} open ${
        gap.open === 1 ? 'item' : 'items'
      }.`;
    default:
      return 'The affected customers have not been told yet.';
  }
}
