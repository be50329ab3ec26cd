import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { incidentMetrics, isCustomerFacing } from '@lagebild/domain';
import { Clock } from '../common/clock';
import { AsOfArgs } from '../communications/dto/communication-debt.args';
import { IncidentFactsLoader } from '../communications/incident-facts.loader';
import { perRequest, RequestCtx, type RequestContext } from '../graphql/context';
import { notFound } from '../graphql/error-codes';
import { IncidentsLoader } from '../incidents/incidents.loader';
import { IncidentModel } from '../incidents/models/incident.model';
import { ServicesLoader } from '../services/services.loader';
import { IncidentMetricsModel } from './models/incident-metrics.model';

/** Adds `metrics` onto `Incident`; every number comes from the domain's `incidentMetrics`. */
@Resolver(() => IncidentModel)
export class IncidentMetricsResolver {
  constructor(
    private readonly incidents: IncidentsLoader,
    private readonly facts: IncidentFactsLoader,
    private readonly services: ServicesLoader,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => IncidentMetricsModel, {
    description: 'Detection, first public word, recovery vs RTO, backlogs, promises, silence.',
  })
  async metrics(
    @Parent() parent: IncidentModel,
    @Args() args: AsOfArgs,
    @RequestCtx() context: RequestContext,
  ): Promise<IncidentMetricsModel> {
    const asOf = args.asOf ?? perRequest(context, 'metrics.now', () => this.clock.now());
    const [incident, catalogue, backlogs, published, retracted] = await Promise.all([
      this.incidents.domainIncident(context, parent.id),
      this.services.catalogue(context),
      this.facts.backlogsOf(context, parent.id, asOf),
      this.facts.publishedWordTimes(context, parent.id),
      this.facts.retractedEntryIds(context, parent.id),
    ]);
    if (!incident) throw notFound('Incident', parent.id);
    const rto = new Map(catalogue.map((service) => [service.key, service.rtoMinutes]));
    const metrics = incidentMetrics(
      {
        startedAt: incident.startedAt,
        detectedAt: incident.detectedAt,
        resolvedAt: incident.resolvedAt,
        customerFacing: isCustomerFacing(incident.impacts),
        publicUpdates: [
          ...incident.updates
            .filter((update) => update.visibility === 'PUBLIC' && !retracted.has(update.id))
            .map((update) => ({ at: update.displayAt, nextUpdateAt: update.nextUpdateAt })),
          ...published.map((at) => ({ at })),
        ],
        impacts: incident.impacts.map((impact) => ({
          serviceKey: impact.serviceKey,
          rtoMinutes: rto.get(impact.serviceKey) ?? null,
          since: impact.since,
          until: impact.until,
        })),
        backlogs: backlogs.map((view) => ({
          key: view.backlog.key,
          // Item-level backlogs keep no snapshots of their own: their open count at asOf is one.
          snapshots: [
            ...view.snapshots.map((snapshot) => ({ at: snapshot.at, open: snapshot.open })),
            { at: asOf, open: view.forecast.open },
          ],
          forecastClearsAt: view.forecast.clearsAt,
          items: view.items.map((item) => ({ dueAt: item.dueAt, doneAt: item.doneAt })),
        })),
      },
      asOf,
    );
    return {
      ...metrics,
      backlogs: metrics.backlogs.map(({ key, ...rest }) => ({ backlogKey: key, ...rest })),
      longestSilenceFrom: metrics.longestSilence?.from ?? null,
      longestSilenceTo: metrics.longestSilence?.to ?? null,
    };
  }
}
