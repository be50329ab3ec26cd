import { Injectable } from '@nestjs/common';
import {
  assertNoDependencyCycle,
  DomainError,
  type ServiceInput,
  type ServiceStatus,
  validateServiceInput,
} from '@lagebild/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { type Actor } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { inTransaction } from '../common/transaction';
import { applyVersionedChange, type Decision, versionedUpdate } from '../common/versioned-update';
import { notFound } from '../graphql/error-codes';
import { LiveEventsService } from '../live/live-events.service';
import { type CreateServiceInput } from './dto/create-service.input';
import { type UpdateServiceInput } from './dto/update-service.input';
import { ServiceEntity } from './service.entity';
import { auditSnapshot, outageCostColumns, toDomainService } from './service.mapper';
import { ServicesRepository } from './services.repository';

/** Orchestrates the services catalogue: load, let the domain decide, save, audit, announce. */
@Injectable()
export class ServicesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: ServicesRepository,
    private readonly audit: AuditService,
    private readonly live: LiveEventsService,
    private readonly clock: Clock,
  ) {}

  private get writes() {
    return { dataSource: this.dataSource, audit: this.audit, clock: this.clock };
  }

  list(): Promise<ServiceEntity[]> {
    return this.repository.findAll();
  }

  /** Every service's key and name, read in the caller's transaction when given one. */
  async catalogue(manager?: EntityManager): Promise<{ key: string; name: string }[]> {
    return (await this.repository.findAll(manager)).map(({ key, name }) => ({ key, name }));
  }

  /** Every service key of the catalogue, read in the caller's transaction when given one. */
  async keys(manager?: EntityManager): Promise<string[]> {
    return (await this.repository.findAll(manager)).map((service) => service.key);
  }

  /** Whether a service with this key exists (in the caller's transaction when given one). */
  async exists(key: string, manager?: EntityManager): Promise<boolean> {
    return (await this.repository.findByKey(key, manager)) !== null;
  }

  async get(key: string): Promise<ServiceEntity> {
    const entity = await this.repository.findByKey(key);
    if (!entity) throw notFound('Service', key);
    return entity;
  }

  create(input: CreateServiceInput, actor: Actor): Promise<ServiceEntity> {
    return inTransaction(this.dataSource, async (manager, afterCommit) => {
      const catalogue = await this.repository.findAll(manager);
      if (catalogue.some((service) => service.key === input.key)) {
        throw new DomainError('CONFLICT', `A service with key ${input.key} already exists`, [
          { field: 'key', code: 'TAKEN', message: 'is already taken' },
        ]);
      }
      const candidate: ServiceInput = {
        ...input,
        dependsOn: input.dependsOn ?? [],
        outageCostPerHour: input.outageCostPerHour ?? null,
      };
      this.assertValid(candidate, catalogue);

      const now = this.clock.now();
      const entity = Object.assign(new ServiceEntity(), {
        key: input.key,
        name: input.name.trim(),
        description: input.description ?? '',
        tier: input.tier,
        rtoMinutes: input.rtoMinutes,
        rpoMinutes: input.rpoMinutes,
        dependsOn: [...(input.dependsOn ?? [])],
        mtpdMinutes: input.mtpdMinutes ?? null,
        ...outageCostColumns(input.outageCostPerHour ?? null),
        supplier: input.supplier ?? false,
        status: 'OPERATIONAL',
        version: 1,
        createdAt: now,
        updatedAt: now,
      });
      await this.repository.insert(manager, entity);
      await this.audit.record(manager, {
        actor,
        action: 'createService',
        entityType: 'Service',
        entityId: entity.key,
        after: auditSnapshot(entity),
      });
      afterCommit(() => this.live.overviewChanged('service'));
      return entity;
    });
  }

  update(input: UpdateServiceInput, actor: Actor): Promise<ServiceEntity> {
    const { version, ...changes } = input;
    return versionedUpdate(this.writes, {
      describe: (service) => `Service ${service.key}`,
      load: (manager) => this.repository.findByKey(input.key, manager),
      missing: () => notFound('Service', input.key),
      expectedVersion: version,
      decide: async (current, _now, manager) => {
        const { outageCostPerHour, ...plain } = changes;
        const next = Object.assign(new ServiceEntity(), current, stripUndefined(plain));
        if (changes.name !== undefined) next.name = changes.name.trim();
        // null clears the estimate; left out keeps it.
        if (outageCostPerHour !== undefined) {
          Object.assign(next, outageCostColumns(outageCostPerHour));
        }
        this.assertValid(toDomainService(next), await this.repository.findAll(manager));
        return { next };
      },
      save: (manager, next, expectedVersion) =>
        this.repository.updateIfVersion(manager, next, expectedVersion),
      audit: (current, { next }) => ({
        actor,
        action: 'updateService',
        entityType: 'Service',
        entityId: next.key,
        before: auditSnapshot(current),
        after: auditSnapshot(next),
      }),
      announce: () => this.live.overviewChanged('service'),
    });
  }

  /**
   * Sets a service's status to what its open incident impacts say, inside the caller's
   * transaction (the incidents feature decides the status; only this feature writes it).
   * No change, no write. Audited; the caller announces its own change.
   */
  async applyImpactStatus(
    manager: EntityManager,
    serviceKey: string,
    status: ServiceStatus,
    actor: Actor,
  ): Promise<{ from: ServiceStatus; to: ServiceStatus; version: number } | null> {
    let from: ServiceStatus | null = null;
    const saved = await applyVersionedChange<ServiceEntity, Decision<ServiceEntity>>(
      { manager, audit: this.audit, clock: this.clock },
      {
        describe: (service) => `Service ${service.key}`,
        load: (tx) => this.repository.findByKey(serviceKey, tx),
        missing: () => notFound('Service', serviceKey),
        decide: (current) => {
          if (current.status === status) return null;
          from = current.status as ServiceStatus;
          return { next: Object.assign(new ServiceEntity(), current, { status }) };
        },
        save: (tx, next, expectedVersion) =>
          this.repository.updateIfVersion(tx, next, expectedVersion),
        audit: (current, { next }) => ({
          actor,
          action: 'setServiceStatus',
          entityType: 'Service',
          entityId: current.key,
          before: { status: current.status, version: current.version },
          after: { status: next.status, version: next.version },
        }),
      },
    );
    // Tells the caller what moved, so it can tell the outside world in the same transaction.
    return from === null ? null : { from, to: status, version: saved.version };
  }

  /** Field rules and the whole graph as it would be after the change. */
  private assertValid(candidate: ServiceInput, catalogue: readonly ServiceEntity[]): void {
    const others = catalogue.filter((service) => service.key !== candidate.key);
    DomainError.assertNoIssues(
      validateServiceInput(
        candidate,
        others.map((service) => service.key),
      ),
      'Invalid service',
    );
    assertNoDependencyCycle([
      ...others,
      { key: candidate.key, dependsOn: [...(candidate.dependsOn ?? [])] },
    ]);
  }
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(value).filter(([, field]) => field !== undefined),
  ) as Partial<T>;
}
