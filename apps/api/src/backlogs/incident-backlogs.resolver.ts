import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestCtx, type RequestContext } from '../graphql/context';
import { IncidentModel } from '../incidents/models/incident.model';
import { toBacklogModel } from './backlog.mapper';
import { BacklogsLoader } from './backlogs.loader';
import { BacklogModel } from './models/backlog.model';

/** Adds the backlogs an incident caused onto `Incident`, batched across a list of incidents. */
@Resolver(() => IncidentModel)
export class IncidentBacklogsResolver {
  constructor(private readonly loader: BacklogsLoader) {}

  @ResolveField(() => [BacklogModel], { description: 'The backlogs this incident caused, by key.' })
  async backlogs(
    @Parent() incident: IncidentModel,
    @RequestCtx() context: RequestContext,
  ): Promise<BacklogModel[]> {
    return (await this.loader.byIncident(context).load(incident.id)).map(toBacklogModel);
  }
}
