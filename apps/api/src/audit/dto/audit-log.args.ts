import { ArgsType, Field, Int } from '@nestjs/graphql';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';

@ArgsType()
export class AuditLogArgs {
  @Field({ description: 'Entity type, e.g. Service, Incident, Backlog.' })
  @IsString()
  @MaxLength(80)
  entity: string;

  @Field({ nullable: true, description: 'Id or key of one object; omit for all of the type.' })
  @IsOptional()
  @IsString()
  @MaxLength(120)
  id?: string;

  @Field(() => Int, { defaultValue: 100 })
  @IsInt()
  @Min(1)
  @Max(1000)
  limit: number;
}
