import { ArgsType, Field } from '@nestjs/graphql';
import { IsOptional, IsString, MaxLength } from 'class-validator';

@ArgsType()
export class ContinuationPlansArgs {
  @Field(() => String, { nullable: true, description: "One service's plans; all when left out." })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  serviceKey?: string | null;
}
