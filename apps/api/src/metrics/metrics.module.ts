import { Module } from '@nestjs/common';
import { IncidentsModule } from '../incidents/incidents.module';
import { ServicesModule } from '../services/services.module';
import { PeriodMetricsResolver } from './period-metrics.resolver';

/** Metrics over a period; an incident's own metrics are served by the situation feature. */
@Module({
  imports: [IncidentsModule, ServicesModule],
  providers: [PeriodMetricsResolver],
})
export class MetricsModule {}
