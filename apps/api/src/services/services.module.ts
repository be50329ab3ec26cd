import { Module } from '@nestjs/common';
import { ServicesLoader } from './services.loader';
import { ServicesRepository } from './services.repository';
import { ServicesResolver } from './services.resolver';
import { ServicesService } from './services.service';

@Module({
  providers: [ServicesRepository, ServicesService, ServicesLoader, ServicesResolver],
  exports: [ServicesRepository, ServicesService, ServicesLoader],
})
export class ServicesModule {}
