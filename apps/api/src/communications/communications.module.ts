import { Module } from '@nestjs/common';
import { BacklogsModule } from '../backlogs/backlogs.module';
import { DeliveryModule } from '../delivery/delivery.module';
import { IncidentsModule } from '../incidents/incidents.module';
import { ServicesModule } from '../services/services.module';
import { SettingsModule } from '../settings/settings.module';
import { CohortNoticesService } from './cohort-notices.service';
import { CommunicationCohortResolver } from './communication-cohort.resolver';
import { CommunicationsLoader } from './communications.loader';
import { CommunicationsRepository } from './communications.repository';
import { CommunicationsResolver } from './communications.resolver';
import { CommunicationsService } from './communications.service';
import { IncidentCommunicationsResolver } from './incident-communications.resolver';

@Module({
  imports: [IncidentsModule, BacklogsModule, ServicesModule, DeliveryModule, SettingsModule],
  providers: [
    CommunicationsRepository,
    CommunicationsService,
    CohortNoticesService,
    CommunicationCohortResolver,
    CommunicationsLoader,
    CommunicationsResolver,
    IncidentCommunicationsResolver,
  ],
  exports: [CommunicationsRepository, CommunicationsService, CommunicationsLoader],
})
export class CommunicationsModule {}
