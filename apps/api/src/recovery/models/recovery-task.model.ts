import { RECOVERY_TASK_STATUSES, type RecoveryTaskStatus } from '@lagebild/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from '../../graphql/json.scalar';

export const RecoveryTaskStatusEnum = Object.fromEntries(
  RECOVERY_TASK_STATUSES.map((status) => [status, status]),
) as { [S in RecoveryTaskStatus]: S };

registerEnumType(RecoveryTaskStatusEnum, {
  name: 'RecoveryTaskStatus',
  description: 'TODO, IN_PROGRESS, BLOCKED or DONE; moves follow one transition table.',
});

@ObjectType('RecoveryOverride', { description: 'A person placed the task at a rank, and why.' })
export class RecoveryOverrideModel {
  @Field(() => Int, { description: 'The requested rank, 1 = first.' })
  rank: number;

  @Field()
  reason: string;
}

@ObjectType('RecoveryScoreBreakdown', {
  description: 'The points a task earned by criterion (see docs/domain.md, "Recovery priorities").',
})
export class ScoreBreakdownModel {
  @Field(() => Int)
  tier: number;

  @Field(() => Int, { description: 'Time left to the RTO of its service.' })
  rto: number;

  @Field(() => Int, { description: 'Services that depend on its service.' })
  dependents: number;

  @Field(() => Int, { description: 'Backlogs held up.' })
  backlogs: number;

  @Field(() => Int, { description: 'Customer impact: own outage and items waiting.' })
  customers: number;

  @Field(() => Int, {
    description:
      'A task that tells customers while a public word is overdue (it ends the silence).',
  })
  communication: number;

  @Field(() => Int)
  total: number;
}

@ObjectType('RankReason', { description: 'One reason for a rank, as a sentence and as data.' })
export class RankReasonModel {
  @Field({ description: 'Machine-readable, e.g. RTO_PASSED or BLOCKS_SERVICES.' })
  code: string;

  @Field({ description: 'The sentence, e.g. "RTO of 4 h passed 2 h ago".' })
  text: string;

  @Field(() => GraphQLJSON, {
    description:
      'Everything the sentence says (names, numbers), so a client can word it in its reader’s language.',
  })
  params: Readonly<Record<string, string | number | readonly string[] | readonly number[]>>;
}

@ObjectType('RecoveryTask', { description: 'One step of an incident recovery plan, ranked.' })
export class RecoveryTaskModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  incidentId: string;

  @Field()
  title: string;

  @Field(() => String, { nullable: true, description: 'The service it restores.' })
  serviceKey: string | null;

  @Field(() => String, { nullable: true })
  owner: string | null;

  @Field(() => Int, { nullable: true, description: 'Expected working time in minutes.' })
  estimateMinutes: number | null;

  @Field(() => RecoveryTaskStatusEnum)
  status: RecoveryTaskStatus;

  @Field(() => [ID], { description: 'Tasks of the same incident that must be done first.' })
  dependsOn: string[];

  @Field(() => RecoveryOverrideModel, { nullable: true })
  override: RecoveryOverrideModel | null;

  @Field({ description: 'True when doing the task gives customers a public word.' })
  tellsCustomers: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  startedAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  completedAt: Date | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Recommended position, 1 = first; null when done.',
  })
  rank: number | null;

  @Field(() => Int, {
    description:
      'The number the order is decided by: own points, or those of the most urgent task waiting for it.',
  })
  score: number;

  @Field(() => ScoreBreakdownModel, { description: "The task's own points by criterion." })
  breakdown: ScoreBreakdownModel;

  @Field(() => ID, { nullable: true, description: 'The task whose urgency this one inherits.' })
  scoreInheritedFrom: string | null;

  @Field(() => [String], { description: 'Why it ranks here, in plain sentences.' })
  reasons: string[];

  @Field(() => [RankReasonModel])
  reasonDetails: RankReasonModel[];

  @Field(() => Int, { description: 'Send it back with an update; a stale one is refused.' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
