import { Module } from '@nestjs/common';
import { BacklogsModule } from '../backlogs/backlogs.module';
import { CommunicationsModule } from '../communications/communications.module';
import { IncidentsModule } from '../incidents/incidents.module';
import { RecoveryModule } from '../recovery/recovery.module';
import { ServicesModule } from '../services/services.module';
import { SettingsModule } from '../settings/settings.module';
import { IncidentSituationResolver } from './incident-situation.resolver';
import { SituationFactsService } from './situation-facts.service';

/**
 * Gathers the facts of the situation from each feature's public surface and serves what the
 * domain derives from them (an incident's debt and metrics); the overview builds on it.
 */
@Module({
  imports: [
    IncidentsModule,
    ServicesModule,
    BacklogsModule,
    CommunicationsModule,
    RecoveryModule,
    SettingsModule,
  ],
  providers: [SituationFactsService, IncidentSituationResolver],
  exports: [SituationFactsService],
})
export class SituationModule {}
