import { Module } from '@nestjs/common';
import { ServicesModule } from '../services/services.module';
import { BacklogForecastResolver } from './backlog-forecast.resolver';
import { BacklogItemQueues } from './backlog-item-queues';
import { BacklogsLoader } from './backlogs.loader';
import { BacklogsRepository } from './backlogs.repository';
import { BacklogsResolver } from './backlogs.resolver';
import { BacklogsService } from './backlogs.service';
import { IncidentBacklogsResolver } from './incident-backlogs.resolver';

@Module({
  imports: [ServicesModule],
  providers: [
    BacklogsRepository,
    BacklogItemQueues,
    BacklogsService,
    BacklogsLoader,
    BacklogsResolver,
    BacklogForecastResolver,
    IncidentBacklogsResolver,
  ],
  exports: [BacklogsRepository, BacklogsService, BacklogsLoader],
})
export class BacklogsModule {}
