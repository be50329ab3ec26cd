import { Inject } from '@nestjs/common';
import {
  Args,
  ArgsType,
  Context,
  Field,
  ID,
  Parent,
  ResolveField,
  Resolver,
  Subscription,
} from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';
import { RequireRole } from '../auth/roles.decorator';
import { RequestCtx, type RequestContext } from '../graphql/context';
import { IncidentsLoader } from '../incidents/incidents.loader';
import { IncidentModel } from '../incidents/models/incident.model';
import { type IncidentChangedEvent, LiveEventsService } from '../live/live-events.service';
import { OVERVIEW_PICTURE, type OverviewPicture } from '../situation-picture/pictures';
import { IncidentChangeModel, OverviewChangeModel } from './models/live-change.model';
import { OverviewModel } from './models/overview.model';

/** Mercurius' publish/subscribe, as it appears on a subscription's context. */
interface PubSub {
  subscribe(topic: string): Promise<AsyncIterable<unknown>>;
}

@ArgsType()
class IncidentChangedArgs {
  @Field(() => ID, { nullable: true, description: 'Only this incident; all when left out.' })
  @IsOptional()
  @IsString()
  @MaxLength(36)
  id?: string;
}

/**
 * A connection's context lives as long as the WebSocket; its loaders would serve stale rows to
 * the next event. Each event starts with empty ones.
 */
function freshLoaders(context: RequestContext): void {
  context.loaders = new Map();
}

/** Live updates over graphql-ws; events are published only after their transaction committed. */
@Resolver()
export class LiveUpdatesResolver {
  constructor(private readonly live: LiveEventsService) {}

  @Subscription(() => IncidentChangeModel, {
    description: 'An incident (or anything belonging to it) changed.',
    filter: (event: IncidentChangedEvent, args: IncidentChangedArgs) =>
      args.id === undefined || args.id === null || event.incidentId === args.id,
    resolve: (event: IncidentChangedEvent, _args: unknown, context: RequestContext) => {
      freshLoaders(context);
      return { incidentId: event.incidentId, change: event.change };
    },
  })
  @RequireRole('VIEWER')
  incidentChanged(
    @Args() _args: IncidentChangedArgs,
    @Context('pubsub') pubsub: PubSub,
  ): Promise<AsyncIterable<unknown>> {
    return pubsub.subscribe(this.live.topic('incidentChanged'));
  }

  @Subscription(() => OverviewChangeModel, {
    description: 'Something the overview shows changed (incidents, services, backlogs, messages).',
    resolve: (event: { change: string }, _args: unknown, context: RequestContext) => {
      freshLoaders(context);
      return { change: event.change };
    },
  })
  @RequireRole('VIEWER')
  overviewChanged(@Context('pubsub') pubsub: PubSub): Promise<AsyncIterable<unknown>> {
    return pubsub.subscribe(this.live.topic('overviewChanged'));
  }
}

@Resolver(() => IncidentChangeModel)
export class IncidentChangeResolver {
  constructor(private readonly incidents: IncidentsLoader) {}

  @ResolveField(() => IncidentModel, { nullable: true })
  async incident(
    @Parent() change: IncidentChangeModel,
    @RequestCtx() context: RequestContext,
  ): Promise<IncidentModel | null> {
    return this.incidents.model(context, change.incidentId);
  }
}

@Resolver(() => OverviewChangeModel)
export class OverviewChangeResolver {
  constructor(@Inject(OVERVIEW_PICTURE) private readonly picture: OverviewPicture) {}

  /** Every subscriber shares one recomputation; it covers the change that sent the event. */
  @ResolveField(() => OverviewModel)
  overview(): Promise<OverviewModel> {
    return this.picture.read();
  }
}
