import { Injectable } from '@nestjs/common';
import {
  assertCanActivate,
  capacityWithActivePlans,
  type BacklogCapacity,
  type CapacityWithPlans,
  DomainError,
  endActivation,
  isActivationActiveAt,
  type PlanCapacityActivation,
  toContinuationPlan,
} from '@lagebild/domain';
import DataLoader from 'dataloader';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor, actorLabel } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { inTransaction } from '../common/transaction';
import { versionedUpdate } from '../common/versioned-update';
import { isUniqueViolation } from '../database/unique-violation';
import { perRequest, type LoadScope } from '../graphql/context';
import { notFound } from '../graphql/error-codes';
import { idempotencyClaim, IdempotencyService } from '../idempotency/idempotency.service';
import { IncidentsService } from '../incidents/incidents.service';
import { LiveEventsService } from '../live/live-events.service';
import { ServicesService } from '../services/services.service';
import { ContinuationPlanActivationEntity } from './continuation-plan-activation.entity';
import { ContinuationPlanEntity } from './continuation-plan.entity';
import {
  assignPlan,
  runningKey,
  toActivationModel,
  toCapacityActivation,
  toDomainPlan,
  toPlanInput,
  toPlanModel,
} from './continuation-plan.mapper';
import { ContinuityPlansRepository } from './continuity-plans.repository';
import {
  type ActivateContinuationPlanInput,
  type CreateContinuationPlanInput,
  type DeleteContinuationPlanInput,
  type EndContinuationPlanInput,
  type UpdateContinuationPlanInput,
} from './dto/continuation-plan.input';
import {
  type ContinuationPlanActivationModel,
  type ContinuationPlanModel,
} from './models/continuation-plan.model';

/**
 * Continuation plans per service and their activations during incidents. Other features read
 * through {@link ContinuityPlansService.runningOf} (the incident and the overview) and
 * {@link ContinuityPlansService.capacityOf} (the backlog forecast).
 */
@Injectable()
export class ContinuityPlansService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ContinuityPlansRepository,
    private readonly incidents: IncidentsService,
    private readonly services: ServicesService,
    private readonly idempotency: IdempotencyService,
    private readonly audit: AuditService,
    private readonly live: LiveEventsService,
    private readonly clock: Clock,
  ) {}

  async plans(serviceKey: string | null): Promise<ContinuationPlanModel[]> {
    return (await this.repository.plans(serviceKey)).map(toPlanModel);
  }

  private byIncident(scope: LoadScope): DataLoader<string, ContinuationPlanActivationEntity[]> {
    return perRequest(
      scope,
      'continuityPlans.byIncident',
      () =>
        new DataLoader<string, ContinuationPlanActivationEntity[]>(async (ids) => {
          const rows = await this.repository.activationsOfIncidents(ids);
          return ids.map((id) => rows.filter((row) => row.incidentId === id));
        }),
    );
  }

  private addingLoader(scope: LoadScope): DataLoader<string, PlanCapacityActivation[]> {
    return perRequest(
      scope,
      'continuityPlans.addingTo',
      () =>
        new DataLoader<string, PlanCapacityActivation[]>(async (keys) => {
          const rows = await this.repository.addingTo(keys);
          return keys.map((key) =>
            rows.filter((row) => row.addsBacklogKey === key).map(toCapacityActivation),
          );
        }),
    );
  }

  /** The plans running for an incident now, oldest first. */
  async runningOf(
    scope: LoadScope,
    incidentId: string,
  ): Promise<ContinuationPlanActivationModel[]> {
    const rows = await this.byIncident(scope).load(incidentId);
    return rows.filter((row) => row.endedAt === null).map(toActivationModel);
  }

  /** The plans that ran for an incident at `asOf` (the overview may look at a past moment). */
  async runningAt(
    scope: LoadScope,
    incidentId: string,
    asOf: Date,
  ): Promise<ContinuationPlanActivationModel[]> {
    const rows = await this.byIncident(scope).load(incidentId);
    return rows.filter((row) => isActivationActiveAt(row, asOf)).map(toActivationModel);
  }

  /**
   * A backlog's capacity at `asOf` with the people of the plans running then added — the
   * domain's `capacityWithActivePlans`; `whatIfStaff` stands for the backlog's own people.
   */
  async capacityOf(
    scope: LoadScope,
    backlog: { key: string; capacity: BacklogCapacity },
    asOf: Date,
    whatIfStaff: number | null,
  ): Promise<CapacityWithPlans> {
    const activations = await this.addingLoader(scope).load(backlog.key);
    return capacityWithActivePlans(backlog.capacity, activations, {
      backlogKey: backlog.key,
      asOf,
      whatIfStaff,
    });
  }

  private async assertServiceKnown(serviceKey: string, manager: EntityManager): Promise<void> {
    if (!(await this.services.exists(serviceKey, manager))) {
      throw new DomainError('BAD_USER_INPUT', `Unknown service: ${serviceKey}`, [
        { field: 'serviceKey', message: `unknown service: ${serviceKey}` },
      ]);
    }
  }

  async create(input: CreateContinuationPlanInput, actor: Actor): Promise<ContinuationPlanModel> {
    const plan = toContinuationPlan(toPlanInput(input));
    const now = this.clock.now();
    const entity = Object.assign(new ContinuationPlanEntity(), {
      id: newId(),
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    assignPlan(entity, plan);
    await inTransaction(this.dataSource, async (manager, afterCommit) => {
      await this.assertServiceKnown(plan.serviceKey, manager);
      await this.repository.insertPlan(manager, entity);
      await this.audit.record(manager, {
        actor,
        action: 'createContinuationPlan',
        entityType: 'ContinuationPlan',
        entityId: entity.id,
        after: { ...plan, version: 1 },
      });
      afterCommit(() => this.live.overviewChanged('continuationPlan'));
    });
    return toPlanModel(entity);
  }

  async update(input: UpdateContinuationPlanInput, actor: Actor): Promise<ContinuationPlanModel> {
    const plan = toContinuationPlan(toPlanInput(input));
    const saved = await versionedUpdate<ContinuationPlanEntity, { next: ContinuationPlanEntity }>(
      { dataSource: this.dataSource, audit: this.audit, clock: this.clock },
      {
        describe: (row) => `Continuation plan "${row.title}"`,
        load: (manager) => this.repository.plan(input.id, manager),
        missing: () => notFound('ContinuationPlan', input.id),
        expectedVersion: input.version,
        decide: async (current, _now, manager) => {
          if (plan.serviceKey !== current.serviceKey) {
            await this.assertServiceKnown(plan.serviceKey, manager);
          }
          const next = Object.assign(new ContinuationPlanEntity(), current);
          assignPlan(next, plan);
          return { next };
        },
        save: (manager, next, expected) =>
          this.repository.updatePlanIfVersion(manager, next, expected),
        audit: (current, { next }) => ({
          actor,
          action: 'updateContinuationPlan',
          entityType: 'ContinuationPlan',
          entityId: current.id,
          before: { ...toDomainPlan(current), version: current.version },
          after: { ...plan, version: next.version },
        }),
        announce: () => this.live.overviewChanged('continuationPlan'),
      },
    );
    return toPlanModel(saved);
  }

  /**
   * Deletes a plan read at `version`. Its activations stay as they were (the timeline and past
   * forecasts keep what happened); running ones can still be ended.
   */
  async delete(input: DeleteContinuationPlanInput, actor: Actor): Promise<string> {
    await versionedUpdate<ContinuationPlanEntity, { next: ContinuationPlanEntity }>(
      { dataSource: this.dataSource, audit: this.audit, clock: this.clock },
      {
        describe: (row) => `Continuation plan "${row.title}"`,
        load: (manager) => this.repository.plan(input.id, manager),
        missing: () => notFound('ContinuationPlan', input.id),
        expectedVersion: input.version,
        decide: (current) => ({ next: Object.assign(new ContinuationPlanEntity(), current) }),
        save: (manager, _next, expected) =>
          this.repository.deletePlanIfVersion(manager, input.id, expected),
        audit: (current) => ({
          actor,
          action: 'deleteContinuationPlan',
          entityType: 'ContinuationPlan',
          entityId: current.id,
          before: { ...toDomainPlan(current), version: current.version },
        }),
        announce: () => this.live.overviewChanged('continuationPlan'),
      },
    );
    return input.id;
  }

  /**
   * Activates a plan for a running incident: the activation, an INTERNAL timeline entry and the
   * idempotency key in one transaction; the kept pictures and forecasts hear of it after commit.
   */
  activate(
    input: ActivateContinuationPlanInput,
    actor: Actor,
  ): Promise<ContinuationPlanActivationModel> {
    const claim = idempotencyClaim(
      input.incidentId,
      'activateContinuationPlan',
      input.idempotencyKey,
      [input.planId],
    );
    const attempt = () =>
      inTransaction(this.dataSource, async (manager, afterCommit) => {
        const previous = await this.idempotency.previousResult<{ activationId: string }>(
          manager,
          claim,
        );
        if (previous) {
          const earlier = await this.repository.activation(previous.activationId, manager);
          /* istanbul ignore next -- kept with the key in the same transaction */
          if (!earlier) throw notFound('ContinuationPlanActivation', previous.activationId);
          return earlier;
        }
        const plan = await this.repository.plan(input.planId, manager);
        if (!plan) throw notFound('ContinuationPlan', input.planId);
        const incident = await this.incidents.findDomainIncident(input.incidentId, manager);
        if (!incident) throw notFound('Incident', input.incidentId);
        const earlier = await this.repository.activationsOf(manager, plan.id, incident.id);
        assertCanActivate(incident.status, earlier);

        const now = this.clock.now();
        const activation = Object.assign(new ContinuationPlanActivationEntity(), {
          id: newId(),
          planId: plan.id,
          incidentId: incident.id,
          serviceKey: plan.serviceKey,
          title: plan.title,
          addsBacklogKey: plan.addsBacklogKey,
          addsStaff: plan.addsStaff,
          runningKey: runningKey(plan.id, incident.id),
          activatedAt: now,
          activatedBy: actorLabel(actor),
          endedAt: null,
          endedBy: null,
        });
        await this.idempotency.remember(manager, claim, { activationId: activation.id });
        await this.repository.insertActivation(manager, activation);
        await this.incidents.postUpdateWithin(
          manager,
          afterCommit,
          {
            incidentId: incident.id,
            body: `Continuation plan activated: ${plan.title}${describeCapacity(plan)}`,
            visibility: 'INTERNAL',
          },
          actor,
        );
        await this.audit.record(manager, {
          actor,
          action: 'activateContinuationPlan',
          entityType: 'ContinuationPlanActivation',
          entityId: activation.id,
          after: toActivationModel(activation),
        });
        afterCommit(() => this.live.incidentChanged(incident.id, 'continuationPlan'));
        return activation;
      });
    return this.retrying(attempt).then(toActivationModel);
  }

  /** A retry of the same key replays; a second running activation is refused like the domain does. */
  private async retrying<T>(attempt: () => Promise<T>): Promise<T> {
    try {
      return await attempt();
    } catch (error) {
      if (!isUniqueViolation(error)) throw error;
      // Another call won the race: its key replays, or its running activation refuses this one.
      return attempt();
    }
  }

  /** Ends a running activation and says so on the incident's timeline. */
  async end(
    input: EndContinuationPlanInput,
    actor: Actor,
  ): Promise<ContinuationPlanActivationModel> {
    const ended = await inTransaction(this.dataSource, async (manager, afterCommit) => {
      const current = await this.repository.activation(input.activationId, manager);
      if (!current) throw notFound('ContinuationPlanActivation', input.activationId);
      const next = endActivation(current, this.clock.now());
      const by = actorLabel(actor);
      if (!(await this.repository.endActivation(manager, current.id, next.endedAt as Date, by))) {
        endActivation({ ...current, endedAt: next.endedAt }, this.clock.now());
      }
      await this.incidents.postUpdateWithin(
        manager,
        afterCommit,
        {
          incidentId: current.incidentId,
          body: `Continuation plan ended: ${current.title}`,
          visibility: 'INTERNAL',
        },
        actor,
      );
      const saved = Object.assign(new ContinuationPlanActivationEntity(), next, {
        endedBy: by,
        runningKey: null,
      });
      await this.audit.record(manager, {
        actor,
        action: 'endContinuationPlan',
        entityType: 'ContinuationPlanActivation',
        entityId: current.id,
        before: toActivationModel(current),
        after: toActivationModel(saved),
      });
      afterCommit(() => this.live.incidentChanged(current.incidentId, 'continuationPlan'));
      return saved;
    });
    return toActivationModel(ended);
  }
}

function describeCapacity(plan: ContinuationPlanEntity): string {
  return plan.addsBacklogKey === null || plan.addsStaff === null
    ? ''
    : ` (+${plan.addsStaff} staff on ${plan.addsBacklogKey})`;
}
