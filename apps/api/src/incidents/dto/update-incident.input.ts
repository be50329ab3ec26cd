import { INCIDENT_PUBLIC_TITLE_MAX_LENGTH, type Severity } from '@lagebild/domain';
import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { SeverityEnum } from '../models/incident.model';
import { NullClears, PartialUpdate } from '../../graphql/validation.pipe';

/** Changes the descriptive fields; the status moves only with `postIncidentUpdate`. */
@PartialUpdate()
@InputType()
export class UpdateIncidentInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  id: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  title?: string;

  @Field(() => String, {
    nullable: true,
    description:
      'What the public reads instead of the title; left out: unchanged; null: removed, the public reads a neutral wording naming the affected services.',
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

  @Field(() => SeverityEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(SeverityEnum))
  severity?: Severity;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  startedAt?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  detectedAt?: Date;

  @Field(() => String, { nullable: true, description: 'Null clears the commander.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @NullClears()
  commander?: string | null;
}
