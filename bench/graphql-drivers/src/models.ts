import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('Service')
export class ServiceModel {
  @Field(() => ID)
  key!: string;

  @Field()
  name!: string;

  @Field(() => Int)
  tier!: number;

  // Resolved by ServiceResolver.dependsOn.
  dependsOn?: ServiceModel[];
}

@ObjectType('ServiceImpact')
export class ServiceImpactModel {
  @Field()
  status!: string;

  @Field(() => GraphQLISODateTime)
  since!: Date;

  // Resolved by ServiceImpactResolver.service.
  service?: ServiceModel;
}

@ObjectType('IncidentUpdate')
export class IncidentUpdateModel {
  @Field(() => ID)
  id!: string;

  @Field()
  body!: string;

  @Field()
  author!: string;

  @Field()
  visibility!: string;

  @Field(() => GraphQLISODateTime)
  displayAt!: Date;
}

@ObjectType('Incident')
export class IncidentModel {
  @Field(() => ID)
  id!: string;

  @Field()
  ref!: string;

  @Field()
  title!: string;

  @Field()
  severity!: string;

  @Field()
  status!: string;

  @Field(() => GraphQLISODateTime)
  startedAt!: Date;

  @Field(() => [ServiceImpactModel])
  impacts!: ServiceImpactModel[];

  @Field(() => [IncidentUpdateModel])
  updates!: IncidentUpdateModel[];
}
