import { type ServiceStatus } from '@lagebild/domain';
import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsBoolean,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { OutageCostPerHourInput } from './outage-cost-per-hour.input';
import { ServiceStatusEnum } from '../models/service.model';
import { NullClears, PartialUpdate } from '../../graphql/validation.pipe';

/** Changes to one service; fields left out stay as they are. */
@PartialUpdate()
@InputType()
export class UpdateServiceInput {
  @Field()
  @IsString()
  @MaxLength(64)
  key: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  name?: string;

  @Field({ nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  description?: string;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(4)
  tier?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(525600)
  rtoMinutes?: number;

  @Field(() => Int, { nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(525600)
  rpoMinutes?: number;

  @Field(() => [String], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(100)
  @IsString({ each: true })
  @MaxLength(64, { each: true })
  dependsOn?: string[];

  @Field(() => ServiceStatusEnum, { nullable: true })
  @IsOptional()
  @IsIn(Object.values(ServiceStatusEnum))
  status?: ServiceStatus;

  @Field(() => Int, {
    nullable: true,
    description:
      'Maximum tolerable period of disruption in minutes; at least rtoMinutes (BELOW_RTO otherwise). null clears it.',
  })
  @IsOptional()
  @IsInt()
  @NullClears()
  mtpdMinutes?: number | null;

  @Field(() => OutageCostPerHourInput, {
    nullable: true,
    description: 'The estimated cost of an hour of full outage. null clears it.',
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => OutageCostPerHourInput)
  @NullClears()
  outageCostPerHour?: OutageCostPerHourInput | null;

  @Field({
    nullable: true,
    description: 'An outside supplier; its rtoMinutes is the recovery time it promises.',
  })
  @IsOptional()
  @IsBoolean()
  supplier?: boolean;
}
