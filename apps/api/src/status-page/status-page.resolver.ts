import { Inject } from '@nestjs/common';
import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/roles.decorator';
import { PUBLIC_STATUS_PICTURE, type PublicStatusPicture } from '../situation-picture/pictures';
import { StatusPageModel } from './models/status-page.model';

@Resolver(() => StatusPageModel)
export class StatusPageResolver {
  constructor(@Inject(PUBLIC_STATUS_PICTURE) private readonly picture: PublicStatusPicture) {}

  @Query(() => StatusPageModel, {
    description:
      'The public status: services, active incidents with their public updates, the last 90 days. No login.',
  })
  @Public()
  async statusPage(): Promise<StatusPageModel> {
    return (await this.picture.read()).statusPage();
  }
}
