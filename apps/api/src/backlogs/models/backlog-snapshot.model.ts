import { Field, GraphQLISODateTime, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('BacklogSnapshot', { description: 'An open count reported at a moment.' })
export class BacklogSnapshotModel {
  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field(() => Int)
  open: number;

  @Field(() => GraphQLISODateTime, { description: 'When Lagebild received the report.' })
  recordedAt: Date;
}
