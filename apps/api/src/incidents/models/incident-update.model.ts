import { type IncidentStatus, type UpdateVisibility } from '@lagebild/domain';
import { Field, GraphQLISODateTime, ID, ObjectType } from '@nestjs/graphql';
import { IncidentStatusEnum, UpdateVisibilityEnum } from './incident.model';

@ObjectType('IncidentUpdate', { description: 'One entry of an incident timeline.' })
export class IncidentUpdateModel {
  @Field(() => ID)
  id: string;

  @Field()
  body: string;

  @Field()
  author: string;

  @Field(() => UpdateVisibilityEnum)
  visibility: UpdateVisibility;

  @Field(() => IncidentStatusEnum, {
    nullable: true,
    description: 'The status the incident moved to with this update.',
  })
  statusChange: IncidentStatus | null;

  @Field(() => GraphQLISODateTime, { description: 'When it was written down.' })
  createdAt: Date;

  @Field(() => GraphQLISODateTime, {
    description: 'When it happened (earlier than createdAt for entries written after the fact).',
  })
  displayAt: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When readers were promised the next update.',
  })
  nextUpdateAt: Date | null;
}
