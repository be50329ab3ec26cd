import { ArgsType, Field } from '@nestjs/graphql';
import { IsString, MaxLength } from 'class-validator';

@ArgsType()
export class ServiceArgs {
  @Field()
  @IsString()
  @MaxLength(64)
  key: string;
}
