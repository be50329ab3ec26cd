import { SERVICE_STATUSES, type ServiceStatus } from '@lagebild/domain';
import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** GraphQL enum built from the domain's list, so the two can never drift apart. */
export const ServiceStatusEnum = Object.fromEntries(
  SERVICE_STATUSES.map((status) => [status, status]),
) as { [S in ServiceStatus]: S };

registerEnumType(ServiceStatusEnum, {
  name: 'ServiceStatus',
  description: 'The status values status pages use, so existing status widgets understand them.',
});

@ObjectType('OutageCostPerHour', { description: 'The estimated loss of an hour of full outage.' })
export class OutageCostPerHourModel {
  @Field(() => Int)
  orders: number;

  @Field(() => Int)
  euros: number;
}

@ObjectType('Service', { description: 'A business capability or system the business relies on.' })
export class ServiceModel {
  @Field({ description: 'Stable slug, e.g. `order-database`.' })
  key: string;

  @Field()
  name: string;

  @Field()
  description: string;

  @Field(() => Int, { description: '1 = most critical … 4 = least critical.' })
  tier: number;

  @Field(() => Int, { description: 'Recovery time objective in minutes.' })
  rtoMinutes: number;

  @Field(() => Int, { description: 'Recovery point objective in minutes.' })
  rpoMinutes: number;

  @Field(() => [String], { description: 'Keys of the services this one needs.' })
  dependsOn: string[];

  @Field(() => ServiceStatusEnum)
  status: ServiceStatus;

  @Field(() => Int, {
    nullable: true,
    description:
      'Maximum tolerable period of disruption in minutes (the RTO never exceeds it); null: not assessed.',
  })
  mtpdMinutes: number | null;

  @Field(() => OutageCostPerHourModel, {
    nullable: true,
    description: 'What an hour of full outage costs, estimated; null: not estimated.',
  })
  outageCostPerHour: OutageCostPerHourModel | null;

  @Field({
    description:
      'An outside supplier (carrier, payment provider, mail host); its rtoMinutes is the recovery time it promises.',
  })
  supplier: boolean;

  @Field(() => Int, { description: 'Send it back with an update; a stale one is refused.' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
