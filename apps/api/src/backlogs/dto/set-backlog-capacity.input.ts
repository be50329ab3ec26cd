import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNumber, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { NullClears, PartialUpdate } from '../../graphql/validation.pipe';

@PartialUpdate()
@InputType()
export class SetBacklogCapacityInput {
  @Field()
  @IsString()
  @MaxLength(64)
  backlogKey: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  staff: number;

  @Field(() => Float)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  itemsPerStaffHour: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Left out: unchanged; null: estimate from history; a number: use it.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @Min(0)
  @NullClears()
  arrivalRatePerHour?: number | null;
}
