import { Module } from '@nestjs/common';
import { IncidentsModule } from '../incidents/incidents.module';
import { ServicesModule } from '../services/services.module';
import { SettingsModule } from '../settings/settings.module';
import { CommunicationsModule } from '../communications/communications.module';
import { PUBLIC_STATUS_PICTURE } from '../situation-picture/pictures';
import { SituationPictures } from '../situation-picture/situation-pictures.service';
import { PublicStatus } from './public-status';
import { StatusPageResolver } from './status-page.resolver';
import { StatusPageRoutes } from './status-page.routes';
import { StatusPageService } from './status-page.service';
import { StaticExportService } from './static-export.service';

/** The public status, kept in memory and current on write, as GraphQL, summary.json and Atom. */
@Module({
  imports: [CommunicationsModule, IncidentsModule, ServicesModule, SettingsModule],
  providers: [
    StatusPageService,
    {
      provide: PUBLIC_STATUS_PICTURE,
      inject: [SituationPictures, StatusPageService],
      useFactory: (pictures: SituationPictures, statusPage: StatusPageService) =>
        pictures.keep('public status', async () => new PublicStatus(await statusPage.view())),
    },
    StatusPageResolver,
    StatusPageRoutes,
    StaticExportService,
  ],
  exports: [StaticExportService],
})
export class StatusPageModule {}
