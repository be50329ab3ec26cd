import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { OutageCostPerHourInput } from './outage-cost-per-hour.input';

/**
 * Shape and size are checked here at the edge; the business rules (slug format, known
 * dependencies, no cycles) are the domain's and are checked there.
 */
@InputType()
export class CreateServiceInput {
  @Field()
  @IsString()
  @MaxLength(64)
  key: string;

  @Field()
  @IsString()
  @MaxLength(200)
  name: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  @Max(4)
  tier: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(525600)
  rtoMinutes: number;

  @Field(() => Int)
  @IsInt()
  @Min(0)
  @Max(525600)
  rpoMinutes: number;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  dependsOn?: string[];

  @Field(() => Int, {
    nullable: true,
    description:
      'Maximum tolerable period of disruption in minutes; at least rtoMinutes (BELOW_RTO otherwise).',
  })
  @IsOptional()
  @IsInt()
  mtpdMinutes?: number;

  @Field(() => OutageCostPerHourInput, {
    nullable: true,
    description: 'The estimated cost of an hour of full outage.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => OutageCostPerHourInput)
  outageCostPerHour?: OutageCostPerHourInput;

  @Field({
    nullable: true,
    description: 'An outside supplier; its rtoMinutes is the recovery time it promises.',
  })
  @IsOptional()
  @IsBoolean()
  supplier?: boolean;
}
