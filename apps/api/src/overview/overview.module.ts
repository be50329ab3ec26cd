import { Module } from '@nestjs/common';
import { ContinuityPlansModule } from '../continuity-plans/continuity-plans.module';
import { IncidentsModule } from '../incidents/incidents.module';
import { newLoadScope } from '../graphql/context';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { RecoveryModule } from '../recovery/recovery.module';
import { ServicesModule } from '../services/services.module';
import { SituationModule } from '../situation/situation.module';
import { OVERVIEW_PICTURE } from '../situation-picture/pictures';
import { SituationPictures } from '../situation-picture/situation-pictures.service';
import {
  IncidentChangeResolver,
  LiveUpdatesResolver,
  OverviewChangeResolver,
} from './live-updates.resolver';
import { OverviewResolver } from './overview.resolver';
import { OverviewService } from './overview.service';

/**
 * The management overview, kept in memory and current on write, and the live subscriptions that
 * keep dashboards current.
 */
@Module({
  imports: [
    ServicesModule,
    IncidentsModule,
    SituationModule,
    RecoveryModule,
    PersonalDataModule,
    ContinuityPlansModule,
  ],
  providers: [
    OverviewService,
    {
      provide: OVERVIEW_PICTURE,
      inject: [SituationPictures, OverviewService],
      useFactory: (pictures: SituationPictures, overview: OverviewService) =>
        pictures.keep('overview', () => overview.overview(newLoadScope())),
    },
    OverviewResolver,
    LiveUpdatesResolver,
    IncidentChangeResolver,
    OverviewChangeResolver,
  ],
  exports: [OverviewService],
})
export class OverviewModule {}
