import { Args, Query, Resolver } from '@nestjs/graphql';
import { periodMetrics, type Severity } from '@lagebild/domain';
import { RequireRole } from '../auth/roles.decorator';
import { Clock } from '../common/clock';
import { ServicesRepository } from '../services/services.repository';
import { PeriodMetricsArgs } from './dto/period-metrics.args';
import { MetricsRepository } from './metrics.repository';
import { PeriodMetricsModel } from './models/period-metrics.model';

@Resolver(() => PeriodMetricsModel)
export class PeriodMetricsResolver {
  constructor(
    private readonly repository: MetricsRepository,
    private readonly services: ServicesRepository,
    private readonly clock: Clock,
  ) {}

  @Query(() => PeriodMetricsModel, {
    description: 'Incidents by severity, MTTR and RTO compliance of a period.',
  })
  @RequireRole('VIEWER')
  async periodMetrics(@Args() args: PeriodMetricsArgs): Promise<PeriodMetricsModel> {
    const asOf = args.asOf ?? this.clock.now();
    const incidents = await this.repository.incidentsStartedBetween(args.from, args.to);
    const [impacts, catalogue] = await Promise.all([
      this.repository.impactsOf(incidents.map((incident) => incident.id)),
      this.services.findAll(),
    ]);
    const rto = new Map(catalogue.map((service) => [service.key, service.rtoMinutes]));
    return periodMetrics(
      incidents.map((incident) => ({
        severity: incident.severity as Severity,
        startedAt: incident.startedAt,
        resolvedAt: incident.resolvedAt,
        impacts: impacts
          .filter((impact) => impact.incidentId === incident.id)
          .map((impact) => ({
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
