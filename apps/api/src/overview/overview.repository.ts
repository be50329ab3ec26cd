import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { IncidentEntity } from '../incidents/incident.entity';

/** The only place of the overview feature that talks to TypeORM (reads only). */
@Injectable()
export class OverviewRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * Incidents the picture at `asOf` may show, in one statement: started by then and either
   * still open then or resolved after `resolvedSince` (recently enough to still matter).
   */
  incidentsAround(asOf: Date, resolvedSince: Date): Promise<IncidentEntity[]> {
    // Instants are fixed-width ISO strings, so string comparison is time order.
    return this.dataSource.manager
      .createQueryBuilder(IncidentEntity, 'incident')
      .where('incident.startedAt <= :asOf', { asOf: asOf.toISOString() })
      .andWhere('(incident.resolvedAt IS NULL OR incident.resolvedAt > :resolvedSince)', {
        resolvedSince: resolvedSince.toISOString(),
      })
      .orderBy('incident.startedAt', 'ASC')
      .addOrderBy('incident.id', 'ASC')
      .getMany();
  }
}
