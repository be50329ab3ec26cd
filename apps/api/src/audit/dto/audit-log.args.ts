import { ArgsType, Field, GraphQLISODateTime, Int } from '@nestjs/graphql';
import { IsDate, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class AuditLogArgs {
  @Field({
    nullable: true,
    description: 'Entity type, e.g. Service, Incident, Backlog; omit for every type.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  entity?: string;

  @Field({ nullable: true, description: 'Id or key of one object; omit for all of the type.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  id?: string;

  @Field({
    nullable: true,
    description: 'Who made the change: an e-mail address or `api-key:<name>`.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(320)
  actor?: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Changes at or after this.' })
  @IsOptional()
  @IsDate()
  from?: Date;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'Changes before this.' })
  @IsOptional()
  @IsDate()
  to?: Date;

  @Field(() => Int, { defaultValue: 100 })
  @IsInt()
  @Min(1)
  @Max(1000)
  limit: number;

  @Field(() => Int, {
    defaultValue: 0,
    description: 'How many of the newest matching entries to skip (the next page).',
  })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  offset: number;
}
