import { Field, Int, ObjectType } from '@nestjs/graphql';
import { BacklogModel } from './backlog.model';
import { BacklogSnapshotModel } from './backlog-snapshot.model';

@ObjectType('RecordBacklogSnapshotPayload')
export class RecordBacklogSnapshotPayload {
  @Field(() => BacklogModel)
  backlog: BacklogModel;

  @Field(() => BacklogSnapshotModel)
  snapshot: BacklogSnapshotModel;

  @Field({ description: 'True when this key was seen before and nothing was written again.' })
  replayed: boolean;
}

@ObjectType('UpsertBacklogItemsPayload')
export class UpsertBacklogItemsPayload {
  @Field(() => BacklogModel)
  backlog: BacklogModel;

  @Field(() => Int, { description: 'Items in the call.' })
  received: number;

  @Field(() => Int, { description: 'New external refs.' })
  inserted: number;

  @Field(() => Int, { description: 'Known refs whose times changed.' })
  updated: number;

  @Field(() => Int, { description: 'Known refs sent again unchanged.' })
  unchanged: number;

  @Field({ description: 'True when this key was seen before and nothing was written again.' })
  replayed: boolean;
}
