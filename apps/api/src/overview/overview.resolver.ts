import { Args, Query, Resolver } from '@nestjs/graphql';
import { RequireRole } from '../auth/roles.decorator';
import { RequestCtx, type RequestContext } from '../graphql/context';
import { OverviewArgs } from './dto/overview.args';
import { OverviewModel } from './models/overview.model';
import { OverviewService } from './overview.service';

@Resolver(() => OverviewModel)
export class OverviewResolver {
  constructor(private readonly overviewService: OverviewService) {}

  @Query(() => OverviewModel, {
    description:
      "Management's situation picture: active incidents, services down against their RTO, recovery progress, backlogs, communication debt, missed promises and incidents not yet business-recovered.",
  })
  @RequireRole('VIEWER')
  overview(
    @Args() args: OverviewArgs,
    @RequestCtx() context: RequestContext,
  ): Promise<OverviewModel> {
    return this.overviewService.overview(context, args.asOf);
  }
}
