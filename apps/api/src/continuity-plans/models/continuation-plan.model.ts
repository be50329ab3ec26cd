import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('PlanCapacity', {
  description:
    "Extra people working a backlog while a plan is active, each at the backlog's items per staff-hour.",
})
export class PlanCapacityModel {
  @Field({ description: 'The backlog the people work (it may be created only during an outage).' })
  backlogKey: string;

  @Field(() => Float, { description: 'People added; fractions are part-timers.' })
  staff: number;
}

@ObjectType('ContinuationPlan', {
  description: 'A fallback procedure of one service for while it is down.',
})
export class ContinuationPlanModel {
  @Field(() => ID)
  id: string;

  @Field()
  serviceKey: string;

  @Field()
  title: string;

  @Field({ description: 'Who runs the plan.' })
  owner: string;

  @Field(() => [String], { description: 'The steps, in the order they are done.' })
  steps: string[];

  @Field(() => [String], { description: 'People, equipment and access the plan needs.' })
  needs: string[];

  @Field(() => PlanCapacityModel, { nullable: true })
  addsCapacity: PlanCapacityModel | null;

  @Field(() => Int, { description: 'Send it back with an edit; a stale version gets CONFLICT.' })
  version: number;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}

@ObjectType('ContinuationPlanActivation', {
  description:
    'A plan activated during an incident, with its title and added capacity as they were when it started.',
})
export class ContinuationPlanActivationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID, { description: 'The plan (it may have been deleted since).' })
  planId: string;

  @Field(() => ID)
  incidentId: string;

  @Field()
  serviceKey: string;

  @Field()
  title: string;

  @Field(() => PlanCapacityModel, { nullable: true })
  addsCapacity: PlanCapacityModel | null;

  @Field(() => GraphQLISODateTime)
  activatedAt: Date;

  @Field()
  activatedBy: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null while it runs.' })
  endedAt: Date | null;

  @Field(() => String, { nullable: true })
  endedBy: string | null;
}
