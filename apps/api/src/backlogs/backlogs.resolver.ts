import { currentOpenCount } from '@lagebild/domain';
import { Args, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor } from '../auth/actor';
import { RequireRole } from '../auth/roles.decorator';
import { Clock } from '../common/clock';
import { ContinuityPlansService } from '../continuity-plans/continuity-plans.service';
import { CurrentActor, perRequest, RequestCtx, type RequestContext } from '../graphql/context';
import {
  fromBacklogModel,
  toBacklogModel,
  toForecastModel,
  toSnapshotModel,
} from './backlog.mapper';
import { BacklogsLoader } from './backlogs.loader';
import { BacklogsService } from './backlogs.service';
import { AcceptBacklogInput } from './dto/accept-backlog.input';
import { BacklogArgs, BacklogForecastArgs, BacklogSnapshotsArgs } from './dto/backlogs.args';
import { CreateBacklogInput } from './dto/create-backlog.input';
import { RecordBacklogSnapshotInput } from './dto/record-backlog-snapshot.input';
import { SetBacklogCapacityInput } from './dto/set-backlog-capacity.input';
import { UpdateBacklogInput } from './dto/update-backlog.input';
import { UpsertBacklogItemsInput } from './dto/upsert-backlog-items.input';
import {
  RecordBacklogSnapshotPayload,
  UpsertBacklogItemsPayload,
} from './models/backlog-feed-payload.model';
import { BacklogForecastModel } from './models/backlog-forecast.model';
import { BacklogModel } from './models/backlog.model';
import { BacklogSnapshotModel } from './models/backlog-snapshot.model';

@Resolver(() => BacklogModel)
export class BacklogsResolver {
  constructor(
    private readonly backlogService: BacklogsService,
    private readonly loader: BacklogsLoader,
    private readonly plans: ContinuityPlansService,
    private readonly clock: Clock,
  ) {}

  @Query(() => [BacklogModel], { description: 'Every backlog, by key.' })
  @RequireRole('VIEWER')
  async backlogs(): Promise<BacklogModel[]> {
    return (await this.backlogService.list()).map(toBacklogModel);
  }

  @Query(() => BacklogModel, { description: 'One backlog by its key.' })
  @RequireRole('VIEWER')
  async backlog(@Args() args: BacklogArgs): Promise<BacklogModel> {
    return toBacklogModel(await this.backlogService.get(args.key));
  }

  @Mutation(() => BacklogModel)
  @RequireRole('RESPONDER')
  async createBacklog(
    @Args('input') input: CreateBacklogInput,
    @CurrentActor() actor: Actor,
  ): Promise<BacklogModel> {
    return toBacklogModel(await this.backlogService.create(input, actor));
  }

  @Mutation(() => RecordBacklogSnapshotPayload, {
    description: 'Reports an open count. Safe to retry: the same idempotencyKey changes nothing.',
  })
  @RequireRole('RESPONDER')
  async recordBacklogSnapshot(
    @Args('input') input: RecordBacklogSnapshotInput,
    @CurrentActor() actor: Actor,
  ): Promise<RecordBacklogSnapshotPayload> {
    const result = await this.backlogService.recordSnapshot(input, actor);
    return {
      backlog: toBacklogModel(result.backlog),
      snapshot: toSnapshotModel(result.snapshot),
      replayed: result.replayed,
    };
  }

  @Mutation(() => UpsertBacklogItemsPayload, {
    description:
      'Adds or updates items by external ref, in bulk (10,000 per call is fine). Safe to retry: the same idempotencyKey changes nothing.',
  })
  @RequireRole('RESPONDER')
  async upsertBacklogItems(
    @Args('input') input: UpsertBacklogItemsInput,
    @CurrentActor() actor: Actor,
  ): Promise<UpsertBacklogItemsPayload> {
    const { backlog, ...counts } = await this.backlogService.upsertItems(input, actor);
    return { backlog: toBacklogModel(backlog), ...counts };
  }

  @Mutation(() => BacklogModel, {
    description: 'Changes name, unit or promise; a stale version gets CONFLICT.',
  })
  @RequireRole('RESPONDER')
  async updateBacklog(
    @Args('input') input: UpdateBacklogInput,
    @CurrentActor() actor: Actor,
  ): Promise<BacklogModel> {
    return toBacklogModel(await this.backlogService.updateDetails(input, actor));
  }

  @Mutation(() => BacklogModel, {
    description: 'Sets staff and rate; a stale version gets CONFLICT.',
  })
  @RequireRole('RESPONDER')
  async setBacklogCapacity(
    @Args('input') input: SetBacklogCapacityInput,
    @CurrentActor() actor: Actor,
  ): Promise<BacklogModel> {
    return toBacklogModel(await this.backlogService.setCapacity(input, actor));
  }

  @Mutation(() => BacklogModel, {
    description: 'Accepts what is left as is, so it no longer holds up business recovery.',
  })
  @RequireRole('RESPONDER')
  async acceptBacklog(
    @Args('input') input: AcceptBacklogInput,
    @CurrentActor() actor: Actor,
  ): Promise<BacklogModel> {
    return toBacklogModel(await this.backlogService.accept(input, actor));
  }

  @ResolveField(() => Int, {
    description: 'Open now: items not done when there are items, else the latest snapshot.',
  })
  async open(@Parent() backlog: BacklogModel, @RequestCtx() context: RequestContext) {
    return currentOpenCount(await this.loader.counts(context).load(backlog.id));
  }

  @ResolveField(() => Int, { description: 'Items pushed so far (0 for a snapshot-only backlog).' })
  async itemCount(@Parent() backlog: BacklogModel, @RequestCtx() context: RequestContext) {
    return (await this.loader.counts(context).load(backlog.id)).itemCount;
  }

  @ResolveField(() => [BacklogSnapshotModel], { description: 'Reported counts, oldest first.' })
  async snapshots(
    @Parent() backlog: BacklogModel,
    @Args() args: BacklogSnapshotsArgs,
    @RequestCtx() context: RequestContext,
  ): Promise<BacklogSnapshotModel[]> {
    const rows = await this.loader.snapshots(context, args.since ?? null).load(backlog.id);
    return rows.map(toSnapshotModel);
  }

  @ResolveField(() => BacklogForecastModel, {
    description:
      'When it clears at its capacity (or a what-if staff count), as of now or a past moment.',
  })
  async forecast(
    @Parent() backlog: BacklogModel,
    @Args() args: BacklogForecastArgs,
    @RequestCtx() context: RequestContext,
  ): Promise<BacklogForecastModel> {
    // One "now" per request, so every backlog of a list is forecast from the same moment.
    const asOf = args.asOf ?? perRequest(context, 'backlogs.now', () => this.clock.now());
    const deadline = args.deadline ?? null;
    const ownBacklog = fromBacklogModel(backlog);
    // The people of running continuation plans add to the backlog's own (or the what-if's).
    const capacity = await this.plans.capacityOf(context, ownBacklog, asOf, args.staff ?? null);
    const domainBacklog = {
      ...ownBacklog,
      capacity: { staff: capacity.staff, itemsPerStaffHour: capacity.itemsPerStaffHour },
    };
    // A what-if keys its own aggregates: the staff decides which hours need their items.
    const whatIf = args.staff === undefined || args.staff === null ? null : capacity.staff;
    const aggregates = await this.loader
      .forecastAggregates(context, asOf, whatIf)
      .load({ id: backlog.id, backlog: domainBacklog });
    const request = { asOf, deadline, staff: null };
    const forecast = this.backlogService.forecastFromAggregates(domainBacklog, aggregates, request);
    return toForecastModel(
      forecast,
      capacity.staff,
      deadline,
      { backlogId: backlog.id, backlog: domainBacklog, request, forecast },
      capacity.planStaff,
    );
  }
}
