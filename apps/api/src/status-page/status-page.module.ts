import { Module } from '@nestjs/common';
import { CommunicationsModule } from '../communications/communications.module';
import { StatusPageController } from './status-page.controller';
import { StatusPageRepository } from './status-page.repository';
import { StatusPageResolver } from './status-page.resolver';
import { StatusPageService } from './status-page.service';

@Module({
  imports: [CommunicationsModule],
  controllers: [StatusPageController],
  providers: [StatusPageRepository, StatusPageService, StatusPageResolver],
})
export class StatusPageModule {}
