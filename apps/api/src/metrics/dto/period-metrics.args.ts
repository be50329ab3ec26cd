import { ArgsType, Field, GraphQLISODateTime } from '@nestjs/graphql';
import { IsDate, IsOptional } from 'class-validator';

@ArgsType()
export class PeriodMetricsArgs {
  @Field(() => GraphQLISODateTime)
  @IsDate()
  from: Date;

  @Field(() => GraphQLISODateTime)
  @IsDate()
  to: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Judge at; default now.' })
  @IsOptional()
  @IsDate()
  asOf?: Date;
}
