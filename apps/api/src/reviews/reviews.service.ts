import { Injectable } from '@nestjs/common';
import {
  type CommunicationLocale,
  DomainError,
  incidentMetricsAt,
  type Incident,
  postIncidentReview,
  REVIEW_ACTIONS_MAX,
  type ReviewFacts,
  reviewMarkdown,
  validateReviewAction,
  validateReviewText,
} from '@lagebild/domain';
import { DataSource } from 'typeorm';
import { type Actor, actorLabel } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { inTransaction } from '../common/transaction';
import { versionedUpdate } from '../common/versioned-update';
import { isUniqueViolation } from '../database/unique-violation';
import { type LoadScope, newLoadScope } from '../graphql/context';
import { notFound } from '../graphql/error-codes';
import { idempotencyClaim, IdempotencyService } from '../idempotency/idempotency.service';
import { LiveEventsService } from '../live/live-events.service';
import { ServicesLoader } from '../services/services.loader';
import { SettingsService } from '../settings/settings.service';
import { SituationFactsService } from '../situation/situation-facts.service';
import {
  type AddReviewActionInput,
  type UpdateIncidentReviewInput,
  type UpdateReviewActionInput,
} from './dto/review.inputs';
import { IncidentReviewEntity } from './incident-review.entity';
import {
  type PostIncidentReviewModel,
  type ReviewActionModel,
} from './models/post-incident-review.model';
import { ReviewActionEntity } from './review-action.entity';
import { toActionModel, toReviewModel } from './review.mapper';
import { ReviewsRepository } from './reviews.repository';

/**
 * Post-incident reviews: the API gathers the incident's facts (as its metrics do, plus the
 * backlog forecasts at the moment of resolution), the domain writes the numbers and findings;
 * people add what went well, what did not, and follow-up actions.
 */
@Injectable()
export class ReviewsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ReviewsRepository,
    private readonly facts: SituationFactsService,
    private readonly services: ServicesLoader,
    private readonly settings: SettingsService,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
    private readonly live: LiveEventsService,
    private readonly clock: Clock,
  ) {}

  /** The review of a resolved incident; null while it is not resolved. */
  async review(scope: LoadScope, incidentId: string): Promise<PostIncidentReviewModel | null> {
    const generated = await this.generated(scope, incidentId);
    if (!generated) return null;
    const [written, actions] = await Promise.all([
      this.repository.findReview(incidentId),
      this.repository.actionsOf(incidentId),
    ]);
    return toReviewModel(incidentId, generated.facts, written, actions, generated.now);
  }

  /** The review as Markdown in the reader's language; null while not resolved. */
  async markdown(
    scope: LoadScope,
    incidentId: string,
    locale: CommunicationLocale,
  ): Promise<string | null> {
    const generated = await this.generated(scope, incidentId);
    if (!generated) return null;
    const { incident, facts, now } = generated;
    const [written, actions, services, settings] = await Promise.all([
      this.repository.findReview(incidentId),
      this.repository.actionsOf(incidentId),
      this.services.modelsByKey(scope),
      this.settings.current(),
    ]);
    const backlogNames = new Map(facts.backlogs.map((backlog) => [backlog.key, backlog.name]));
    return reviewMarkdown(
      {
        incident,
        facts,
        serviceName: (key) => services.get(key)?.name ?? backlogNames.get(key) ?? key,
        timeline: incident.updates,
        wentWell: written?.wentWell ?? '',
        wentBadly: written?.wentBadly ?? '',
        actions: actions.map((action) => ({ ...action, done: action.doneAt !== null })),
        generatedAt: now,
        timeZone: settings.timeZone,
      },
      locale,
    );
  }

  private async generated(
    scope: LoadScope,
    incidentId: string,
  ): Promise<{ incident: Incident; facts: ReviewFacts; now: Date } | null> {
    const now = this.clock.now();
    const current = await this.facts.incidentFacts(scope, incidentId, now);
    const { incident } = current;
    if (incident.resolvedAt === null || incident.status !== 'RESOLVED') return null;
    // The forecasts as they stood when the incident was resolved, against what happened since.
    const [atResolution, rtoOf, cadence] = await Promise.all([
      this.facts.incidentFacts(newLoadScope(), incidentId, incident.resolvedAt),
      this.facts.rtoOf(scope),
      this.facts.cadence(scope),
    ]);
    const forecastAtResolution = new Map(
      atResolution.backlogs.map((backlog) => [backlog.key, backlog.clearsAt]),
    );
    const facts = postIncidentReview({
      metrics: incidentMetricsAt(current, rtoOf, now),
      cadenceMinutes: cadence[incident.severity],
      backlogs: current.backlogs.map((backlog) => ({
        key: backlog.key,
        name: backlog.name,
        snapshots: [...backlog.snapshots, { at: now, open: backlog.open }],
        forecastAtResolution: forecastAtResolution.get(backlog.key) ?? null,
      })),
    });
    return { incident, facts, now };
  }

  private async resolvedIncident(incidentId: string): Promise<Incident> {
    const { incident } = await this.facts.wordFacts(newLoadScope(), incidentId);
    if (incident.status !== 'RESOLVED') {
      throw new DomainError('BAD_USER_INPUT', `${incident.ref} is not resolved yet`, [
        {
          field: 'incidentId',
          code: 'NOT_RESOLVED',
          message: 'review an incident once it is resolved',
        },
      ]);
    }
    return incident;
  }

  /** Saves the written part against the version it was read at (0: nothing written yet). */
  async updateReview(
    input: UpdateIncidentReviewInput,
    actor: Actor,
  ): Promise<PostIncidentReviewModel> {
    const incident = await this.resolvedIncident(input.incidentId);
    const text = { wentWell: input.wentWell.trim(), wentBadly: input.wentBadly.trim() };
    DomainError.assertNoIssues(validateReviewText(text), 'Invalid review');
    const describe = `Review of ${incident.ref}`;
    const audit = (before: unknown, version: number) => ({
      actor,
      action: 'updateIncidentReview',
      entityType: 'IncidentReview',
      entityId: input.incidentId,
      before,
      after: { ...text, version },
    });
    if (input.version === 0) {
      const now = this.clock.now();
      try {
        await inTransaction(this.dataSource, async (manager, afterCommit) => {
          if (await this.repository.findReview(input.incidentId, manager)) {
            throw stale(describe);
          }
          await this.repository.insertReview(
            manager,
            Object.assign(new IncidentReviewEntity(), {
              incidentId: input.incidentId,
              ...text,
              version: 1,
              updatedBy: actorLabel(actor),
              createdAt: now,
              updatedAt: now,
            }),
          );
          await this.audit.record(manager, audit(null, 1));
          afterCommit(() => this.live.incidentChanged(input.incidentId, 'review'));
        });
      } catch (error) {
        if (isUniqueViolation(error)) throw stale(describe);
        throw error;
      }
    } else {
      await versionedUpdate(
        { dataSource: this.dataSource, audit: this.audit, clock: this.clock },
        {
          describe: () => describe,
          load: (manager) => this.repository.findReview(input.incidentId, manager),
          missing: () => stale(describe),
          expectedVersion: input.version,
          decide: (current) => ({
            next: Object.assign(new IncidentReviewEntity(), current, text, {
              updatedBy: actorLabel(actor),
            }),
          }),
          save: (manager, next, expectedVersion) =>
            this.repository.updateReviewIfVersion(manager, next, expectedVersion),
          audit: (current, { next }) =>
            audit(
              {
                wentWell: current.wentWell,
                wentBadly: current.wentBadly,
                version: current.version,
              },
              next.version,
            ),
          announce: () => this.live.incidentChanged(input.incidentId, 'review'),
        },
      );
    }
    return (await this.review(newLoadScope(), input.incidentId)) as PostIncidentReviewModel;
  }

  /** Adds a follow-up action at the end; with an idempotency key a retry adds nothing. */
  async addAction(input: AddReviewActionInput, actor: Actor): Promise<ReviewActionModel> {
    await this.resolvedIncident(input.incidentId);
    const action = {
      title: input.title.trim(),
      owner: (input.owner ?? '').trim(),
      dueOn: input.dueOn ?? null,
    };
    DomainError.assertNoIssues(validateReviewAction(action), 'Invalid follow-up action');
    const claim =
      input.idempotencyKey === undefined
        ? null
        : idempotencyClaim(input.incidentId, 'addReviewAction', input.idempotencyKey, [
            action.title,
            action.owner,
            action.dueOn,
          ]);
    const saved = await this.idempotency.retryingDuplicateKey(() =>
      inTransaction(this.dataSource, async (manager, afterCommit) => {
        if (claim) {
          const previous = await this.idempotency.previousResult<{ actionId: string }>(
            manager,
            claim,
          );
          if (previous) return this.repository.findAction(previous.actionId, manager);
        }
        const existing = await this.repository.actionsOf(input.incidentId, manager);
        if (existing.length >= REVIEW_ACTIONS_MAX) {
          throw new DomainError('BAD_USER_INPUT', 'Too many follow-up actions', [
            {
              field: 'incidentId',
              code: 'TOO_MANY',
              params: { max: REVIEW_ACTIONS_MAX },
              message: `a review holds at most ${REVIEW_ACTIONS_MAX} actions`,
            },
          ]);
        }
        const now = this.clock.now();
        const entity = Object.assign(new ReviewActionEntity(), {
          id: newId(),
          incidentId: input.incidentId,
          position: existing.reduce((last, row) => Math.max(last, row.position), 0) + 1,
          ...action,
          doneAt: null,
          version: 1,
          createdAt: now,
          updatedAt: now,
        });
        if (claim) await this.idempotency.remember(manager, claim, { actionId: entity.id });
        await this.repository.insertAction(manager, entity);
        await this.audit.record(manager, {
          actor,
          action: 'addReviewAction',
          entityType: 'ReviewAction',
          entityId: entity.id,
          after: { ...action, incidentId: input.incidentId, version: 1 },
        });
        afterCommit(() => this.live.incidentChanged(input.incidentId, 'review'));
        return entity;
      }),
    );
    if (!saved) throw notFound('ReviewAction', input.incidentId);
    return toActionModel(saved);
  }

  /** Changes an action against the version it was read at; `done` marks it done or open again. */
  async updateAction(input: UpdateReviewActionInput, actor: Actor): Promise<ReviewActionModel> {
    const saved = await versionedUpdate<ReviewActionEntity, { next: ReviewActionEntity }>(
      { dataSource: this.dataSource, audit: this.audit, clock: this.clock },
      {
        describe: (row) => `Follow-up action ${row.title}`,
        load: (manager) => this.repository.findAction(input.id, manager),
        missing: () => notFound('ReviewAction', input.id),
        expectedVersion: input.version,
        decide: (current, now) => {
          const action = {
            title: (input.title ?? current.title).trim(),
            owner: (input.owner ?? current.owner).trim(),
            dueOn: input.dueOn === undefined ? current.dueOn : input.dueOn,
          };
          DomainError.assertNoIssues(validateReviewAction(action), 'Invalid follow-up action');
          const doneAt =
            input.done === undefined ? current.doneAt : input.done ? (current.doneAt ?? now) : null;
          return { next: Object.assign(new ReviewActionEntity(), current, action, { doneAt }) };
        },
        save: (manager, next, expectedVersion) =>
          this.repository.updateActionIfVersion(manager, next, expectedVersion),
        audit: (current, { next }) => ({
          actor,
          action: 'updateReviewAction',
          entityType: 'ReviewAction',
          entityId: current.id,
          before: { ...toActionModel(current) },
          after: { ...toActionModel(next) },
        }),
        announce: (decision) => this.live.incidentChanged(decision.next.incidentId, 'review'),
      },
    );
    return toActionModel(saved);
  }
}

/** Someone wrote the review since the form was opened. */
function stale(describe: string): DomainError {
  return new DomainError(
    'CONFLICT',
    `${describe} was changed by someone else: reload it and apply your edit again`,
  );
}
