import { Module } from '@nestjs/common';
import { IncidentsModule } from '../incidents/incidents.module';
import { ServicesModule } from '../services/services.module';
import { ContinuityPlansRepository } from './continuity-plans.repository';
import { ContinuityPlansResolver } from './continuity-plans.resolver';
import { ContinuityPlansService } from './continuity-plans.service';

/** Continuation plans per service, their activations, and the capacity they add to backlogs. */
@Module({
  imports: [IncidentsModule, ServicesModule],
  providers: [ContinuityPlansRepository, ContinuityPlansService, ContinuityPlansResolver],
  exports: [ContinuityPlansService],
})
export class ContinuityPlansModule {}
