import { Injectable } from '@nestjs/common';
import { DataSource, In } from 'typeorm';
import { IncidentImpactEntity } from '../incidents/incident-impact.entity';
import { IncidentEntity } from '../incidents/incident.entity';

/** Read-only queries of the period review. */
@Injectable()
export class MetricsRepository {
  constructor(private readonly dataSource: DataSource) {}

  /** Incidents that started in [from, to). */
  incidentsStartedBetween(from: Date, to: Date): Promise<IncidentEntity[]> {
    // Instants are fixed-width ISO strings: string order is time order.
    return this.dataSource.manager
      .createQueryBuilder(IncidentEntity, 'incident')
      .where('incident.startedAt >= :from AND incident.startedAt < :to', {
        from: from.toISOString(),
        to: to.toISOString(),
      })
      .getMany();
  }

  impactsOf(incidentIds: readonly string[]): Promise<IncidentImpactEntity[]> {
    if (incidentIds.length === 0) return Promise.resolve([]);
    return this.dataSource.manager.find(IncidentImpactEntity, {
      where: { incidentId: In([...incidentIds]) },
    });
  }
}
