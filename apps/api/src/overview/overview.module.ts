import { Module } from '@nestjs/common';
import { IncidentsModule } from '../incidents/incidents.module';
import { ServicesModule } from '../services/services.module';
import { SituationModule } from '../situation/situation.module';
import {
  IncidentChangeResolver,
  LiveUpdatesResolver,
  OverviewChangeResolver,
} from './live-updates.resolver';
import { OverviewResolver } from './overview.resolver';
import { OverviewService } from './overview.service';

/** The management overview and the live subscriptions that keep dashboards current. */
@Module({
  imports: [ServicesModule, IncidentsModule, SituationModule],
  providers: [
    OverviewService,
    OverviewResolver,
    LiveUpdatesResolver,
    IncidentChangeResolver,
    OverviewChangeResolver,
  ],
  exports: [OverviewService],
})
export class OverviewModule {}
