import { type IncidentMetrics, type RtoOutcome } from '@lagebild/domain';
import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

export const RtoOutcomeEnum = {
  RECOVERED_WITHIN_RTO: 'RECOVERED_WITHIN_RTO',
  RECOVERED_LATE: 'RECOVERED_LATE',
  OPEN_WITHIN_RTO: 'OPEN_WITHIN_RTO',
  OPEN_RTO_BREACHED: 'OPEN_RTO_BREACHED',
  NO_RTO: 'NO_RTO',
} as const satisfies { [O in RtoOutcome]: O };

registerEnumType(RtoOutcomeEnum, {
  name: 'RtoOutcome',
  description: 'A service’s recovery against its recovery time objective.',
});

@ObjectType('ServiceRecoveryMetric', {
  description: 'How long one service took (or has taken so far) to come back, against its RTO.',
})
export class ServiceRecoveryMetricModel {
  @Field()
  serviceKey: string;

  @Field(() => Int, { nullable: true })
  rtoMinutes: number | null;

  @Field(() => GraphQLISODateTime)
  impairedSince: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  recoveredAt: Date | null;

  @Field(() => Int, { nullable: true, description: 'Null while still impaired.' })
  timeToRecoverMinutes: number | null;

  @Field(() => Int, { description: 'Impaired so far (to recovery, or to asOf while open).' })
  impairedMinutes: number;

  @Field(() => RtoOutcomeEnum)
  outcome: RtoOutcome;

  @Field(() => Int)
  minutesOverRto: number;
}

@ObjectType('BacklogMetric', { description: 'One backlog of the incident, up to asOf.' })
export class BacklogMetricModel {
  @Field()
  backlogKey: string;

  @Field(() => Int)
  peakOpen: number;

  @Field(() => Int)
  currentOpen: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  forecastClearsAt: Date | null;

  @Field(() => Int, {
    description:
      'Items that already missed their promise: done after their due time or still open past it (not the forecast\'s "will miss").',
  })
  promisesMissed: number;
}

@ObjectType('IncidentMetrics', { description: 'The numbers management reviews for one incident.' })
export class IncidentMetricsModel {
  @Field(() => Int, { nullable: true })
  timeToDetectMinutes: number | null;

  @Field(() => Int, { nullable: true })
  timeToFirstPublicUpdateMinutes: number | null;

  @Field(() => Int, { nullable: true })
  timeToResolveMinutes: number | null;

  @Field(() => [ServiceRecoveryMetricModel])
  services: ServiceRecoveryMetricModel[];

  @Field(() => [BacklogMetricModel])
  backlogs: BacklogMetricModel[];

  @Field(() => Int)
  backlogPeakOpen: number;

  @Field(() => Int)
  backlogCurrentOpen: number;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the last backlog clears; null when one never clears at its capacity.',
  })
  backlogsClearAt: Date | null;

  @Field()
  someBacklogNeverClears: boolean;

  @Field(() => Int)
  backlogPromisesMissed: number;

  @Field(() => Int, { description: 'Promised next updates that passed without a public word.' })
  updatePromisesMissed: number;

  @Field(() => Int)
  promisesMissed: number;

  @Field(() => Int, {
    description: 'Longest stretch without a public word while customers felt the incident.',
  })
  longestSilenceMinutes: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  longestSilenceFrom: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  longestSilenceTo: Date | null;
}

/** The domain's metrics as GraphQL shows them (the silence as two fields, backlogs by key). */
export function toIncidentMetricsModel(metrics: IncidentMetrics): IncidentMetricsModel {
  return {
    ...metrics,
    backlogs: metrics.backlogs.map(({ key, ...rest }) => ({ backlogKey: key, ...rest })),
    longestSilenceFrom: metrics.longestSilence?.from ?? null,
    longestSilenceTo: metrics.longestSilence?.to ?? null,
  };
}
