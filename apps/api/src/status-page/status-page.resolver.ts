import { Inject, type OnModuleInit } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/roles.decorator';
import { isDatabaseUnavailable } from '../database/database-availability';
import { PictureAnswers } from '../situation-picture/picture-answers';
import { PUBLIC_STATUS_PICTURE, type PublicStatusPicture } from '../situation-picture/pictures';
import { StatusPageModel } from './models/status-page.model';

@Resolver(() => StatusPageModel)
export class StatusPageResolver implements OnModuleInit {
  constructor(
    @Inject(PUBLIC_STATUS_PICTURE) private readonly picture: PublicStatusPicture,
    private readonly answers: PictureAnswers,
  ) {}

  onModuleInit(): void {
    // The public status is the kept picture: its rendered answer is reused until it changes.
    this.answers.serve({
      field: 'statusPage',
      picture: this.picture,
      handler: StatusPageResolver.prototype.statusPage,
      resolverClass: StatusPageResolver,
    });
  }

  @Query(() => StatusPageModel, {
    description:
      'The public status: services, active incidents with their public updates, the last 90 days. No login.',
  })
  @Public()
  async statusPage(): Promise<StatusPageModel> {
    try {
      return (await this.picture.read()).statusPage();
    } catch (error) {
      // Degraded mode: the last picture, even when a change made just before the database went
      // away is not in it yet.
      const last = isDatabaseUnavailable(error) ? this.picture.lastComputed() : undefined;
      if (!last) throw error;
      return last.statusPage();
    }
  }
}
