import {
  COMMUNICATION_AUDIENCES,
  COMMUNICATION_CHANNELS,
  COMMUNICATION_LOCALES,
  COMMUNICATION_STATUSES,
  COMMUNICATION_TEMPLATE_KINDS,
  type CommunicationAudience,
  type CommunicationChannel,
  type CommunicationLocale,
  type CommunicationStatus,
  type CommunicationTemplateKind,
} from '@lagebild/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** GraphQL enums built from the domain's lists, so the two can never drift apart. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const CommunicationChannelEnum = enumOf(COMMUNICATION_CHANNELS);
export const CommunicationAudienceEnum = enumOf(COMMUNICATION_AUDIENCES);
export const CommunicationLocaleEnum = enumOf(COMMUNICATION_LOCALES);
export const CommunicationStatusEnum = enumOf(COMMUNICATION_STATUSES);
export const CommunicationTemplateKindEnum = enumOf(COMMUNICATION_TEMPLATE_KINDS);

registerEnumType(CommunicationChannelEnum, {
  name: 'CommunicationChannel',
  description: 'Where a message goes out.',
});
registerEnumType(CommunicationAudienceEnum, {
  name: 'CommunicationAudience',
  description: 'Who a message is for. Only e-mail can be INTERNAL.',
});
registerEnumType(CommunicationLocaleEnum, {
  name: 'CommunicationLocale',
  description: 'The language of a message.',
});
registerEnumType(CommunicationStatusEnum, {
  name: 'CommunicationStatus',
  description: 'DRAFT -> APPROVED -> PUBLISHED, or RETRACTED.',
});
registerEnumType(CommunicationTemplateKindEnum, {
  name: 'CommunicationTemplateKind',
  description: 'The occasion of a built-in template.',
});

@ObjectType('Cohort', { description: 'The affected customers an e-mail goes to.' })
export class CohortModel {
  @Field(() => [String])
  backlogKeys: string[];

  @Field()
  openOnly: boolean;
}

@ObjectType('Communication', {
  description: 'A message to customers (or staff) about an incident, in one language.',
})
export class CommunicationModel {
  @Field(() => ID)
  id: string;

  @Field(() => ID)
  incidentId: string;

  @Field(() => CommunicationChannelEnum)
  channel: CommunicationChannel;

  @Field(() => CommunicationAudienceEnum)
  audience: CommunicationAudience;

  @Field(() => CommunicationLocaleEnum)
  locale: CommunicationLocale;

  @Field(() => CommunicationTemplateKindEnum, {
    nullable: true,
    description: 'The built-in template it was rendered from; null for a custom template.',
  })
  templateKind: CommunicationTemplateKind | null;

  @Field()
  subject: string;

  @Field({ description: 'Plain text; escape it when showing it as HTML.' })
  body: string;

  @Field(() => CommunicationStatusEnum)
  status: CommunicationStatus;

  @Field(() => Int, { description: 'Send it back with a change; a stale one is refused.' })
  version: number;

  @Field()
  createdBy: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => String, { nullable: true })
  approvedBy: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  approvedAt: Date | null;

  @Field(() => String, { nullable: true })
  publishedBy: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  publishedAt: Date | null;

  @Field(() => String, { nullable: true })
  retractedBy: string | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  retractedAt: Date | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The public timeline entry publishing created (public status-page messages).',
  })
  timelineUpdateId: string | null;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field(() => CohortModel, {
    nullable: true,
    description: 'Who an e-mail to the affected customers goes to; null for other messages.',
  })
  cohort: CohortModel | null;

  @Field(() => ID, { nullable: true, description: 'The customer notice this one corrects.' })
  correctsId: string | null;
}
