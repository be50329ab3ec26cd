import { Module } from '@nestjs/common';
import { IdempotencyModule } from '../idempotency/idempotency.module';
import { ServicesModule } from '../services/services.module';
import { SettingsModule } from '../settings/settings.module';
import { SituationModule } from '../situation/situation.module';
import { ReviewsRepository } from './reviews.repository';
import { ReviewsResolver } from './reviews.resolver';
import { ReviewsService } from './reviews.service';

/** Post-incident reviews: generated numbers and findings, written sections, follow-up actions. */
@Module({
  imports: [SituationModule, ServicesModule, SettingsModule, IdempotencyModule],
  providers: [ReviewsRepository, ReviewsService, ReviewsResolver],
  exports: [ReviewsService],
})
export class ReviewsModule {}
