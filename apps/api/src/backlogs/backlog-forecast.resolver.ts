import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { RequestCtx, type RequestContext } from '../graphql/context';
import { BacklogsLoader } from './backlogs.loader';
import { ItemsMissingPromiseArgs } from './dto/backlogs.args';
import {
  BacklogForecastModel,
  BacklogItemMissingPromiseModel,
} from './models/backlog-forecast.model';

/** Pages the items that will miss their promise (there may be thousands). */
@Resolver(() => BacklogForecastModel)
export class BacklogForecastResolver {
  constructor(private readonly loader: BacklogsLoader) {}

  @ResolveField(() => [BacklogItemMissingPromiseModel], {
    description: 'Open items that will be done after their due time, oldest first.',
  })
  itemsMissingPromise(
    @Parent() forecast: BacklogForecastModel,
    @Args() args: ItemsMissingPromiseArgs,
    @RequestCtx() context: RequestContext,
  ): Promise<BacklogItemMissingPromiseModel[]> {
    return this.loader
      .itemsMissingPromise(context)
      .load({ source: forecast.missingPromiseSource, first: args.first ?? 100 });
  }
}
