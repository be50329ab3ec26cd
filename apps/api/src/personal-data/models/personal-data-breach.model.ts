import {
  AUTHORITY_DECISIONS,
  type AuthorityDecision,
  BREACH_ASPECTS,
  type BreachAspect,
  type NotificationClockState,
} from '@lagebild/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';

/** GraphQL enums built from the domain's lists, so the two can never drift apart. */
function enumOf<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const BreachAspectEnum = enumOf(BREACH_ASPECTS);
export const AuthorityDecisionEnum = enumOf(AUTHORITY_DECISIONS);
export const NotificationClockStateEnum = enumOf<NotificationClockState>([
  'RUNNING',
  'OVERDUE',
  'NOTIFIED',
  'NOT_REQUIRED',
]);

registerEnumType(BreachAspectEnum, {
  name: 'BreachAspect',
  description: 'Which protection goal of personal data the incident hit.',
});
registerEnumType(AuthorityDecisionEnum, {
  name: 'AuthorityDecision',
  description:
    'Notifying the supervisory authority (GDPR Art. 33): not decided yet, notified, or not required (reason recorded).',
});
registerEnumType(NotificationClockStateEnum, {
  name: 'NotificationClockState',
  description: 'Where the 72-hour clock stands.',
});

@ObjectType('NotificationClock', {
  description: 'The 72-hour clock of GDPR Art. 33, from the moment of awareness.',
})
export class NotificationClockModel {
  @Field(() => NotificationClockStateEnum)
  state: NotificationClockState;

  @Field(() => GraphQLISODateTime, { description: 'Awareness + 72 hours.' })
  deadline: Date;

  @Field(() => Int, { description: 'Whole minutes left while RUNNING; else 0.' })
  minutesLeft: number;

  @Field(() => Int, { description: 'Whole minutes past the deadline while OVERDUE; else 0.' })
  minutesOverdue: number;

  @Field({ description: 'True when the authority was notified after the deadline.' })
  notifiedLate: boolean;
}

@ObjectType('PersonalDataBreach', {
  description: 'The breach record kept with an incident that affects personal data.',
})
export class PersonalDataBreachModel {
  @Field(() => ID)
  incidentId: string;

  @Field(() => [BreachAspectEnum])
  aspects: BreachAspect[];

  @Field(() => GraphQLISODateTime, { description: 'When the organisation became aware.' })
  awareAt: Date;

  @Field()
  facts: string;

  @Field()
  effects: string;

  @Field()
  remedialAction: string;

  @Field(() => Int, { nullable: true })
  affectedPeopleEstimate: number | null;

  @Field(() => AuthorityDecisionEnum)
  authorityDecision: AuthorityDecision;

  @Field(() => GraphQLISODateTime, { nullable: true })
  authorityNotifiedAt: Date | null;

  @Field({ description: 'Why notification is not required, or why it came late.' })
  authorityReason: string;

  @Field(() => NotificationClockModel, { description: 'The clock at the time of the read.' })
  clock: NotificationClockModel;

  @Field(() => Int)
  version: number;

  @Field()
  createdBy: string;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
