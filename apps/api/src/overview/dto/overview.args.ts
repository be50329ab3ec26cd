import { ArgsType, Field, GraphQLISODateTime } from '@nestjs/graphql';
import { IsDate, IsOptional } from 'class-validator';

@ArgsType()
export class OverviewArgs {
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The moment to show; default now (a past moment replays an outage).',
  })
  @IsOptional()
  @IsDate()
  asOf?: Date;
}
