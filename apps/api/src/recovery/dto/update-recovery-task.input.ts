import { type RecoveryTaskStatus } from '@lagebild/domain';
import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { RecoveryTaskStatusEnum } from '../models/recovery-task.model';
import { RecoveryOverrideInput } from './add-recovery-task.input';
import { NullClears, PartialUpdate } from '../../graphql/validation.pipe';

/** Fields left out stay as they are; `null` clears owner, estimate, service or override. */
@PartialUpdate()
@InputType()
export class UpdateRecoveryTaskInput {
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

  @Field(() => RecoveryTaskStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(RecoveryTaskStatusEnum))
  status?: RecoveryTaskStatus;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @NullClears()
  serviceKey?: string | null;

  @Field(() => String, { nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @NullClears()
  owner?: string | null;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(525_600)
  @NullClears()
  estimateMinutes?: number | null;

  @Field(() => [ID], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(36, { each: true })
  dependsOn?: string[];

  @Field(() => RecoveryOverrideInput, {
    nullable: true,
    description: 'A manual rank with its reason; null removes the override.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecoveryOverrideInput)
  @NullClears()
  override?: RecoveryOverrideInput | null;

  @Field(() => Boolean, {
    nullable: true,
    description: 'True when doing the task gives customers a public word.',
  })
  @IsOptional()
  @IsBoolean()
  tellsCustomers?: boolean | null;
}
