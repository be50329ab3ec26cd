import { Injectable } from '@nestjs/common';
import { type Incident, type ServiceImpact } from '@lagebild/domain';
import DataLoader from 'dataloader';
import { perRequest, type LoadScope } from '../graphql/context';
import { type IncidentImpactEntity } from './incident-impact.entity';
import { type IncidentUpdateEntity } from './incident-update.entity';
import { type IncidentEntity } from './incident.entity';
import { toDomainImpact, toDomainIncident, toIncidentModel } from './incident.mapper';
import { type IncidentModel } from './models/incident.model';
import { IncidentsRepository, type StatusChangeRow } from './incidents.repository';

/** What the public may learn about incidents: no internal entry is ever read for it. */
export interface PublicIncidentRecord {
  incidents: {
    id: string;
    ref: string;
    /** Never the internal title: the public page has no business with it. */
    publicTitle: string | null;
    severity: string;
    status: string;
    startedAt: Date;
    resolvedAt: Date | null;
    createdAt: Date;
    updatedAt: Date;
  }[];
  impacts: { incidentId: string; serviceKey: string }[];
  /** `PUBLIC` timeline entries, in writing order. */
  publicEntries: {
    id: string;
    incidentId: string;
    body: string;
    displayAt: Date;
    createdAt: Date;
    nextUpdateAt: Date | null;
    position: number;
  }[];
  /** Status changes of every entry (without the text of internal ones), in writing order. */
  statusChanges: StatusChangeRow[];
}

/**
 * Per-request batching of incident reads: a page of 50 incidents with their impacts and
 * timelines costs one query per kind, not one per incident.
 */
@Injectable()
export class IncidentsLoader {
  constructor(private readonly repository: IncidentsRepository) {}

  byId(scope: LoadScope): DataLoader<string, IncidentEntity | null> {
    return perRequest(
      scope,
      'incidents.byId',
      () =>
        new DataLoader<string, IncidentEntity | null>(async (ids) => {
          const rows = await this.repository.findByIds(ids);
          const byId = new Map(rows.map((row) => [row.id, row]));
          return ids.map((id) => byId.get(id) ?? null);
        }),
    );
  }

  /** Impacts of an incident, in recording order. */
  impacts(scope: LoadScope): DataLoader<string, IncidentImpactEntity[]> {
    return perRequest(
      scope,
      'incidents.impacts',
      () =>
        new DataLoader<string, IncidentImpactEntity[]>(async (ids) =>
          groupBy(ids, await this.repository.impactsOf(ids)),
        ),
    );
  }

  /** Timeline entries of an incident, in writing order. */
  updates(scope: LoadScope): DataLoader<string, IncidentUpdateEntity[]> {
    return perRequest(
      scope,
      'incidents.updates',
      () =>
        new DataLoader<string, IncidentUpdateEntity[]>(async (ids) =>
          groupBy(ids, await this.repository.updatesOf(ids)),
        ),
    );
  }

  /** Impacts of an incident as the domain sees them, in recording order. */
  async domainImpacts(scope: LoadScope, id: string): Promise<ServiceImpact[]> {
    return (await this.impacts(scope).load(id)).map(toDomainImpact);
  }

  /** The domain incident (with impacts and timeline) for calculations; null if unknown. */
  async domainIncident(scope: LoadScope, id: string): Promise<Incident | null> {
    const [entity, impacts, updates] = await Promise.all([
      this.byId(scope).load(id),
      this.impacts(scope).load(id),
      this.updates(scope).load(id),
    ]);
    return entity ? toDomainIncident(entity, impacts, updates) : null;
  }

  /**
   * Ids of the incidents a picture at `asOf` may show (started by then, open then or resolved
   * after `resolvedSince`), oldest first; their rows stay cached in the scope.
   */
  async idsAround(scope: LoadScope, asOf: Date, resolvedSince: Date): Promise<string[]> {
    const rows = await this.repository.findAround(asOf, resolvedSince);
    this.prime(scope, rows);
    return rows.map((row) => row.id);
  }

  /** The domain incidents that started in [from, to), for a period's review. */
  async startedBetween(scope: LoadScope, from: Date, to: Date): Promise<Incident[]> {
    const rows = await this.repository.findStartedBetween(from, to);
    this.prime(scope, rows);
    const incidents = await Promise.all(rows.map((row) => this.domainIncident(scope, row.id)));
    return incidents.filter((incident): incident is Incident => incident !== null);
  }

  /**
   * The public record of the incidents still open and those resolved since `resolvedSince`,
   * newest first, in four statements.
   */
  async publicRecord(resolvedSince: Date): Promise<PublicIncidentRecord> {
    const incidents = await this.repository.findOpenOrResolvedSince(resolvedSince);
    const ids = incidents.map((incident) => incident.id);
    const [impacts, publicEntries, statusChanges] = await Promise.all([
      this.repository.impactsInOrder(ids),
      this.repository.publicUpdatesOf(ids),
      this.repository.statusChangesOf(ids),
    ]);
    return { incidents, impacts, publicEntries, statusChanges };
  }

  /** The incident as GraphQL shows it; null if unknown. */
  async model(scope: LoadScope, id: string): Promise<IncidentModel | null> {
    const entity = await this.byId(scope).load(id);
    return entity ? toIncidentModel(entity) : null;
  }

  /** Seeds the cache with rows already read (a page of incidents), saving a lookup. */
  prime(scope: LoadScope, entities: readonly IncidentEntity[]): void {
    const loader = this.byId(scope);
    for (const entity of entities) loader.prime(entity.id, entity);
  }
}

function groupBy<T extends { incidentId: string }>(ids: readonly string[], rows: T[]): T[][] {
  const grouped = new Map<string, T[]>(ids.map((id) => [id, []]));
  for (const row of rows) grouped.get(row.incidentId)?.push(row);
  return ids.map((id) => grouped.get(id) ?? []);
}
