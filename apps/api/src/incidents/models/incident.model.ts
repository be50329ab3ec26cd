import {
  INCIDENT_STATUSES,
  type IncidentStatus,
  SEVERITIES,
  type Severity,
  UPDATE_VISIBILITIES,
} from '@lagebild/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** GraphQL enums built from the domain's lists, so the two can never drift apart. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const SeverityEnum = enumOf(SEVERITIES);
export const IncidentStatusEnum = enumOf(INCIDENT_STATUSES);
export const UpdateVisibilityEnum = enumOf(UPDATE_VISIBILITIES);

registerEnumType(SeverityEnum, {
  name: 'Severity',
  description: 'SEV1 = the business cannot work … SEV4 = a minor nuisance.',
});
registerEnumType(IncidentStatusEnum, {
  name: 'IncidentStatus',
  description:
    'INVESTIGATING → IDENTIFIED → RECOVERING → MONITORING → RESOLVED; forward skips allowed, a resolved incident can be reopened.',
});
registerEnumType(UpdateVisibilityEnum, {
  name: 'UpdateVisibility',
  description: 'INTERNAL: the team only. PUBLIC: status page and feed.',
});

/**
 * An outage or disruption. This shape is stable: other features add fields onto `Incident`
 * with `@ResolveField` (backlogs, communications, metrics, business recovery) using `id`.
 */
@ObjectType('Incident', { description: 'An outage or disruption, from declaration to resolution.' })
export class IncidentModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Human reference, e.g. `INC-0001`.' })
  ref: string;

  @Field({ description: 'The team’s name for it; the public never reads it.' })
  title: string;

  @Field(() => String, {
    nullable: true,
    description:
      'What the public page, summary.json, the feed and the static site show instead of the title; null: a neutral wording naming the affected services.',
  })
  publicTitle: string | null;

  @Field()
  summary: string;

  @Field(() => SeverityEnum)
  severity: Severity;

  @Field(() => IncidentStatusEnum)
  status: IncidentStatus;

  @Field(() => GraphQLISODateTime, { description: 'When the disruption began.' })
  startedAt: Date;

  @Field(() => GraphQLISODateTime, { description: 'When someone noticed.' })
  detectedAt: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the technology worked again (RESOLVED); null while active.',
  })
  resolvedAt: Date | null;

  @Field(() => String, { nullable: true, description: 'The person leading the response.' })
  commander: string | null;

  @Field(() => Int, { description: 'Send it back with an update; a stale one is refused.' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
