import { Injectable } from '@nestjs/common';
import { type Incident, type ServiceImpact } from '@lagebild/domain';
import DataLoader from 'dataloader';
import { perRequest, type LoadScope } from '../graphql/context';
import { type IncidentImpactEntity } from './incident-impact.entity';
import { type IncidentUpdateEntity } from './incident-update.entity';
import { type IncidentEntity } from './incident.entity';
import { toDomainImpact, toDomainIncident } from './incident.mapper';
import { IncidentsRepository } from './incidents.repository';

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
