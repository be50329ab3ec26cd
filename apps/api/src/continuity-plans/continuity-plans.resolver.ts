import { Args, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor } from '../auth/actor';
import { RequireRole } from '../auth/roles.decorator';
import { CurrentActor, RequestCtx, type RequestContext } from '../graphql/context';
import { IncidentModel } from '../incidents/models/incident.model';
import { ContinuityPlansService } from './continuity-plans.service';
import {
  ActivateContinuationPlanInput,
  CreateContinuationPlanInput,
  DeleteContinuationPlanInput,
  EndContinuationPlanInput,
  UpdateContinuationPlanInput,
} from './dto/continuation-plan.input';
import { ContinuationPlansArgs } from './dto/continuation-plans.args';
import {
  ContinuationPlanActivationModel,
  ContinuationPlanModel,
} from './models/continuation-plan.model';

/** Plans (ADMIN writes, VIEWER reads) and their activations (RESPONDER), and `Incident`'s. */
@Resolver(() => IncidentModel)
export class ContinuityPlansResolver {
  constructor(private readonly plans: ContinuityPlansService) {}

  @Query(() => [ContinuationPlanModel], {
    description: 'The continuation plans of a service (or of all), by service and title.',
  })
  @RequireRole('VIEWER')
  continuationPlans(@Args() args: ContinuationPlansArgs): Promise<ContinuationPlanModel[]> {
    return this.plans.plans(args.serviceKey ?? null);
  }

  @ResolveField(() => [ContinuationPlanActivationModel], {
    description: 'Continuation plans running for this incident, oldest first.',
  })
  activeContinuationPlans(
    @Parent() incident: IncidentModel,
    @RequestCtx() context: RequestContext,
  ): Promise<ContinuationPlanActivationModel[]> {
    return this.plans.runningOf(context, incident.id);
  }

  @Mutation(() => ContinuationPlanModel)
  @RequireRole('ADMIN')
  createContinuationPlan(
    @Args('input') input: CreateContinuationPlanInput,
    @CurrentActor() actor: Actor,
  ): Promise<ContinuationPlanModel> {
    return this.plans.create(input, actor);
  }

  @Mutation(() => ContinuationPlanModel, {
    description: 'Replaces the plan read at `version`; a stale version gets CONFLICT.',
  })
  @RequireRole('ADMIN')
  updateContinuationPlan(
    @Args('input') input: UpdateContinuationPlanInput,
    @CurrentActor() actor: Actor,
  ): Promise<ContinuationPlanModel> {
    return this.plans.update(input, actor);
  }

  @Mutation(() => ID, {
    description:
      'Deletes the plan read at `version` (CONFLICT when stale); its activations stay on record.',
  })
  @RequireRole('ADMIN')
  deleteContinuationPlan(
    @Args('input') input: DeleteContinuationPlanInput,
    @CurrentActor() actor: Actor,
  ): Promise<string> {
    return this.plans.delete(input, actor);
  }

  @Mutation(() => ContinuationPlanActivationModel, {
    description:
      'Activates a plan for a running incident: an INTERNAL timeline entry, and its people count in the backlog forecast. CONFLICT for a resolved incident or a plan running already.',
  })
  @RequireRole('RESPONDER')
  activateContinuationPlan(
    @Args('input') input: ActivateContinuationPlanInput,
    @CurrentActor() actor: Actor,
  ): Promise<ContinuationPlanActivationModel> {
    return this.plans.activate(input, actor);
  }

  @Mutation(() => ContinuationPlanActivationModel, {
    description: 'Ends a running plan (timeline entry; its people leave the forecast).',
  })
  @RequireRole('RESPONDER')
  endContinuationPlan(
    @Args('input') input: EndContinuationPlanInput,
    @CurrentActor() actor: Actor,
  ): Promise<ContinuationPlanActivationModel> {
    return this.plans.end(input, actor);
  }
}
