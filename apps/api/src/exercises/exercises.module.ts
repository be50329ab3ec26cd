import { Module } from '@nestjs/common';
import { SettingsModule } from '../settings/settings.module';
import { ExercisesRepository } from './exercises.repository';
import { ExercisesResolver } from './exercises.resolver';
import { ExercisesService } from './exercises.service';

/** Exercises in a space of their own: scenario, exercise clock, log and post-exercise report. */
@Module({
  imports: [SettingsModule],
  providers: [ExercisesRepository, ExercisesService, ExercisesResolver],
  exports: [ExercisesService],
})
export class ExercisesModule {}
