import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestCtx, type RequestContext } from '../graphql/context';
import { IncidentModel } from '../incidents/models/incident.model';
import { toCommunicationModel } from './communication.mapper';
import { CommunicationsLoader } from './communications.loader';
import { CommunicationModel } from './models/communication.model';

/** Adds the incident's messages onto `Incident`. */
@Resolver(() => IncidentModel)
export class IncidentCommunicationsResolver {
  constructor(private readonly loader: CommunicationsLoader) {}

  @ResolveField(() => [CommunicationModel], {
    description: 'Messages about this incident, oldest first.',
  })
  async communications(
    @Parent() incident: IncidentModel,
    @RequestCtx() context: RequestContext,
  ): Promise<CommunicationModel[]> {
    return (await this.loader.byIncident(context).load(incident.id)).map(toCommunicationModel);
  }
}
