import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { Clock } from '../common/clock';
import { perRequest, RequestCtx, type RequestContext } from '../graphql/context';
import { IncidentModel } from '../incidents/models/incident.model';
import { toCommunicationModel } from './communication.mapper';
import { CommunicationsLoader } from './communications.loader';
import { AsOfArgs } from './dto/communication-debt.args';
import { IncidentFactsLoader } from './incident-facts.loader';
import { CommunicationDebtModel } from './models/communication-debt.model';
import { CommunicationModel } from './models/communication.model';

/** Adds the incident's messages and its communication debt onto `Incident`. */
@Resolver(() => IncidentModel)
export class IncidentCommunicationsResolver {
  constructor(
    private readonly loader: CommunicationsLoader,
    private readonly facts: IncidentFactsLoader,
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

  @ResolveField(() => CommunicationDebtModel, {
    description:
      'How long customers have waited for a public word against the cadence of the severity.',
  })
  communicationDebt(
    @Parent() incident: IncidentModel,
    @Args() args: AsOfArgs,
    @RequestCtx() context: RequestContext,
  ): Promise<CommunicationDebtModel> {
    // One "now" per request, so every incident of a list is judged at the same moment.
    const asOf = args.asOf ?? perRequest(context, 'communications.now', () => this.clock.now());
    return this.facts.debtOf(context, incident.id, asOf);
  }
}
