import { Module } from '@nestjs/common';
import { IncidentsModule } from '../incidents/incidents.module';
import { ServicesModule } from '../services/services.module';
import { CommunicationsModule } from '../communications/communications.module';
import { StatusPageController } from './status-page.controller';
import { StatusPageResolver } from './status-page.resolver';
import { StatusPageService } from './status-page.service';

@Module({
  imports: [CommunicationsModule, IncidentsModule, ServicesModule],
  controllers: [StatusPageController],
  providers: [StatusPageService, StatusPageResolver],
})
export class StatusPageModule {}
