import { Module } from '@nestjs/common';
import { BacklogsModule } from '../backlogs/backlogs.module';
import { CommunicationsModule } from '../communications/communications.module';
import { ContinuityPlansModule } from '../continuity-plans/continuity-plans.module';
import { ExercisesModule } from '../exercises/exercises.module';
import { IncidentsModule } from '../incidents/incidents.module';
import { PersonalDataModule } from '../personal-data/personal-data.module';
import { ReviewsModule } from '../reviews/reviews.module';
import { RecoveryModule } from '../recovery/recovery.module';
import { ServicesModule } from '../services/services.module';
import { DemoLoader } from './demo-loader';

/** Loads the seed story into an empty database when LAGEBILD_DEMO is on (the default). */
@Module({
  imports: [
    ServicesModule,
    IncidentsModule,
    RecoveryModule,
    BacklogsModule,
    CommunicationsModule,
    PersonalDataModule,
    ReviewsModule,
    ContinuityPlansModule,
    ExercisesModule,
  ],
  providers: [DemoLoader],
  exports: [DemoLoader],
})
export class DemoModule {}
