import { Injectable } from '@nestjs/common';
import DataLoader from 'dataloader';
import { perRequest, type RequestContext } from '../graphql/context';
import { type CommunicationEntity } from './communication.entity';
import { CommunicationsRepository } from './communications.repository';

/** Batches communications per request: a page of incidents costs one query, not one each. */
@Injectable()
export class CommunicationsLoader {
  constructor(private readonly repository: CommunicationsRepository) {}

  byIncident(context: RequestContext): DataLoader<string, CommunicationEntity[]> {
    return perRequest(
      context,
      'communications.byIncident',
      () =>
        new DataLoader<string, CommunicationEntity[]>(async (incidentIds) => {
          const rows = await this.repository.findByIncidentIds(incidentIds);
          const grouped = new Map<string, CommunicationEntity[]>(incidentIds.map((id) => [id, []]));
          for (const row of rows) grouped.get(row.incidentId)?.push(row);
          return incidentIds.map((id) => grouped.get(id) ?? []);
        }),
    );
  }
}
