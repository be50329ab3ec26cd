import {
  type AuthorityDecision,
  BREACH_AFFECTED_PEOPLE_MAX,
  BREACH_TEXT_MAX_LENGTH,
  type BreachAspect,
} from '@lagebild/domain';
import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import {
  ArrayMaxSize,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { NullClears } from '../../graphql/validation.pipe';
import { AuthorityDecisionEnum, BreachAspectEnum } from '../models/personal-data-breach.model';

/**
 * The whole record as the form holds it. Without `version` it is the first record of the
 * incident; with it, it replaces the record saved at that version (CONFLICT otherwise).
 * Shape and size are checked here; the rules (reasons, times) by the domain. Optional fields
 * have no schema defaults: compiled queries do not apply input-field defaults to variables.
 */
@InputType()
export class RecordPersonalDataBreachInput {
  @Field(() => ID)
  @IsUUID()
  incidentId: string;

  @Field(() => Int, {
    nullable: true,
    description: 'The version the edit is based on; leave out for the first record.',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  version?: number;

  @Field(() => [BreachAspectEnum])
  @IsIn(Object.values(BreachAspectEnum), { each: true })
  @ArrayMaxSize(Object.values(BreachAspectEnum).length)
  aspects: BreachAspect[];

  @Field(() => GraphQLISODateTime, { description: 'When the organisation became aware.' })
  @IsDate()
  awareAt: Date;

  @Field(() => String, { nullable: true, description: 'Empty when left out.' })
  @IsOptional()
  @IsString()
  @MaxLength(BREACH_TEXT_MAX_LENGTH)
  facts?: string;

  @Field(() => String, { nullable: true, description: 'Empty when left out.' })
  @IsOptional()
  @IsString()
  @MaxLength(BREACH_TEXT_MAX_LENGTH)
  effects?: string;

  @Field(() => String, { nullable: true, description: 'Empty when left out.' })
  @IsOptional()
  @IsString()
  @MaxLength(BREACH_TEXT_MAX_LENGTH)
  remedialAction?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(BREACH_AFFECTED_PEOPLE_MAX)
  @NullClears()
  affectedPeopleEstimate?: number | null;

  @Field(() => AuthorityDecisionEnum, { nullable: true, description: 'PENDING when left out.' })
  @IsOptional()
  @IsIn(Object.values(AuthorityDecisionEnum))
  authorityDecision?: AuthorityDecision;

  @Field(() => GraphQLISODateTime, { nullable: true })
  @IsOptional()
  @IsDate()
  @NullClears()
  authorityNotifiedAt?: Date | null;

  @Field(() => String, { nullable: true, description: 'Empty when left out.' })
  @IsOptional()
  @IsString()
  @MaxLength(BREACH_TEXT_MAX_LENGTH)
  authorityReason?: string;
}
