import { Field, InputType, Int } from '@nestjs/graphql';
import { IsBoolean, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';

@InputType()
export class AcceptBacklogInput {
  @Field()
  @IsString()
  @MaxLength(64)
  backlogKey: string;

  @Field(() => Int, { description: 'The version the change is based on.' })
  @IsInt()
  @Min(1)
  version: number;

  @Field({
    nullable: true,
    defaultValue: true,
    description: 'true: accept what is left as is; false: take the acceptance back.',
  })
  @IsOptional()
  @IsBoolean()
  accepted?: boolean;
}
