import { Injectable } from '@nestjs/common';
import { Brackets, DataSource, In, IsNull, Not } from 'typeorm';
import { IncidentImpactEntity } from '../incidents/incident-impact.entity';
import { IncidentUpdateEntity } from '../incidents/incident-update.entity';
import { IncidentEntity } from '../incidents/incident.entity';
import { ServiceEntity } from '../services/service.entity';

/** A status change of an incident, without the text of the entry that made it. */
export interface StatusChangeRow {
  incidentId: string;
  statusChange: string;
  displayAt: Date;
  position: number;
}

/**
 * Read-only queries of the public page. Internal timeline entries are never read here: only
 * `PUBLIC` entries are selected, and of the others only which status they moved to.
 */
@Injectable()
export class StatusPageRepository {
  constructor(private readonly dataSource: DataSource) {}

  services(): Promise<ServiceEntity[]> {
    return this.dataSource.manager.find(ServiceEntity, { order: { tier: 'ASC', key: 'ASC' } });
  }

  /** Incidents still open, and those resolved at or after `resolvedSince`. */
  incidents(resolvedSince: Date): Promise<IncidentEntity[]> {
    return this.dataSource.manager
      .createQueryBuilder(IncidentEntity, 'incident')
      .where(
        new Brackets((visible) =>
          visible
            .where('incident.status <> :resolved', { resolved: 'RESOLVED' })
            // Instants are fixed-width ISO strings: string order is time order.
            .orWhere('incident.resolvedAt >= :since', { since: resolvedSince.toISOString() }),
        ),
      )
      .orderBy('incident.startedAt', 'DESC')
      .addOrderBy('incident.id', 'DESC')
      .getMany();
  }

  impacts(incidentIds: readonly string[]): Promise<IncidentImpactEntity[]> {
    if (incidentIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(IncidentImpactEntity, {
      where: { incidentId: In([...incidentIds]) },
      order: { position: 'ASC' },
    });
  }

  publicUpdates(incidentIds: readonly string[]): Promise<IncidentUpdateEntity[]> {
    if (incidentIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(IncidentUpdateEntity, {
      where: { incidentId: In([...incidentIds]), visibility: 'PUBLIC' },
      order: { position: 'ASC' },
    });
  }

  async statusChanges(incidentIds: readonly string[]): Promise<StatusChangeRow[]> {
    if (incidentIds.length === 0) return [];
    const rows = await this.dataSource.manager.find(IncidentUpdateEntity, {
      select: { incidentId: true, statusChange: true, displayAt: true, position: true },
      where: { incidentId: In([...incidentIds]), statusChange: Not(IsNull()) },
      order: { position: 'ASC' },
    });
    return rows.map((row) => ({
      incidentId: row.incidentId,
      statusChange: row.statusChange as string,
      displayAt: row.displayAt,
      position: row.position,
    }));
  }
}
