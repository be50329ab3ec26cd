import { Module } from '@nestjs/common';
import { DeliveryModule } from '../delivery/delivery.module';
import { SettingsModule } from '../settings/settings.module';
import { ServicesModule } from '../services/services.module';
import { IncidentsLoader } from './incidents.loader';
import { IncidentsRepository } from './incidents.repository';
import { IncidentsResolver } from './incidents.resolver';
import { IncidentsService } from './incidents.service';
import { ServiceImpactResolver } from './service-impact.resolver';

@Module({
  imports: [ServicesModule, DeliveryModule, SettingsModule],
  providers: [
    IncidentsRepository,
    IncidentsService,
    IncidentsLoader,
    IncidentsResolver,
    ServiceImpactResolver,
  ],
  exports: [IncidentsService, IncidentsLoader],
})
export class IncidentsModule {}
