import { Field, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';
import { DeliveryStatusEnum, UnsentReasonEnum } from '../../delivery/models/delivery.model';

@ObjectType('CohortSample', { description: 'One customer’s mail as it would go out now.' })
export class CohortSampleModel {
  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field()
  subject: string;

  @Field({ description: 'Plain text, with this customer’s facts merged in.' })
  body: string;
}

@ObjectType('CohortPreview', {
  description: 'Who an e-mail to the affected customers reaches if it is published now.',
})
export class CohortPreviewModel {
  @Field(() => Int, { description: 'Distinct addresses that would receive one mail each.' })
  recipientCount: number;

  @Field(() => Int, { description: 'Addresses left out because the customer unsubscribed.' })
  suppressedCount: number;

  @Field(() => Int, {
    description: 'Addresses left out because the customer reads the other language.',
  })
  otherLocaleCount: number;

  @Field(() => [CohortSampleModel], { description: 'Up to three rendered mails.' })
  samples: CohortSampleModel[];
}

@ObjectType('CommunicationDelivery', { description: 'A customer notice to one recipient.' })
export class CommunicationDeliveryModel {
  @Field(() => ID, { description: 'The outbox message (also the Message-ID).' })
  id: string;

  @Field()
  email: string;

  @Field(() => String, { nullable: true })
  name: string | null;

  @Field(() => DeliveryStatusEnum)
  status: keyof typeof DeliveryStatusEnum;

  @Field(() => UnsentReasonEnum, { nullable: true })
  unsentReason: keyof typeof UnsentReasonEnum | null;

  @Field(() => Int)
  attempts: number;

  @Field(() => String, { nullable: true })
  lastError: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  sentAt: Date | null;
}

@ObjectType('CommunicationDeliveryPageInfo')
export class CommunicationDeliveryPageInfoModel {
  @Field()
  hasNextPage: boolean;

  @Field(() => String, { nullable: true })
  endCursor: string | null;
}

@ObjectType('CommunicationDeliveryEdge')
export class CommunicationDeliveryEdgeModel {
  @Field()
  cursor: string;

  @Field(() => CommunicationDeliveryModel)
  node: CommunicationDeliveryModel;
}

@ObjectType('CommunicationDeliveryConnection', {
  description: 'A notice’s delivery records by address, in Relay-style pages.',
})
export class CommunicationDeliveryConnectionModel {
  @Field(() => [CommunicationDeliveryEdgeModel])
  edges: CommunicationDeliveryEdgeModel[];

  @Field(() => [CommunicationDeliveryModel])
  nodes: CommunicationDeliveryModel[];

  @Field(() => CommunicationDeliveryPageInfoModel)
  pageInfo: CommunicationDeliveryPageInfoModel;

  @Field(() => Int, { description: 'Records matching the status filter.' })
  totalCount: number;

  @Field(() => Int)
  queued: number;

  @Field(() => Int)
  sent: number;

  @Field(() => Int)
  failed: number;
}
