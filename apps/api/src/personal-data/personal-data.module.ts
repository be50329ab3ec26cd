import { Module } from '@nestjs/common';
import { IncidentsModule } from '../incidents/incidents.module';
import { PersonalDataBreachesRepository } from './personal-data-breaches.repository';
import { PersonalDataResolver } from './personal-data.resolver';
import { PersonalDataService } from './personal-data.service';

/** Incidents affecting personal data: the breach record and the 72-hour clock. */
@Module({
  imports: [IncidentsModule],
  providers: [PersonalDataBreachesRepository, PersonalDataService, PersonalDataResolver],
  exports: [PersonalDataService],
})
export class PersonalDataModule {}
