import { type IncidentStatus, type UpdateVisibility } from '@lagebild/domain';
import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { IncidentStatusEnum, UpdateVisibilityEnum } from '../models/incident.model';

@InputType()
export class PostIncidentUpdateInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  incidentId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'If given, the update is refused when the incident changed since.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @Field()
  @IsString()
  @MaxLength(10_000)
  body: string;

  @Field({ nullable: true, description: 'Defaults to the signed-in person or API key.' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  author?: string;

  @Field(() => UpdateVisibilityEnum)
  @IsIn(Object.values(UpdateVisibilityEnum))
  visibility: UpdateVisibility;

  @Field(() => IncidentStatusEnum, {
    nullable: true,
    description: 'Move the incident to this status (checked against the state machine).',
  })
  @IsOptional()
  @IsIn(Object.values(IncidentStatusEnum))
  statusChange?: IncidentStatus;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it happened, for entries written after the fact. Defaults to now.',
  })
  @IsOptional()
  @IsDate()
  displayAt?: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When readers can expect the next update.',
  })
  @IsOptional()
  @IsDate()
  nextUpdateAt?: Date;

  @Field({
    nullable: true,
    description:
      'Any string unique per update of this incident; a retry with it adds nothing and returns the incident.',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  idempotencyKey?: string;
}
