import { Args, Query, Resolver } from '@nestjs/graphql';
import { periodMetrics } from '@lagebild/domain';
import { RequireRole } from '../auth/roles.decorator';
import { Clock } from '../common/clock';
import { newLoadScope } from '../graphql/context';
import { IncidentsLoader } from '../incidents/incidents.loader';
import { ServicesLoader } from '../services/services.loader';
import { PeriodMetricsArgs } from './dto/period-metrics.args';
import { PeriodMetricsModel } from './models/period-metrics.model';

@Resolver(() => PeriodMetricsModel)
export class PeriodMetricsResolver {
  constructor(
    private readonly incidents: IncidentsLoader,
    private readonly services: ServicesLoader,
    private readonly clock: Clock,
  ) {}

  @Query(() => PeriodMetricsModel, {
    description: 'Incidents by severity, MTTR and RTO compliance of a period.',
  })
  @RequireRole('VIEWER')
  async periodMetrics(@Args() args: PeriodMetricsArgs): Promise<PeriodMetricsModel> {
    const asOf = args.asOf ?? this.clock.now();
    const scope = newLoadScope();
    const [incidents, catalogue] = await Promise.all([
      this.incidents.startedBetween(scope, args.from, args.to),
      this.services.outageFacts(scope),
    ]);
    const rto = new Map(catalogue.map((service) => [service.key, service.rtoMinutes]));
    return periodMetrics(
      incidents.map((incident) => ({
        severity: incident.severity,
        startedAt: incident.startedAt,
        resolvedAt: incident.resolvedAt,
        impacts: incident.impacts.map((impact) => ({
          serviceKey: impact.serviceKey,
          rtoMinutes: rto.get(impact.serviceKey) ?? null,
          since: impact.since,
          until: impact.until,
        })),
      })),
      { from: args.from, to: args.to },
      asOf,
    );
  }
}
