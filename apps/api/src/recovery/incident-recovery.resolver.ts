import { Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { recoveryPlan } from '@lagebild/domain';
import { Clock } from '../common/clock';
import { RequestCtx, type RequestContext } from '../graphql/context';
import { IncidentModel } from '../incidents/models/incident.model';
import { RecoveryPlanModel } from './models/recovery-plan.model';
import { RecoveryTaskModel } from './models/recovery-task.model';
import { toRecoveryTaskModel } from './recovery-task.mapper';
import { RecoveryLoader } from './recovery.loader';

/** Adds the recovery plan onto `Incident`. */
@Resolver(() => IncidentModel)
export class IncidentRecoveryResolver {
  constructor(
    private readonly loader: RecoveryLoader,
    private readonly clock: Clock,
  ) {}

  @ResolveField(() => [RecoveryTaskModel], {
    description: 'Recovery tasks in recommended order (rank 1 first), done tasks last.',
  })
  async recoveryTasks(
    @Parent() incident: IncidentModel,
    @RequestCtx() context: RequestContext,
  ): Promise<RecoveryTaskModel[]> {
    const rows = await this.loader.ranked(context, incident.id);
    return rows.map((row) => toRecoveryTaskModel(row.ranked, row.entity));
  }

  @ResolveField(() => RecoveryPlanModel, {
    description: 'Critical path of open work and the expected completion time.',
  })
  async recoveryPlan(
    @Parent() incident: IncidentModel,
    @RequestCtx() context: RequestContext,
  ): Promise<RecoveryPlanModel> {
    const rows = await this.loader.ranked(context, incident.id);
    const plan = recoveryPlan(
      rows.map((row) => row.ranked),
      this.clock.now(),
    );
    const models = new Map(
      rows.map((row) => [row.entity.id, toRecoveryTaskModel(row.ranked, row.entity)]),
    );
    return {
      criticalPath: plan.criticalPath.map((id) => models.get(id) as RecoveryTaskModel),
      criticalPathMinutes: plan.criticalPathMinutes,
      expectedCompletionAt: plan.expectedCompletionAt,
      unestimatedTaskIds: plan.unestimatedTaskIds,
      openTaskCount: plan.openTaskCount,
      doneTaskCount: plan.doneTaskCount,
    };
  }
}
