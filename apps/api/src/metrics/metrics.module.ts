import { Module } from '@nestjs/common';
import { CommunicationsModule } from '../communications/communications.module';
import { IncidentsModule } from '../incidents/incidents.module';
import { ServicesModule } from '../services/services.module';
import { IncidentMetricsResolver } from './incident-metrics.resolver';

@Module({
  imports: [IncidentsModule, CommunicationsModule, ServicesModule],
  providers: [IncidentMetricsResolver],
})
export class MetricsModule {}
