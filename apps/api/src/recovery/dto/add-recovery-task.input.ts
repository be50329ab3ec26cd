import { Field, ID, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { NullClears } from '../../graphql/validation.pipe';

@InputType({ description: 'Place a task at a rank by hand; the reason is required and shown.' })
export class RecoveryOverrideInput {
  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(10_000)
  rank: number;

  @Field()
  @IsString()
  @MaxLength(500)
  reason: string;
}

@InputType()
export class AddRecoveryTaskInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  incidentId: string;

  @Field()
  @IsString()
  @MaxLength(200)
  title: string;

  @Field(() => String, { nullable: true, description: 'Key of the service the task restores.' })
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

  @Field(() => Int, { nullable: true, description: 'Expected working time in minutes.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(525_600)
  @NullClears()
  estimateMinutes?: number | null;

  @Field(() => [ID], { nullable: true, description: 'Tasks of the same incident to finish first.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(36, { each: true })
  dependsOn?: string[];

  @Field(() => RecoveryOverrideInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => RecoveryOverrideInput)
  @NullClears()
  override?: RecoveryOverrideInput | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'True when doing the task gives customers a public word; it ranks higher while one is overdue.',
  })
  @IsOptional()
  @IsBoolean()
  tellsCustomers?: boolean | null;
}
