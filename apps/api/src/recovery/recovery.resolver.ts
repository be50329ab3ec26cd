import { Args, Mutation, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { type Actor } from '../auth/actor';
import { RequireRole } from '../auth/roles.decorator';
import { CurrentActor, RequestCtx, type RequestContext } from '../graphql/context';
import { ServiceModel } from '../services/models/service.model';
import { ServicesLoader } from '../services/services.loader';
import { AddRecoveryTaskInput } from './dto/add-recovery-task.input';
import { UpdateRecoveryTaskInput } from './dto/update-recovery-task.input';
import { RecoveryTaskModel } from './models/recovery-task.model';
import { toRecoveryTaskModel } from './recovery-task.mapper';
import { RecoveryService } from './recovery.service';

@Resolver(() => RecoveryTaskModel)
export class RecoveryResolver {
  constructor(
    private readonly recovery: RecoveryService,
    private readonly servicesLoader: ServicesLoader,
  ) {}

  @Mutation(() => RecoveryTaskModel, {
    description: 'Adds a task to the recovery plan of an incident.',
  })
  @RequireRole('RESPONDER')
  async addRecoveryTask(
    @Args('input') input: AddRecoveryTaskInput,
    @CurrentActor() actor: Actor,
  ): Promise<RecoveryTaskModel> {
    const entity = await this.recovery.add(input, actor);
    return this.rankedModel(entity.incidentId, entity.id);
  }

  @Mutation(() => RecoveryTaskModel, {
    description: 'Changes status, owner, estimate, dependencies or the manual override of a task.',
  })
  @RequireRole('RESPONDER')
  async updateRecoveryTask(
    @Args('input') input: UpdateRecoveryTaskInput,
    @CurrentActor() actor: Actor,
  ): Promise<RecoveryTaskModel> {
    const entity = await this.recovery.update(input, actor);
    return this.rankedModel(entity.incidentId, entity.id);
  }

  @ResolveField(() => ServiceModel, {
    nullable: true,
    description: 'The service the task restores.',
  })
  async service(
    @Parent() task: RecoveryTaskModel,
    @RequestCtx() context: RequestContext,
  ): Promise<ServiceModel | null> {
    if (task.serviceKey === null) return null;
    // The catalogue is read once per request, so any number of tasks costs one query.
    return this.servicesLoader.model(context, task.serviceKey);
  }

  private async rankedModel(incidentId: string, taskId: string): Promise<RecoveryTaskModel> {
    const rows = await this.recovery.ranked(incidentId);
    const row = rows.find((candidate) => candidate.entity.id === taskId);
    if (!row) throw new Error(`Recovery task ${taskId} vanished after saving`);
    return toRecoveryTaskModel(row.ranked, row.entity);
  }
}
