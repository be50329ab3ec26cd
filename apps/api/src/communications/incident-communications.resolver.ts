import { withdrawnEntryIds } from '@lagebild/domain';
import { ID, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock } from '../common/clock';
import { RequestCtx, type RequestContext } from '../graphql/context';
import { IncidentModel } from '../incidents/models/incident.model';
import { toCommunicationModel } from './communication.mapper';
import { CommunicationsLoader } from './communications.loader';
import { CommunicationModel } from './models/communication.model';

/** Adds the incident's messages onto `Incident`. */
@Resolver(() => IncidentModel)
export class IncidentCommunicationsResolver {
  constructor(
    private readonly loader: CommunicationsLoader,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => [CommunicationModel], {
    description: 'Messages about this incident, oldest first.',
  })
  async communications(
    @Parent() incident: IncidentModel,
    @RequestCtx() context: RequestContext,
  ): Promise<CommunicationModel[]> {
    return (await this.loader.byIncident(context).load(incident.id)).map(toCommunicationModel);
  }

  @ResolveField(() => [ID], {
    description:
      'Timeline entries a retracted message took back: they left the public page and no longer count as words to customers.',
  })
  async withdrawnTimelineEntryIds(
    @Parent() incident: IncidentModel,
    @RequestCtx() context: RequestContext,
  ): Promise<string[]> {
    const facts = await this.loader.messageFacts(context, incident.id);
    return [...withdrawnEntryIds(facts, this.clock.now())];
  }
}
