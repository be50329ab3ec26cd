import {
  INCIDENT_PUBLIC_TITLE_MAX_LENGTH,
  type Severity,
  type ServiceStatus,
} from '@lagebild/domain';
import { Field, GraphQLISODateTime, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsDate,
  IsIn,
  IsOptional,
  IsString,
  MaxLength,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { ServiceStatusEnum } from '../../services/models/service.model';
import { SeverityEnum } from '../models/incident.model';
import { NullClears } from '../../graphql/validation.pipe';

@InputType({ description: 'A service that is impaired from the start of the incident.' })
export class InitialImpactInput {
  @Field()
  @IsString()
  @MaxLength(64)
  serviceKey: string;

  @Field(() => ServiceStatusEnum)
  @IsIn(Object.values(ServiceStatusEnum))
  status: ServiceStatus;
}

/** Shape and size are checked here; the rules (times, lengths after trimming) by the domain. */
@InputType()
export class DeclareIncidentInput {
  @Field()
  @IsString()
  @MaxLength(200)
  title: string;

  @Field(() => String, {
    nullable: true,
    description:
      'What the public reads instead of the title; left out or null: a neutral wording naming the affected services.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(INCIDENT_PUBLIC_TITLE_MAX_LENGTH)
  @NullClears()
  publicTitle?: string | null;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  summary?: string;

  @Field(() => SeverityEnum)
  @IsIn(Object.values(SeverityEnum))
  severity: Severity;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Defaults to now.' })
  @IsOptional()
  @IsDate()
  startedAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Defaults to now.' })
  @IsOptional()
  @IsDate()
  detectedAt?: Date;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @NullClears()
  commander?: string | null;

  @Field(() => [InitialImpactInput], {
    nullable: true,
    description: 'Services impaired since `startedAt`.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => InitialImpactInput)
  impacts?: InitialImpactInput[];

  @Field({
    nullable: true,
    description:
      'Any string unique per declaration; a retry with it declares nothing new and returns the same incident.',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  idempotencyKey?: string;
}
