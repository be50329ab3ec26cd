import { type ReviewFacts, type ReviewFinding } from '@lagebild/domain';
import { toIncidentMetricsModel } from '../metrics/models/incident-metrics.model';
import { type IncidentReviewEntity } from './incident-review.entity';
import {
  type PostIncidentReviewModel,
  type ReviewActionModel,
  type ReviewFindingModel,
} from './models/post-incident-review.model';
import { type ReviewActionEntity } from './review-action.entity';

/** A finding as code + params, for the reader's language. */
export function toFindingModel(finding: ReviewFinding): ReviewFindingModel {
  const { code, ...params } = finding;
  return { code, params };
}

export function toActionModel(entity: ReviewActionEntity): ReviewActionModel {
  return {
    id: entity.id,
    title: entity.title,
    owner: entity.owner,
    dueOn: entity.dueOn,
    done: entity.doneAt !== null,
    doneAt: entity.doneAt,
    version: entity.version,
  };
}

export function toReviewModel(
  incidentId: string,
  facts: ReviewFacts,
  written: IncidentReviewEntity | null,
  actions: readonly ReviewActionEntity[],
  generatedAt: Date,
): PostIncidentReviewModel {
  return {
    incidentId,
    generatedAt,
    metrics: toIncidentMetricsModel(facts.metrics),
    cadenceMinutes: facts.cadenceMinutes,
    backlogs: facts.backlogs.map(({ key, ...rest }) => ({ backlogKey: key, ...rest })),
    findings: facts.findings.map(toFindingModel),
    wentWell: written?.wentWell ?? '',
    wentBadly: written?.wentBadly ?? '',
    version: written?.version ?? 0,
    actions: actions.map(toActionModel),
  };
}
