import { Injectable } from '@nestjs/common';
import { type AnnouncementMessage, type MessageFacts } from '@lagebild/domain';
import DataLoader from 'dataloader';
import { perRequest, type LoadScope } from '../graphql/context';
import { type CommunicationEntity } from './communication.entity';
import { toAnnouncementMessage, toMessageFacts } from './communication.mapper';
import { CommunicationsRepository } from './communications.repository';

/** Batches communications per request: a page of incidents costs one query, not one each. */
@Injectable()
export class CommunicationsLoader {
  constructor(private readonly repository: CommunicationsRepository) {}

  byIncident(scope: LoadScope): DataLoader<string, CommunicationEntity[]> {
    return perRequest(
      scope,
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

  /** The incident's messages as the public-word rule reads them (batched like `byIncident`). */
  async messageFacts(scope: LoadScope, incidentId: string): Promise<MessageFacts[]> {
    return (await this.byIncident(scope).load(incidentId)).map(toMessageFacts);
  }

  /** The incident's messages as the rule for auto-reply and phone texts reads them. */
  async announcementMessages(scope: LoadScope, incidentId: string): Promise<AnnouncementMessage[]> {
    return (await this.byIncident(scope).load(incidentId)).map(toAnnouncementMessage);
  }
}
