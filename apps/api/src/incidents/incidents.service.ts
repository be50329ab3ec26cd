import { Injectable } from '@nestjs/common';
import {
  declareIncident,
  DomainError,
  entriesForSubscribers,
  incidentEventData,
  incidentEventType,
  servicesConcerned,
  type FieldIssue,
  type Incident,
  type IncidentStatus,
  parseIncidentRef,
  postTimelineUpdate,
  publicIncidentTitleText,
  publicTitleOfIncident,
  reviseIncident,
  serviceStatusFromImpacts,
  setServiceImpact,
  type UpdateVisibility,
} from '@lagebild/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { type Actor, actorLabel } from '../auth/actor';
import { Clock } from '../common/clock';
import { newId } from '../common/ids';
import { inTransaction } from '../common/transaction';
import { applyVersionedChange } from '../common/versioned-update';
import { DeliveryService } from '../delivery/delivery.service';
import { notFound } from '../graphql/error-codes';
import {
  type IdempotencyClaim,
  idempotencyClaim,
  IdempotencyService,
} from '../idempotency/idempotency.service';
import { LiveEventsService } from '../live/live-events.service';
import { ServicesService } from '../services/services.service';
import { SettingsService } from '../settings/settings.service';
import { type DeclareIncidentInput } from './dto/declare-incident.input';
import { type IncidentsArgs } from './dto/incidents.args';
import { type PostIncidentUpdateInput } from './dto/post-incident-update.input';
import { type ResolveIncidentInput } from './dto/resolve-incident.input';
import { type SetServiceImpactInput } from './dto/set-service-impact.input';
import { type UpdateIncidentInput } from './dto/update-incident.input';
import { IncidentImpactEntity } from './incident-impact.entity';
import { IncidentUpdateEntity } from './incident-update.entity';
import { IncidentEntity } from './incident.entity';
import {
  applyIncidentFields,
  auditSnapshot,
  toDomainImpact,
  toDomainIncident,
} from './incident.mapper';
import { decodeCursor } from './incident-cursor';
import { IncidentsRepository } from './incidents.repository';

/** A change to one incident, decided by the domain. */
interface IncidentChange {
  incidentId: string;
  /** When given, the change is refused with CONFLICT unless the incident is at this version. */
  expectedVersion?: number;
  action: string;
  actor: Actor;
  apply: (incident: Incident, now: Date) => Incident;
}

/** What the domain decided about an incident, and what saving it needs besides the row. */
interface IncidentDecision {
  next: IncidentEntity;
  before: Incident;
  after: Incident;
  impactRows: IncidentImpactEntity[];
  newUpdates: Incident['updates'];
  /** Timeline position of the first new entry. */
  updatePosition: number;
}

/** A timeline entry another feature writes within its own transaction (e.g. a publication). */
export interface TimelineEntryRequest {
  incidentId: string;
  body: string;
  visibility: UpdateVisibility;
  author?: string;
  displayAt?: Date;
  nextUpdateAt?: Date | null;
  statusChange?: IncidentStatus | null;
}

export interface IncidentPage {
  rows: IncidentEntity[];
  total: number;
  hasNextPage: boolean;
}

const DEFAULT_PAGE_SIZE = 20;

/** Orchestrates incidents: load, let the domain decide, save, audit, announce after commit. */
@Injectable()
export class IncidentsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: IncidentsRepository,
    private readonly servicesService: ServicesService,
    private readonly audit: AuditService,
    private readonly live: LiveEventsService,
    private readonly idempotency: IdempotencyService,
    private readonly delivery: DeliveryService,
    private readonly settings: SettingsService,
    private readonly clock: Clock,
  ) {}

  async get(id: string): Promise<IncidentEntity> {
    const entity = await this.repository.findById(id);
    if (!entity) throw notFound('Incident', id);
    return entity;
  }

  async getByRef(ref: string): Promise<IncidentEntity> {
    const sequence = parseIncidentRef(ref);
    const entity =
      sequence === null ? null : await this.repository.findByRef(ref.trim().toUpperCase());
    if (!entity) throw notFound('Incident', ref);
    return entity;
  }

  /**
   * The domain incident with its impacts and timeline, for calculations elsewhere (metrics,
   * communication, business recovery); `null` when it does not exist. Pass the transaction's
   * manager to read inside it.
   */
  async findDomainIncident(id: string, manager?: EntityManager): Promise<Incident | null> {
    const entity = await this.repository.findById(id, manager);
    if (!entity) return null;
    const [impacts, updates] = await Promise.all([
      this.repository.impactsOf([id], manager),
      this.repository.updatesOf([id], manager),
    ]);
    return toDomainIncident(entity, impacts, updates);
  }

  async list(args: IncidentsArgs): Promise<IncidentPage> {
    const limit = args.first ?? DEFAULT_PAGE_SIZE;
    const filter = args.filter ?? {};
    const { rows, total } = await this.repository.page({
      statuses: filter.status,
      severities: filter.severity,
      activeOnly: filter.activeOnly,
      serviceKey: filter.serviceKey,
      startedAfter: filter.startedAfter,
      startedBefore: filter.startedBefore,
      after: args.after == null ? undefined : decodeCursor(args.after),
      limit: limit + 1,
    });
    return { rows: rows.slice(0, limit), total, hasNextPage: rows.length > limit };
  }

  /**
   * Declares an incident. With an idempotency key a retry returns the incident the first call
   * declared (as it is now) and declares nothing; the same key with another payload is refused.
   */
  declare(input: DeclareIncidentInput, actor: Actor): Promise<IncidentEntity> {
    const claim =
      input.idempotencyKey === undefined
        ? null
        : idempotencyClaim('incidents', 'declareIncident', input.idempotencyKey, [
            input.title,
            input.publicTitle ?? null,
            input.summary ?? null,
            input.severity,
            input.startedAt?.toISOString() ?? null,
            input.detectedAt?.toISOString() ?? null,
            input.commander ?? null,
            (input.impacts ?? []).map((impact) => [impact.serviceKey, impact.status]),
          ]);
    return this.idempotency.retryingDuplicateKey(() =>
      inTransaction(this.dataSource, (manager, afterCommit) =>
        this.declareWithin(manager, afterCommit, input, claim, actor),
      ),
    );
  }

  private async declareWithin(
    manager: EntityManager,
    afterCommit: (callback: () => void) => void,
    input: DeclareIncidentInput,
    claim: IdempotencyClaim | null,
    actor: Actor,
  ): Promise<IncidentEntity> {
    if (claim) {
      const previous = await this.idempotency.previousResult<{ incidentId: string }>(
        manager,
        claim,
      );
      if (previous) return this.getWithin(manager, previous.incidentId);
    }
    const now = this.clock.now();
    const impacts = input.impacts ?? [];
    const known = await this.knownServiceKeys(
      manager,
      impacts.map((impact) => impact.serviceKey),
    );
    DomainError.assertNoIssues(
      impacts.flatMap((impact, index): FieldIssue[] =>
        known.has(impact.serviceKey)
          ? []
          : [
              {
                field: `impacts.${index}.serviceKey`,
                message: `unknown service: ${impact.serviceKey}`,
              },
            ],
      ),
      'Invalid incident',
    );
    const id = newId();
    // The key first: concurrent retries of this call wait here for the first, then replay it.
    if (claim) await this.idempotency.remember(manager, claim, { incidentId: id });
    // Taken as late as possible: concurrent declarations wait for each other from here on.
    const sequence = await this.repository.nextSequence(manager);
    let incident = declareIncident(
      {
        title: input.title,
        publicTitle: input.publicTitle,
        summary: input.summary,
        severity: input.severity,
        startedAt: input.startedAt,
        detectedAt: input.detectedAt,
        commander: input.commander,
      },
      { id, sequence },
      now,
    );
    for (const impact of impacts) {
      incident = setServiceImpact(
        incident,
        { serviceKey: impact.serviceKey, status: impact.status, at: incident.startedAt },
        now,
      );
    }

    const entity = Object.assign(new IncidentEntity(), {
      id: incident.id,
      sequence,
      ref: incident.ref,
      version: 1,
      createdAt: now,
      updatedAt: now,
    });
    applyIncidentFields(entity, incident);
    await this.repository.insert(manager, entity);
    const touched = await this.saveImpacts(manager, incident, []);
    await this.syncServiceStatuses(manager, afterCommit, touched, actor);
    await this.tellOutside(manager, afterCommit, null, incident, incident.updates, entity.version);
    await this.audit.record(manager, {
      actor,
      action: 'declareIncident',
      entityType: 'Incident',
      entityId: incident.id,
      after: auditSnapshot(incident, entity.version),
    });
    afterCommit(() => this.live.incidentChanged(incident.id, 'declareIncident'));
    return entity;
  }

  private async getWithin(manager: EntityManager, id: string): Promise<IncidentEntity> {
    const entity = await this.repository.findById(id, manager);
    if (!entity) throw notFound('Incident', id);
    return entity;
  }

  update(input: UpdateIncidentInput, actor: Actor): Promise<IncidentEntity> {
    const { id, version, ...changes } = input;
    return this.change({
      incidentId: id,
      expectedVersion: version,
      action: 'updateIncident',
      actor,
      apply: (incident, now) => reviseIncident(incident, changes, now),
    });
  }

  /**
   * Adds a timeline entry. With an idempotency key a retry adds nothing and returns the
   * incident as it is now; the same key with another payload is refused.
   */
  postUpdate(input: PostIncidentUpdateInput, actor: Actor): Promise<IncidentEntity> {
    const change: IncidentChange = {
      incidentId: input.incidentId,
      expectedVersion: input.version,
      action: 'postIncidentUpdate',
      actor,
      apply: (incident, now) => this.appendUpdate(incident, input, actor, now),
    };
    if (input.idempotencyKey === undefined) return this.change(change);
    const claim = idempotencyClaim(input.incidentId, 'postIncidentUpdate', input.idempotencyKey, [
      input.version ?? null,
      input.body,
      input.author ?? null,
      input.visibility,
      input.statusChange ?? null,
      input.displayAt?.toISOString() ?? null,
      input.nextUpdateAt?.toISOString() ?? null,
    ]);
    return this.idempotency.retryingDuplicateKey(() =>
      inTransaction(this.dataSource, async (manager, afterCommit) => {
        const previous = await this.idempotency.previousResult<{ incidentId: string }>(
          manager,
          claim,
        );
        if (previous) return this.getWithin(manager, previous.incidentId);
        // The key first: concurrent retries of this call wait here for the first, then replay.
        await this.idempotency.remember(manager, claim, { incidentId: input.incidentId });
        return this.applyChange(manager, afterCommit, change);
      }),
    );
  }

  async setImpact(input: SetServiceImpactInput, actor: Actor): Promise<IncidentEntity> {
    return this.change({
      incidentId: input.incidentId,
      expectedVersion: input.version,
      action: 'setServiceImpact',
      actor,
      apply: (incident, now) =>
        setServiceImpact(
          incident,
          { serviceKey: input.serviceKey, status: input.status, at: input.at ?? now },
          now,
        ),
      validate: async (manager) => {
        const known = await this.knownServiceKeys(manager, [input.serviceKey]);
        if (!known.has(input.serviceKey)) {
          throw new DomainError('BAD_USER_INPUT', `Unknown service: ${input.serviceKey}`, [
            { field: 'serviceKey', message: `unknown service: ${input.serviceKey}` },
          ]);
        }
      },
    });
  }

  resolve(input: ResolveIncidentInput, actor: Actor): Promise<IncidentEntity> {
    return this.change({
      incidentId: input.id,
      expectedVersion: input.version,
      action: 'resolveIncident',
      actor,
      apply: (incident, now) =>
        this.appendUpdate(
          incident,
          {
            body: input.body ?? 'Resolved: the affected services work again.',
            visibility: input.visibility ?? 'INTERNAL',
            statusChange: 'RESOLVED',
            displayAt: input.at,
          },
          actor,
          now,
        ),
    });
  }

  /**
   * Writes a timeline entry inside the caller's transaction (for example when a published
   * status-page message becomes a public entry). Audited and announced like any change.
   */
  postUpdateWithin(
    manager: EntityManager,
    afterCommit: (callback: () => void) => void,
    request: TimelineEntryRequest,
    actor: Actor,
  ): Promise<IncidentEntity> {
    return this.applyChange(manager, afterCommit, {
      incidentId: request.incidentId,
      action: 'postIncidentUpdate',
      actor,
      apply: (incident, now) => this.appendUpdate(incident, request, actor, now),
    });
  }

  private appendUpdate(
    incident: Incident,
    request: Omit<TimelineEntryRequest, 'incidentId'>,
    actor: Actor,
    now: Date,
  ): Incident {
    return postTimelineUpdate(
      incident,
      {
        body: request.body,
        author: request.author ?? actorLabel(actor),
        visibility: request.visibility,
        statusChange: request.statusChange ?? null,
        displayAt: request.displayAt,
        nextUpdateAt: request.nextUpdateAt ?? null,
      },
      { id: newId() },
      now,
    );
  }

  private change(
    change: IncidentChange & { validate?: (manager: EntityManager) => Promise<void> },
  ): Promise<IncidentEntity> {
    return inTransaction(this.dataSource, async (manager, afterCommit) => {
      await change.validate?.(manager);
      return this.applyChange(manager, afterCommit, change);
    });
  }

  /** The incident with its impacts and timeline as the domain sees it, then the rows it saves. */
  private applyChange(
    manager: EntityManager,
    afterCommit: (callback: () => void) => void,
    change: IncidentChange,
  ): Promise<IncidentEntity> {
    return applyVersionedChange<IncidentEntity, IncidentDecision>(
      { manager, afterCommit, audit: this.audit, clock: this.clock },
      {
        describe: (incident) => `Incident ${incident.ref}`,
        load: (tx) => this.repository.findById(change.incidentId, tx),
        missing: () => notFound('Incident', change.incidentId),
        expectedVersion: change.expectedVersion,
        decide: async (current, now, tx) => {
          const [impactRows, updateRows] = await Promise.all([
            this.repository.impactsOf([current.id], tx),
            this.repository.updatesOf([current.id], tx),
          ]);
          const before = toDomainIncident(current, impactRows, updateRows);
          const after = change.apply(before, now);
          const next = Object.assign(new IncidentEntity(), current);
          applyIncidentFields(next, after);
          return {
            next,
            before,
            after,
            impactRows,
            newUpdates: after.updates.slice(updateRows.length),
            updatePosition: updateRows.length,
          };
        },
        save: (tx, next, expectedVersion) =>
          this.repository.updateIfVersion(tx, next, expectedVersion),
        alsoWrite: async (tx, decision, current) => {
          const touched = await this.saveImpacts(tx, decision.after, decision.impactRows);
          await this.repository.insertUpdates(
            tx,
            decision.newUpdates.map((update, index) =>
              Object.assign(new IncidentUpdateEntity(), {
                ...update,
                incidentId: current.id,
                position: decision.updatePosition + index,
              }),
            ),
          );
          await this.syncServiceStatuses(tx, afterCommit, touched, change.actor);
          await this.tellOutside(
            tx,
            afterCommit,
            decision.before,
            decision.after,
            decision.newUpdates,
            decision.next.version,
          );
        },
        audit: (current, { next, before, after, newUpdates }) => ({
          actor: change.actor,
          action: change.action,
          entityType: 'Incident',
          entityId: current.id,
          before: auditSnapshot(before, current.version),
          after: {
            ...auditSnapshot(after, next.version),
            ...(newUpdates.length ? { newUpdates } : {}),
          },
        }),
        announce: ({ next }) => this.live.incidentChanged(next.id, change.action),
      },
    );
  }

  /**
   * The domain only appends impacts or changes them in place, so position i of the list is
   * row i. Returns the keys of services whose impacts changed.
   */
  private async saveImpacts(
    manager: EntityManager,
    incident: Incident,
    rows: readonly IncidentImpactEntity[],
  ): Promise<Set<string>> {
    const touched = new Set<string>();
    const inserts: IncidentImpactEntity[] = [];
    for (const [position, impact] of incident.impacts.entries()) {
      const row = rows[position];
      if (row === undefined) {
        inserts.push(
          Object.assign(new IncidentImpactEntity(), {
            id: newId(),
            incidentId: incident.id,
            position,
            ...impact,
          }),
        );
        touched.add(impact.serviceKey);
      } else if (row.status !== impact.status || row.until?.getTime() !== impact.until?.getTime()) {
        await this.repository.updateImpact(manager, Object.assign(row, impact));
        touched.add(impact.serviceKey);
      }
    }
    await this.repository.insertImpacts(manager, inserts);
    return touched;
  }

  /** A service's status follows its open impacts across all incidents (worst wins). */
  private async syncServiceStatuses(
    manager: EntityManager,
    afterCommit: (callback: () => void) => void,
    serviceKeys: ReadonlySet<string>,
    actor: Actor,
  ): Promise<void> {
    for (const key of serviceKeys) {
      const open = await this.repository.openImpactsOfService(manager, key);
      const status = serviceStatusFromImpacts(key, open.map(toDomainImpact));
      const changed = await this.servicesService.applyImpactStatus(manager, key, status, actor);
      if (changed) {
        await this.delivery.webhookEventWithin(
          manager,
          afterCommit,
          {
            type: 'service.status_changed',
            eventKey: `service:${key}:v${changed.version}`,
            serviceKeys: [key],
            data: { service: { key, status: changed.to }, previousStatus: changed.from },
          },
          this.clock.now(),
        );
      }
    }
  }

  /**
   * In the same transaction: new public entries go to the subscribers of the services the
   * incident concerns, and the change to the webhook endpoints (the outbox sends after commit).
   */
  private async tellOutside(
    manager: EntityManager,
    afterCommit: (callback: () => void) => void,
    before: Incident | null,
    after: Incident,
    newUpdates: Incident['updates'],
    version: number,
  ): Promise<void> {
    const now = this.clock.now();
    const serviceKeys = servicesConcerned(after);
    // The world outside reads the public title, never the team's own.
    const identity = await this.settings.publicIdentity(manager);
    const title = publicTitleOfIncident(after, identity.serviceNames);
    for (const entry of entriesForSubscribers(newUpdates)) {
      await this.delivery.publicUpdateWithin(
        manager,
        afterCommit,
        {
          incident: { id: after.id, ref: after.ref, title },
          pageName: identity.pageTitle,
          entryId: entry.id,
          body: entry.body,
          serviceKeys,
        },
        now,
      );
    }
    await this.delivery.webhookEventWithin(
      manager,
      afterCommit,
      {
        type: incidentEventType(before, after),
        eventKey: `incident:${after.id}:v${version}`,
        serviceKeys,
        data: incidentEventData(after, newUpdates, publicIncidentTitleText(title, 'en')),
      },
      now,
    );
  }

  private async knownServiceKeys(
    manager: EntityManager,
    keys: readonly string[],
  ): Promise<Set<string>> {
    if (keys.length === 0) return new Set();
    const all = await this.servicesService.keys(manager);
    const wanted = new Set(keys);
    return new Set(all.filter((key) => wanted.has(key)));
  }
}
