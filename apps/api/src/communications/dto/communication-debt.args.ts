import { ArgsType, Field, GraphQLISODateTime } from '@nestjs/graphql';
import { IsDate, IsOptional } from 'class-validator';

@ArgsType()
export class AsOfArgs {
  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The moment to judge at; default now (a past moment replays it).',
  })
  @IsOptional()
  @IsDate()
  asOf?: Date;
}
