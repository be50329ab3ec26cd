import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { RecoveryTaskModel } from './recovery-task.model';

@ObjectType('RecoveryPlan', {
  description: 'Critical path and expected completion, assuming independent tasks run in parallel.',
})
export class RecoveryPlanModel {
  @Field(() => [RecoveryTaskModel], {
    description: 'The longest chain of open work, first step first.',
  })
  criticalPath: RecoveryTaskModel[];

  @Field(() => Int, { description: 'Remaining minutes along the critical path.' })
  criticalPathMinutes: number;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the last open task should be done; null when nothing is open.',
  })
  expectedCompletionAt: Date | null;

  @Field(() => [ID], {
    description: 'Open tasks without an estimate (they make the completion time too early).',
  })
  unestimatedTaskIds: string[];

  @Field(() => Int)
  openTaskCount: number;

  @Field(() => Int)
  doneTaskCount: number;
}
