import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { BacklogsService } from './backlogs.service';
import { ItemsMissingPromiseArgs } from './dto/backlogs.args';
import {
  BacklogForecastModel,
  BacklogItemMissingPromiseModel,
} from './models/backlog-forecast.model';

/** Pages the items that will miss their promise (there may be thousands). */
@Resolver(() => BacklogForecastModel)
export class BacklogForecastResolver {
  constructor(private readonly backlogs: BacklogsService) {}

  @ResolveField(() => [BacklogItemMissingPromiseModel], {
    description: 'Open items that will be done after their due time, oldest first.',
  })
  itemsMissingPromise(
    @Parent() forecast: BacklogForecastModel,
    @Args() args: ItemsMissingPromiseArgs,
  ): Promise<BacklogItemMissingPromiseModel[]> {
    return this.backlogs.itemsMissingPromise(forecast.missingPromiseSource, args.first ?? 100);
  }
}
