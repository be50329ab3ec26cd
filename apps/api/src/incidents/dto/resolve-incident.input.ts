import { type UpdateVisibility } from '@lagebild/domain';
import { Field, GraphQLISODateTime, ID, InputType, Int } from '@nestjs/graphql';
import { IsDate, IsIn, IsInt, IsOptional, IsString, MaxLength, Min } from 'class-validator';
import { UpdateVisibilityEnum } from '../models/incident.model';

@InputType({
  description:
    'Marks the technology as working again: closes every open impact. Business recovery (backlogs, customers told) is separate.',
})
export class ResolveIncidentInput {
  @Field(() => ID)
  @IsString()
  @MaxLength(36)
  id: string;

  @Field(() => Int)
  @IsInt()
  @Min(1)
  version: number;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it was resolved. Defaults to now.',
  })
  @IsOptional()
  @IsDate()
  at?: Date;

  @Field({ nullable: true, description: 'Timeline entry written with the resolution.' })
  @IsOptional()
  @IsString()
  @MaxLength(10_000)
  body?: string;

  @Field(() => UpdateVisibilityEnum, {
    nullable: true,
    description: 'Of the timeline entry; default INTERNAL (publish to customers separately).',
  })
  @IsOptional()
  @IsIn(Object.values(UpdateVisibilityEnum))
  visibility?: UpdateVisibility;
}
