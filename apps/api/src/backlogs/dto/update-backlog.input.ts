import { Field, Float, InputType, Int } from '@nestjs/graphql';
import { IsInt, IsNumber, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { NullClears, PartialUpdate } from '../../graphql/validation.pipe';

@PartialUpdate()
@InputType({
  description:
    'Changes what describes a backlog; fields left out stay. `version` is the one the form was opened with.',
})
export class UpdateBacklogInput {
  @Field()
  @IsString()
  @MaxLength(64)
  backlogKey: string;

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
  @MaxLength(80)
  unit?: string;

  @Field(() => Float, {
    nullable: true,
    description: 'Hours within which each item is promised; null: no promise.',
  })
  @IsOptional()
  @IsNumber({ allowNaN: false, allowInfinity: false })
  @NullClears()
  promiseHours?: number | null;
}
