import { type ServiceStatus } from '@lagebild/domain';
import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { ServiceStatusEnum } from '../../services/models/service.model';

@InputType()
export class SetServiceImpactInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  incidentId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'If given, the change is refused when the incident changed since.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @Field()
  @IsString()
  @MaxLength(64)
  serviceKey: string;

  @Field(() => ServiceStatusEnum, {
    description: 'OPERATIONAL ends the impact; anything else opens or updates it.',
  })
  @IsIn(Object.values(ServiceStatusEnum))
  status: ServiceStatus;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it changed. Defaults to now.',
  })
  @IsOptional()
  @IsDate()
  at?: Date;
}
