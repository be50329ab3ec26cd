import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { incidentDebtAt, incidentMetricsAt } from '@lagebild/domain';
import { Clock } from '../common/clock';
import { AsOfArgs } from '../communications/dto/communication-debt.args';
import { CommunicationDebtModel } from '../communications/models/communication-debt.model';
import { perRequest, RequestCtx, type RequestContext } from '../graphql/context';
import { IncidentModel } from '../incidents/models/incident.model';
import {
  IncidentMetricsModel,
  toIncidentMetricsModel,
} from '../metrics/models/incident-metrics.model';
import { SituationFactsService } from './situation-facts.service';

/**
 * Adds what the domain derives about an incident onto `Incident`: its communication debt and
 * its metrics, both from the same facts and the same rule for public words.
 */
@Resolver(() => IncidentModel)
export class IncidentSituationResolver {
  constructor(
    private readonly facts: SituationFactsService,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => CommunicationDebtModel, {
    description:
      'How long customers have waited for a public word against the cadence of the severity.',
  })
  async communicationDebt(
    @Parent() incident: IncidentModel,
    @Args() args: AsOfArgs,
    @RequestCtx() context: RequestContext,
  ): Promise<CommunicationDebtModel> {
    const asOf = args.asOf ?? this.requestNow(context);
    const [facts, cadence] = await Promise.all([
      this.facts.wordFacts(context, incident.id),
      this.facts.cadence(context),
    ]);
    return incidentDebtAt(facts, asOf, cadence);
  }

  @ResolveField(() => IncidentMetricsModel, {
    description: 'Detection, first public word, recovery vs RTO, backlogs, promises, silence.',
  })
  async metrics(
    @Parent() incident: IncidentModel,
    @Args() args: AsOfArgs,
    @RequestCtx() context: RequestContext,
  ): Promise<IncidentMetricsModel> {
    const asOf = args.asOf ?? this.requestNow(context);
    const [facts, rtoOf] = await Promise.all([
      this.facts.incidentFacts(context, incident.id, asOf),
      this.facts.rtoOf(context),
    ]);
    return toIncidentMetricsModel(incidentMetricsAt(facts, rtoOf, asOf));
  }

  /** One "now" per request, so every incident of a list is judged at the same moment. */
  private requestNow(context: RequestContext): Date {
    return perRequest(context, 'situation.now', () => this.clock.now());
  }
}
