import {
  EXERCISE_ENTRY_MAX_LENGTH,
  EXERCISE_IMPROVEMENT_OWNER_MAX_LENGTH,
  EXERCISE_IMPROVEMENT_TITLE_MAX_LENGTH,
  EXERCISE_MAX_ADVANCE_MINUTES,
  EXERCISE_TITLE_MAX_LENGTH,
} from '@lagebild/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import {
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';

/*
 * Shape and size are checked here; the rules (known scenario and kind, required texts, the clock
 * step) by the domain, which words each problem with a code. Texts get headroom over the
 * domain's limits so the domain's coded issue is what a client sees.
 */

@InputType()
export class StartExerciseInput {
  @Field({ description: 'A built-in scenario (see `exerciseScenarios`).' })
  @IsString()
  @MaxLength(200)
  scenarioKey: string;

  @Field()
  @IsString()
  @MaxLength(EXERCISE_TITLE_MAX_LENGTH * 2)
  title: string;

  @Field({ description: 'Safe to retry: the same key returns the first exercise.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  idempotencyKey: string;
}

@InputType({ description: 'Either `minutes` or `toNextInject: true`.' })
export class AdvanceExerciseClockInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => Int, { nullable: true, description: 'Exercise minutes to move on.' })
  @IsOptional()
  @IsInt()
  @Min(-EXERCISE_MAX_ADVANCE_MINUTES * 10)
  @Max(EXERCISE_MAX_ADVANCE_MINUTES * 10)
  minutes?: number | null;

  @Field(() => Boolean, { nullable: true, description: 'Move to the next inject.' })
  @IsOptional()
  @IsBoolean()
  toNextInject?: boolean | null;
}

@InputType()
export class LogExerciseEntryInput {
  @Field(() => ID)
  @IsUUID()
  exerciseId: string;

  @Field({ description: 'ACTION, DECISION, CUSTOMER_WORD or GAP.' })
  @IsString()
  @MaxLength(64)
  kind: string;

  @Field()
  @IsString()
  @MaxLength(EXERCISE_ENTRY_MAX_LENGTH * 2)
  text: string;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  idempotencyKey: string;
}

@InputType()
export class AddExerciseImprovementInput {
  @Field(() => ID)
  @IsUUID()
  exerciseId: string;

  @Field()
  @IsString()
  @MaxLength(EXERCISE_IMPROVEMENT_TITLE_MAX_LENGTH * 2)
  title: string;

  @Field(() => String, { nullable: true, description: 'Empty when left out.' })
  @IsOptional()
  @IsString()
  @MaxLength(EXERCISE_IMPROVEMENT_OWNER_MAX_LENGTH * 2)
  owner?: string;

  @Field(() => String, { nullable: true, description: 'ISO date, e.g. 2026-01-31.' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  dueOn?: string | null;

  @Field()
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  idempotencyKey: string;
}

@InputType()
export class EndExerciseInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}
