import { Field, InputType, Int } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';

@InputType()
export class WorkingPeriodInput {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  @IsInt()
  @Min(1)
  @Max(7)
  weekday: number;

  @Field({ description: 'Local start `HH:mm`.' })
  @IsString()
  @MaxLength(5)
  start: string;

  @Field({ description: 'Local end `HH:mm` or `24:00`.' })
  @IsString()
  @MaxLength(5)
  end: string;
}

/** Fields left out come from the default: Monday–Friday 08:00–17:00 Europe/Berlin. */
@InputType()
export class WorkingCalendarInput {
  @Field({ nullable: true, description: 'IANA time zone, e.g. `Europe/Berlin`.' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  timeZone?: string;

  @Field(() => [WorkingPeriodInput], { nullable: true })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(70)
  @ValidateNested({ each: true })
  @Type(() => WorkingPeriodInput)
  workingHours?: WorkingPeriodInput[];

  @Field(() => [String], { nullable: true, description: 'Local dates `yyyy-MM-dd`.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1000)
  @IsString({ each: true })
  @MaxLength(10, { each: true })
  holidays?: string[];
}
