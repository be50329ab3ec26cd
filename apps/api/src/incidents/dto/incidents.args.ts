import { type IncidentStatus, type Severity } from '@lagebild/domain';
import { ArgsType, Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IncidentStatusEnum, SeverityEnum } from '../models/incident.model';

@InputType({ description: 'Every given criterion must match.' })
export class IncidentFilterInput {
  @Field(() => [IncidentStatusEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsIn(Object.values(IncidentStatusEnum), { each: true })
  status?: IncidentStatus[];

  @Field(() => [SeverityEnum], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsIn(Object.values(SeverityEnum), { each: true })
  severity?: Severity[];

  @Field({ nullable: true, description: 'Only incidents that are not resolved.' })
  @IsOptional()
  @IsBoolean()
  activeOnly?: boolean;

  @Field({ nullable: true, description: 'Only incidents that impact this service.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  serviceKey?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Started at or after.' })
  @IsOptional()
  @IsDate()
  startedAfter?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Started before.' })
  @IsOptional()
  @IsDate()
  startedBefore?: Date;
}

@ArgsType()
export class IncidentsArgs {
  @Field(() => IncidentFilterInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => IncidentFilterInput)
  filter?: IncidentFilterInput;

  @Field(() => Int, { nullable: true, defaultValue: 20, description: 'Page size, 1 to 100.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100)
  first?: number;

  @Field(() => String, { nullable: true, description: 'The `endCursor` of the previous page.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  // Relay clients send an explicit null for the first page.
  after?: string | null;
}

@ArgsType()
export class IncidentArgs {
  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  id: string;
}

@ArgsType()
export class IncidentByRefArgs {
  @Field({ description: 'E.g. `INC-0001`.' })
  @IsString()
  @MaxLength(20)
  ref: string;
}
