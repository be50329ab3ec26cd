import { Args, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { ItemsMissingPromiseArgs } from './dto/backlogs.args';
import {
  BacklogForecastModel,
  BacklogItemMissingPromiseModel,
} from './models/backlog-forecast.model';

/** Pages the items that will miss their promise (there may be thousands). */
@Resolver(() => BacklogForecastModel)
export class BacklogForecastResolver {
  @ResolveField(() => [BacklogItemMissingPromiseModel], {
    description: 'Open items that will be done after their due time, oldest first.',
  })
  itemsMissingPromise(
    @Parent() forecast: BacklogForecastModel,
    @Args() args: ItemsMissingPromiseArgs,
  ): BacklogItemMissingPromiseModel[] {
    return forecast.allItemsMissingPromise.slice(0, args.first ?? 100);
  }
}
