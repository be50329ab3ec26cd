import {
  PLAN_MAX_NEEDS,
  PLAN_MAX_STAFF,
  PLAN_MAX_STEPS,
  PLAN_NEED_MAX_LENGTH,
  PLAN_OWNER_MAX_LENGTH,
  PLAN_STEP_MAX_LENGTH,
  PLAN_TITLE_MAX_LENGTH,
} from '@lagebild/domain';
import { Field, Float, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';

/*
 * Shape and size are checked here; the rules (required texts, key formats, a positive staff
 * count) by the domain, which words each problem with a code. Lists get a little headroom over
 * the domain's limits so the domain's coded issue is what a client sees.
 */

@InputType()
export class PlanCapacityInput {
  @Field()
  @IsString()
  @MaxLength(200)
  backlogKey: string;

  @Field(() => Float)
  @Min(-PLAN_MAX_STAFF)
  @Max(PLAN_MAX_STAFF * 10)
  staff: number;
}

@InputType({ isAbstract: true })
class ContinuationPlanFields {
  @Field()
  @IsString()
  @MaxLength(200)
  serviceKey: string;

  @Field()
  @IsString()
  @MaxLength(PLAN_TITLE_MAX_LENGTH * 2)
  title: string;

  @Field()
  @IsString()
  @MaxLength(PLAN_OWNER_MAX_LENGTH * 2)
  owner: string;

  @Field(() => [String])
  @ArrayMaxSize(PLAN_MAX_STEPS * 2)
  @IsString({ each: true })
  @MaxLength(PLAN_STEP_MAX_LENGTH * 2, { each: true })
  steps: string[];

  @Field(() => [String])
  @ArrayMaxSize(PLAN_MAX_NEEDS * 2)
  @IsString({ each: true })
  @MaxLength(PLAN_NEED_MAX_LENGTH * 2, { each: true })
  needs: string[];

  @Field(() => PlanCapacityInput, {
    nullable: true,
    description: 'Extra people for a backlog while the plan is active; null for none.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PlanCapacityInput)
  addsCapacity?: PlanCapacityInput | null;
}

@InputType()
export class CreateContinuationPlanInput extends ContinuationPlanFields {}

@InputType({ description: 'The whole plan as the form holds it, with the version it was read at.' })
export class UpdateContinuationPlanInput extends ContinuationPlanFields {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class DeleteContinuationPlanInput {
  @Field(() => ID)
  @IsUUID()
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;
}

@InputType()
export class ActivateContinuationPlanInput {
  @Field(() => ID)
  @IsUUID()
  planId: string;

  @Field(() => ID)
  @IsUUID()
  incidentId: string;

  @Field({ description: 'Safe to retry: the same key returns the first activation.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  idempotencyKey: string;
}

@InputType()
export class EndContinuationPlanInput {
  @Field(() => ID)
  @IsUUID()
  activationId: string;
}
