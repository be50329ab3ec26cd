import { Injectable } from '@nestjs/common';
import { createRecoveryTask, type RecoveryTask, reviseRecoveryTask } from '@lagebild/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { type Actor } from '../auth/actor';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { inTransaction } from '../common/transaction';
import { versionedUpdate } from '../common/versioned-update';
import { newLoadScope } from '../graphql/context';
import { notFound } from '../graphql/error-codes';
import { IncidentsService } from '../incidents/incidents.service';
import { LiveEventsService } from '../live/live-events.service';
import { ServicesService } from '../services/services.service';
import { type AddRecoveryTaskInput } from './dto/add-recovery-task.input';
import { type UpdateRecoveryTaskInput } from './dto/update-recovery-task.input';
import { RecoveryTaskEntity } from './recovery-task.entity';
import { applyTaskFields, auditSnapshot, toDomainTask } from './recovery-task.mapper';
import { RecoveryLoader, type RankedTaskRow } from './recovery.loader';
import { RecoveryRepository } from './recovery.repository';

/** What the domain decided about a recovery task; the audit shows it the domain's way. */
interface RecoveryTaskDecision {
  next: RecoveryTaskEntity;
  before: RecoveryTask;
  after: RecoveryTask;
}

/** Orchestrates recovery tasks: load, let the domain decide, save, audit, announce. */
@Injectable()
export class RecoveryService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: RecoveryRepository,
    private readonly loader: RecoveryLoader,
    private readonly incidents: IncidentsService,
    private readonly services: ServicesService,
    private readonly audit: AuditService,
    private readonly live: LiveEventsService,
    private readonly clock: Clock,
  ) {}

  private get writes() {
    return { dataSource: this.dataSource, audit: this.audit, clock: this.clock };
  }

  add(input: AddRecoveryTaskInput, actor: Actor): Promise<RecoveryTaskEntity> {
    return inTransaction(this.dataSource, async (manager, afterCommit) => {
      const incident = await this.incidents.findDomainIncident(input.incidentId, manager);
      if (!incident) throw notFound('Incident', input.incidentId);
      const existing = await this.repository.tasksOf([incident.id], manager);
      const task = createRecoveryTask(
        {
          title: input.title,
          serviceKey: input.serviceKey ?? null,
          owner: input.owner ?? null,
          estimateMinutes: input.estimateMinutes ?? null,
          dependsOn: input.dependsOn ?? [],
          override: input.override ?? null,
          tellsCustomers: input.tellsCustomers ?? false,
        },
        { id: newId() },
        { tasks: existing.map(toDomainTask), serviceKeys: await this.serviceKeys(manager) },
      );
      const now = this.clock.now();
      const entity = Object.assign(new RecoveryTaskEntity(), {
        id: task.id,
        incidentId: incident.id,
        position: Math.max(-1, ...existing.map((row) => row.position)) + 1,
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      applyTaskFields(entity, task);
      await this.repository.insert(manager, entity);
      await this.audit.record(manager, {
        actor,
        action: 'addRecoveryTask',
        entityType: 'RecoveryTask',
        entityId: task.id,
        after: { ...auditSnapshot(task, entity.version), incidentId: incident.id },
      });
      afterCommit(() => this.live.incidentChanged(incident.id, 'addRecoveryTask'));
      return entity;
    });
  }

  update(input: UpdateRecoveryTaskInput, actor: Actor): Promise<RecoveryTaskEntity> {
    return versionedUpdate<RecoveryTaskEntity, RecoveryTaskDecision>(this.writes, {
      describe: (task) => `Recovery task "${task.title}"`,
      load: (manager) => this.repository.findById(input.id, manager),
      missing: () => notFound('Recovery task', input.id),
      expectedVersion: input.version,
      decide: async (current, now, manager) => {
        const siblings = await this.repository.tasksOf([current.incidentId], manager);
        const before = toDomainTask(current);
        // GraphQL null means "clear" only where clearing makes sense; elsewhere it means "keep".
        const after: RecoveryTask = reviseRecoveryTask(
          before,
          {
            title: input.title ?? undefined,
            status: input.status ?? undefined,
            dependsOn: input.dependsOn ?? undefined,
            serviceKey: input.serviceKey,
            owner: input.owner,
            estimateMinutes: input.estimateMinutes,
            override: input.override,
            tellsCustomers: input.tellsCustomers ?? undefined,
          },
          { tasks: siblings.map(toDomainTask), serviceKeys: await this.serviceKeys(manager) },
          now,
        );
        const next = Object.assign(new RecoveryTaskEntity(), current);
        applyTaskFields(next, after);
        return { next, before, after };
      },
      save: (manager, next, expectedVersion) =>
        this.repository.updateIfVersion(manager, next, expectedVersion),
      audit: (current, { next, before, after }) => ({
        actor,
        action: 'updateRecoveryTask',
        entityType: 'RecoveryTask',
        entityId: current.id,
        before: auditSnapshot(before, current.version),
        after: auditSnapshot(after, next.version),
      }),
      announce: ({ next }) => this.live.incidentChanged(next.incidentId, 'updateRecoveryTask'),
    });
  }

  /**
   * The incident's tasks ranked now, read fresh after a mutation (a new load scope, outside any
   * request's caches), by the same ranking the incident page uses.
   */
  ranked(incidentId: string): Promise<RankedTaskRow[]> {
    return this.loader.ranked(newLoadScope(), incidentId);
  }

  private async serviceKeys(manager: EntityManager): Promise<string[]> {
    return this.services.keys(manager);
  }
}
