import { Global, Module } from '@nestjs/common';
import { PictureAnswers } from './picture-answers';
import { SituationPictures } from './situation-pictures.service';

/**
 * The situation pictures kept in memory and current on write (docs/adr/0003). Global, so a
 * feature module registers its picture without this module knowing the features.
 */
@Global()
@Module({
  providers: [SituationPictures, PictureAnswers],
  exports: [SituationPictures, PictureAnswers],
})
export class SituationPictureModule {}
