import { Field, Float, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('IncidentCountBySeverity')
export class IncidentCountBySeverityModel {
  @Field(() => Int)
  SEV1: number;

  @Field(() => Int)
  SEV2: number;

  @Field(() => Int)
  SEV3: number;

  @Field(() => Int)
  SEV4: number;
}

@ObjectType('PeriodMetrics', {
  description: 'The review of a period: incidents that started in [from, to), judged at asOf.',
})
export class PeriodMetricsModel {
  @Field(() => GraphQLISODateTime)
  from: Date;

  @Field(() => GraphQLISODateTime)
  to: Date;

  @Field(() => Int)
  incidentCount: number;

  @Field(() => IncidentCountBySeverityModel)
  countBySeverity: IncidentCountBySeverityModel;

  @Field(() => Int)
  resolvedCount: number;

  @Field(() => Int, {
    nullable: true,
    description: 'Mean time to resolve (MTTR) in minutes; null when none is resolved.',
  })
  meanTimeToResolveMinutes: number | null;

  @Field(() => Int, { description: 'Service outages whose RTO can already be judged.' })
  rtoJudgedCount: number;

  @Field(() => Int)
  rtoMetCount: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Share of judged outages recovered within their RTO (0–1).',
  })
  rtoComplianceShare: number | null;
}
