import { type NotClearingReason } from '@lagebild/domain';
import { type BacklogModel } from './models/backlog.model';

/**
 * What other features (overview, communications, metrics, recovery) need to know about a
 * backlog at a moment. They read it through `BacklogsService.situationFacts` instead of the
 * backlogs' entities, repository or loaders, so the storage can change without touching them.
 */
export interface BacklogSituationFacts {
  id: string;
  key: string;
  name: string;
  unit: string;
  incidentId: string | null;
  serviceKey: string | null;
  accepted: boolean;
  /** The GraphQL model of the backlog, for fields returning it. */
  model: BacklogModel;
  /** Open at `asOf`. */
  open: number;
  clearsAt: Date | null;
  notClearingReason: NotClearingReason | null;
  /**
   * Open items that will miss (or already missed) their promise, from the forecast; `null` when
   * unknown (counts only).
   */
  itemsMissingPromise: number | null;
  /** Recorded counts up to `asOf`, oldest first. */
  snapshots: { at: Date; open: number }[];
  /** Items due before `asOf` and not done by their due time (the metrics' rule), counted in SQL. */
  promisesMissed: number;
}

/** Which backlogs `situationFacts` describes; each given list narrows the result. */
export interface BacklogSituationFilter {
  backlogIds?: readonly string[];
  incidentIds?: readonly string[];
}
