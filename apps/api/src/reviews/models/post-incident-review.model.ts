import { REVIEW_ACTIONS_MAX, type ReviewFindingCode } from '@lagebild/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { GraphQLJSON } from '../../graphql/json.scalar';
import { IncidentMetricsModel } from '../../metrics/models/incident-metrics.model';

export const ReviewFindingCodeEnum = {
  NO_PUBLIC_WORD: 'NO_PUBLIC_WORD',
  FIRST_WORD_LATE: 'FIRST_WORD_LATE',
  SILENCE_OVER_CADENCE: 'SILENCE_OVER_CADENCE',
  RTO_MISSED: 'RTO_MISSED',
  PROMISES_MISSED: 'PROMISES_MISSED',
  BACKLOG_LATER_THAN_FORECAST: 'BACKLOG_LATER_THAN_FORECAST',
  BACKLOG_NOT_CLEARED: 'BACKLOG_NOT_CLEARED',
} as const satisfies { [C in ReviewFindingCode]: C };

registerEnumType(ReviewFindingCodeEnum, {
  name: 'ReviewFindingCode',
  description: 'What a post-incident review points out.',
});

@ObjectType('ReviewFinding', { description: 'A finding, for a reader to word in their language.' })
export class ReviewFindingModel {
  @Field(() => ReviewFindingCodeEnum)
  code: ReviewFindingCode;

  @Field(() => GraphQLJSON, {
    description: 'The values its wording needs, e.g. `{ minutes, cadenceMinutes }`.',
  })
  params: Record<string, string | number>;
}

@ObjectType('ReviewBacklog', {
  description: 'A backlog of the incident: its peak, the forecast at resolution, when it cleared.',
})
export class ReviewBacklogModel {
  @Field()
  backlogKey: string;

  @Field()
  name: string;

  @Field(() => Int)
  peakOpen: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  forecastAtResolution: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Null while items are open.' })
  clearedAt: Date | null;

  @Field(() => Int, { nullable: true })
  minutesLaterThanForecast: number | null;
}

@ObjectType('ReviewAction', { description: 'A follow-up action of a review.' })
export class ReviewActionModel {
  @Field(() => ID)
  id: string;

  @Field()
  title: string;

  @Field()
  owner: string;

  @Field(() => String, { nullable: true, description: 'ISO date, e.g. 2026-12-15.' })
  dueOn: string | null;

  @Field()
  done: boolean;

  @Field(() => GraphQLISODateTime, { nullable: true })
  doneAt: Date | null;

  @Field(() => Int)
  version: number;
}

@ObjectType('PostIncidentReview', {
  description:
    'The review of a resolved incident: numbers and findings generated from its data, what went well and what did not, and follow-up actions.',
})
export class PostIncidentReviewModel {
  @Field(() => ID)
  incidentId: string;

  @Field(() => GraphQLISODateTime)
  generatedAt: Date;

  @Field(() => IncidentMetricsModel)
  metrics: IncidentMetricsModel;

  @Field(() => Int, {
    nullable: true,
    description: 'The cadence of public words for the severity; null: none.',
  })
  cadenceMinutes: number | null;

  @Field(() => [ReviewBacklogModel])
  backlogs: ReviewBacklogModel[];

  @Field(() => [ReviewFindingModel])
  findings: ReviewFindingModel[];

  @Field()
  wentWell: string;

  @Field()
  wentBadly: string;

  @Field(() => Int, { description: 'Version of the written part; 0 while nothing was written.' })
  version: number;

  @Field(() => [ReviewActionModel], {
    description: `Follow-up actions in the order added (at most ${REVIEW_ACTIONS_MAX}).`,
  })
  actions: ReviewActionModel[];
}
