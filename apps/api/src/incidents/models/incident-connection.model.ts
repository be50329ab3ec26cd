import { Field, Int, ObjectType } from '@nestjs/graphql';
import { IncidentModel } from './incident.model';

@ObjectType('IncidentPageInfo', { description: 'Relay-style paging information.' })
export class IncidentPageInfoModel {
  @Field()
  hasNextPage: boolean;

  @Field()
  hasPreviousPage: boolean;

  @Field(() => String, { nullable: true })
  startCursor: string | null;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType('IncidentEdge')
export class IncidentEdgeModel {
  @Field()
  cursor: string;

  @Field(() => IncidentModel)
  node: IncidentModel;
}

@ObjectType('IncidentConnection', {
  description: 'Incidents, most recently started first, in Relay-style pages.',
})
export class IncidentConnectionModel {
  @Field(() => [IncidentEdgeModel])
  edges: IncidentEdgeModel[];

  @Field(() => [IncidentModel], { description: 'The nodes of `edges`, for convenience.' })
  nodes: IncidentModel[];

  @Field(() => IncidentPageInfoModel)
  pageInfo: IncidentPageInfoModel;

  @Field(() => Int, { description: 'How many incidents match the filter in all.' })
  totalCount: number;
}
