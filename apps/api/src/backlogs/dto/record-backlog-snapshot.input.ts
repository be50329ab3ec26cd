import { Field, GraphQLISODateTime, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsInt, IsString, MaxLength, Min, MinLength } from 'class-validator';

@InputType()
export class RecordBacklogSnapshotInput {
  @Field()
  @IsString()
  @MaxLength(64)
  backlogKey: string;

  @Field(() => Int, { description: 'Items open at `at`.' })
  @IsInt()
  @Min(0)
  open: number;

  @Field(() => GraphQLISODateTime)
  @IsDate()
  at: Date;

  @Field({ description: 'Any string unique per report; a retry with it changes nothing.' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  idempotencyKey: string;
}
