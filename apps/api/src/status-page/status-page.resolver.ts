import { Query, Resolver } from '@nestjs/graphql';
import { Public } from '../auth/roles.decorator';
import { toStatusPageModel } from './status-page.mapper';
import { StatusPageService } from './status-page.service';
import { StatusPageModel } from './models/status-page.model';

@Resolver(() => StatusPageModel)
export class StatusPageResolver {
  constructor(private readonly publicStatus: StatusPageService) {}

  @Query(() => StatusPageModel, {
    description:
      'The public status: services, active incidents with their public updates, the last 90 days. No login.',
  })
  @Public()
  async statusPage(): Promise<StatusPageModel> {
    return toStatusPageModel(await this.publicStatus.view());
  }
}
