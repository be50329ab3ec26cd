import { Module } from '@nestjs/common';
import { ContinuityPlansModule } from '../continuity-plans/continuity-plans.module';
import { ServicesModule } from '../services/services.module';
import { SettingsModule } from '../settings/settings.module';
import { BacklogCaptureResolver } from './backlog-capture.resolver';
import { BacklogCaptureService } from './backlog-capture.service';
import { BacklogForecastResolver } from './backlog-forecast.resolver';
import { BacklogItemQueues } from './backlog-item-queues';
import { BacklogsLoader } from './backlogs.loader';
import { BacklogsRepository } from './backlogs.repository';
import { BacklogsResolver } from './backlogs.resolver';
import { BacklogsService } from './backlogs.service';
import { IncidentBacklogsResolver } from './incident-backlogs.resolver';

@Module({
  imports: [ServicesModule, SettingsModule, ContinuityPlansModule],
  providers: [
    BacklogsRepository,
    BacklogItemQueues,
    BacklogsService,
    BacklogsLoader,
    BacklogsResolver,
    BacklogForecastResolver,
    IncidentBacklogsResolver,
    BacklogCaptureService,
    BacklogCaptureResolver,
  ],
  exports: [BacklogsRepository, BacklogsService, BacklogsLoader],
})
export class BacklogsModule {}
