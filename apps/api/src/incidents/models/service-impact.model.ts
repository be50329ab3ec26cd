import { type ServiceStatus } from '@lagebild/domain';
import { Field, GraphQLISODateTime, ObjectType } from '@nestjs/graphql';
import { ServiceStatusEnum } from '../../services/models/service.model';

@ObjectType('ServiceImpact', {
  description: 'One period in which one service was impaired during an incident.',
})
export class ServiceImpactModel {
  @Field()
  serviceKey: string;

  @Field(() => ServiceStatusEnum, {
    description: 'The current condition while open; the last impaired condition once closed.',
  })
  status: ServiceStatus;

  @Field(() => GraphQLISODateTime, {
    description: 'When the impact began (the RTO counts from here).',
  })
  since: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it ended; null while open.',
  })
  until: Date | null;
}
