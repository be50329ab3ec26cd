import { Module } from '@nestjs/common';
import { BacklogsModule } from '../backlogs/backlogs.module';
import { CommunicationsModule } from '../communications/communications.module';
import { IncidentsModule } from '../incidents/incidents.module';
import { ServicesModule } from '../services/services.module';
import { SettingsModule } from '../settings/settings.module';
import { IncidentRecoveryResolver } from './incident-recovery.resolver';
import { RecoveryLoader } from './recovery.loader';
import { RecoveryRepository } from './recovery.repository';
import { RecoveryResolver } from './recovery.resolver';
import { RecoveryService } from './recovery.service';

@Module({
  imports: [IncidentsModule, ServicesModule, BacklogsModule, CommunicationsModule, SettingsModule],
  providers: [
    RecoveryRepository,
    RecoveryService,
    RecoveryLoader,
    RecoveryResolver,
    IncidentRecoveryResolver,
  ],
  exports: [RecoveryService, RecoveryLoader],
})
export class RecoveryModule {}
