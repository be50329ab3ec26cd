import {
  REVIEW_ACTION_OWNER_MAX_LENGTH,
  REVIEW_ACTION_TITLE_MAX_LENGTH,
  REVIEW_TEXT_MAX_LENGTH,
} from '@lagebild/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { NullClears, PartialUpdate } from '../../graphql/validation.pipe';

/*
 * Shape and size are checked here; the rules by the domain. Optional fields carry no schema
 * defaults: compiled queries do not apply input-field defaults to variables.
 */

@InputType({
  description:
    'The written part of a review as the form holds it; `version` is the one it was read at (0 while nothing was written).',
})
export class UpdateIncidentReviewInput {
  @Field(() => ID)
  @IsUUID()
  incidentId: string;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  version: number;

  @Field()
  @IsString()
  @MaxLength(REVIEW_TEXT_MAX_LENGTH)
  wentWell: string;

  @Field()
  @IsString()
  @MaxLength(REVIEW_TEXT_MAX_LENGTH)
  wentBadly: string;
}

@InputType({ description: 'A new follow-up action of a review.' })
export class AddReviewActionInput {
  @Field(() => ID)
  @IsUUID()
  incidentId: string;

  @Field()
  @IsString()
  @MaxLength(REVIEW_ACTION_TITLE_MAX_LENGTH)
  title: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(REVIEW_ACTION_OWNER_MAX_LENGTH)
  owner?: string;

  @Field(() => String, { nullable: true, description: 'ISO date, e.g. 2026-12-15.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueOn must be a date like 2026-12-15' })
  @NullClears()
  dueOn?: string | null;

  @Field(() => String, {
    nullable: true,
    description: 'Makes a retry safe: the same key returns the action the first call added.',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  idempotencyKey?: string;
}

@InputType({ description: 'Changes a follow-up action; fields left out stay.' })
@PartialUpdate()
export class UpdateReviewActionInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(REVIEW_ACTION_TITLE_MAX_LENGTH)
  title?: string;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(REVIEW_ACTION_OWNER_MAX_LENGTH)
  owner?: string;

  @Field(() => String, { nullable: true, description: 'ISO date; null clears it.' })
  @IsOptional()
  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'dueOn must be a date like 2026-12-15' })
  @NullClears()
  dueOn?: string | null;

  @Field(() => Boolean, { nullable: true })
  @IsOptional()
  @IsBoolean()
  done?: boolean;
}
