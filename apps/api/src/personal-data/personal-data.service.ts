import { Injectable } from '@nestjs/common';
import {
  DomainError,
  notificationClockAt,
  type NotificationClock,
  toDataBreachRecord,
  validateDataBreach,
} from '@lagebild/domain';
import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { type Actor, actorLabel } from '../auth/actor';
import { AuditService } from '../audit/audit.service';
import { Clock } from '../common/clock';
import { inTransaction } from '../common/transaction';
import { versionedUpdate } from '../common/versioned-update';
import { isUniqueViolation } from '../database/unique-violation';
import { newLoadScope, perRequest, type LoadScope } from '../graphql/context';
import { notFound } from '../graphql/error-codes';
import { IncidentsLoader } from '../incidents/incidents.loader';
import { LiveEventsService } from '../live/live-events.service';
import { type RecordPersonalDataBreachInput } from './dto/record-personal-data-breach.input';
import { type PersonalDataBreachModel } from './models/personal-data-breach.model';
import { type PersonalDataBreachEntity } from './personal-data-breach.entity';
import {
  toBreachEntity,
  toBreachInput,
  toBreachModel,
  toDomainBreach,
} from './personal-data-breach.mapper';
import { PersonalDataBreachesRepository } from './personal-data-breaches.repository';

/**
 * The breach record of incidents that affect personal data, and its 72-hour clock. Other
 * features (the overview) read the clock through {@link PersonalDataService.clockOf}.
 */
@Injectable()
export class PersonalDataService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly repository: PersonalDataBreachesRepository,
    private readonly incidents: IncidentsLoader,
    private readonly audit: AuditService,
    private readonly live: LiveEventsService,
    private readonly clock: Clock,
  ) {}

  private byIncident(scope: LoadScope): DataLoader<string, PersonalDataBreachEntity | null> {
    return perRequest(
      scope,
      'personalData.byIncident',
      () =>
        new DataLoader<string, PersonalDataBreachEntity | null>(async (ids) => {
          const rows = await this.repository.findMany(ids);
          const byId = new Map(rows.map((row) => [row.incidentId, row]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }

  /** The incident's breach record with its clock now; null when it is not flagged. */
  async model(scope: LoadScope, incidentId: string): Promise<PersonalDataBreachModel | null> {
    const entity = await this.byIncident(scope).load(incidentId);
    return entity ? toBreachModel(entity, this.clock.now()) : null;
  }

  /** The 72-hour clock of the incident at `asOf`; null when not flagged or not yet aware then. */
  async clockOf(
    scope: LoadScope,
    incidentId: string,
    asOf: Date,
  ): Promise<NotificationClock | null> {
    const entity = await this.byIncident(scope).load(incidentId);
    return entity ? notificationClockAt(toDomainBreach(entity), asOf) : null;
  }

  /**
   * Keeps the record as the form holds it: the first record without `version`, later ones
   * replacing the version they were based on (CONFLICT otherwise).
   */
  async record(
    input: RecordPersonalDataBreachInput,
    actor: Actor,
  ): Promise<PersonalDataBreachModel> {
    const incident = await this.incidents.domainIncident(newLoadScope(), input.incidentId);
    if (!incident) throw notFound('Incident', input.incidentId);
    const now = this.clock.now();
    const breach = toBreachInput(input);
    DomainError.assertNoIssues(validateDataBreach(breach, now), 'Invalid breach record');
    const record = toDataBreachRecord(breach);
    const describe = `Personal data breach of ${incident.ref}`;

    if (input.version === undefined) {
      const entity = toBreachEntity(record, {
        incidentId: input.incidentId,
        version: 1,
        createdBy: actorLabel(actor),
        createdAt: now,
        updatedAt: now,
      });
      try {
        await inTransaction(this.dataSource, async (manager, afterCommit) => {
          if (await this.repository.find(input.incidentId, manager))
            throw alreadyRecorded(describe);
          await this.repository.insert(manager, entity);
          await this.audit.record(manager, {
            actor,
            action: 'recordPersonalDataBreach',
            entityType: 'PersonalDataBreach',
            entityId: input.incidentId,
            after: { ...record, version: 1 },
          });
          afterCommit(() => this.live.incidentChanged(input.incidentId, 'personalData'));
        });
      } catch (error) {
        // Two first records at once: the second finds the first in its way.
        if (isUniqueViolation(error)) throw alreadyRecorded(describe);
        throw error;
      }
      return toBreachModel(entity, now);
    }

    const saved = await versionedUpdate(
      { dataSource: this.dataSource, audit: this.audit, clock: this.clock },
      {
        describe: () => describe,
        load: (manager) => this.repository.find(input.incidentId, manager),
        missing: () => notFound('PersonalDataBreach', input.incidentId),
        expectedVersion: input.version,
        decide: (current) => ({ next: toBreachEntity(record, current) }),
        save: (manager, next, expectedVersion) =>
          this.repository.updateIfVersion(manager, next, expectedVersion),
        audit: (current, { next }) => ({
          actor,
          action: 'recordPersonalDataBreach',
          entityType: 'PersonalDataBreach',
          entityId: input.incidentId,
          before: { ...toDomainBreach(current), version: current.version },
          after: { ...record, version: next.version },
        }),
        announce: () => this.live.incidentChanged(input.incidentId, 'personalData'),
      },
    );
    return toBreachModel(saved, this.clock.now());
  }
}

function alreadyRecorded(describe: string): DomainError {
  return new DomainError(
    'CONFLICT',
    `${describe} is recorded already: edit it with the version it was read at`,
  );
}
