import { Module } from '@nestjs/common';
import { BacklogsModule } from '../backlogs/backlogs.module';
import { CommunicationsModule } from '../communications/communications.module';
import { IncidentsModule } from '../incidents/incidents.module';
import { RecoveryModule } from '../recovery/recovery.module';
import { ServicesModule } from '../services/services.module';
import {
  IncidentChangeResolver,
  LiveUpdatesResolver,
  OverviewChangeResolver,
} from './live-updates.resolver';
import { OverviewRepository } from './overview.repository';
import { OverviewResolver } from './overview.resolver';
import { OverviewService } from './overview.service';

/** The management overview and the live subscriptions that keep dashboards current. */
@Module({
  imports: [ServicesModule, IncidentsModule, BacklogsModule, CommunicationsModule, RecoveryModule],
  providers: [
    OverviewRepository,
    OverviewService,
    OverviewResolver,
    LiveUpdatesResolver,
    IncidentChangeResolver,
    OverviewChangeResolver,
  ],
  exports: [OverviewService],
})
export class OverviewModule {}
