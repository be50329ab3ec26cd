import { Field, Float, ID, InputType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import {
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { WorkingCalendarInput } from './working-calendar.input';
import { NullClears } from '../../graphql/validation.pipe';

/** Shape and size are checked here; the business rules (slug, bounds, calendar) by the domain. */
@InputType()
export class CreateBacklogInput {
  @Field()
  @IsString()
  @MaxLength(64)
  key: string;

  @Field()
  @IsString()
  @MaxLength(200)
  name: string;

  @Field({ description: 'What one item is, e.g. `e-mail`.' })
  @IsString()
  @MaxLength(50)
  unit: string;

  @Field(() => ID, { nullable: true, description: 'The incident that caused it.' })
  @IsOptional()
  @IsUUID()
  @NullClears()
  incidentId?: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Key of the service whose recovery the backlog waits for, e.g. the order database.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  @NullClears()
  serviceKey?: string | null;

  @Field(() => Float, { nullable: true, description: 'Promise in calendar hours, e.g. 24.' })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @NullClears()
  promiseHours?: number | null;

  @Field(() => Float, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  staff?: number;

  @Field(() => Float, { nullable: true, defaultValue: 0 })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  itemsPerStaffHour?: number;

  @Field(() => Float, {
    nullable: true,
    description: 'New items per calendar hour; leave out to estimate from history.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @NullClears()
  arrivalRatePerHour?: number | null;

  @Field(() => WorkingCalendarInput, { nullable: true })
  @IsOptional()
  @ValidateNested()
  @Type(() => WorkingCalendarInput)
  calendar?: WorkingCalendarInput;
}
