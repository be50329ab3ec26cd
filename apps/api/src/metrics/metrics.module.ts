import { Module } from '@nestjs/common';
import { CommunicationsModule } from '../communications/communications.module';
import { IncidentsModule } from '../incidents/incidents.module';
import { ServicesModule } from '../services/services.module';
import { IncidentMetricsResolver } from './incident-metrics.resolver';
import { MetricsRepository } from './metrics.repository';
import { PeriodMetricsResolver } from './period-metrics.resolver';

@Module({
  imports: [IncidentsModule, CommunicationsModule, ServicesModule],
  providers: [MetricsRepository, IncidentMetricsResolver, PeriodMetricsResolver],
})
export class MetricsModule {}
