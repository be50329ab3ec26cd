import { Field, GraphQLISODateTime, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { type CommunicationDebtExemption, type CommunicationDebtStatus } from '@lagebild/domain';

export const CommunicationDebtStatusEnum = {
  NOT_REQUIRED: 'NOT_REQUIRED',
  ON_TIME: 'ON_TIME',
  OVERDUE: 'OVERDUE',
} as const satisfies { [S in CommunicationDebtStatus]: S };

export const CommunicationDebtExemptionEnum = {
  NOT_CUSTOMER_FACING: 'NOT_CUSTOMER_FACING',
  RESOLVED: 'RESOLVED',
  NO_CADENCE: 'NO_CADENCE',
} as const satisfies { [E in CommunicationDebtExemption]: E };

registerEnumType(CommunicationDebtStatusEnum, {
  name: 'CommunicationDebtStatus',
  description:
    'NOT_REQUIRED: nobody is owed a word; ON_TIME: not due yet; OVERDUE: due and unsaid.',
});
registerEnumType(CommunicationDebtExemptionEnum, {
  name: 'CommunicationDebtExemption',
  description: 'Why no public word is owed.',
});

@ObjectType('CommunicationDebt', {
  description: 'How long customers have waited for a word against the cadence of the severity.',
})
export class CommunicationDebtModel {
  @Field(() => CommunicationDebtStatusEnum)
  status: CommunicationDebtStatus;

  @Field(() => CommunicationDebtExemptionEnum, { nullable: true })
  exemption: CommunicationDebtExemption | null;

  @Field(() => Int, { nullable: true, description: 'Minutes between public words; null: none.' })
  cadenceMinutes: number | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  lastPublicUpdateAt: Date | null;

  @Field(() => GraphQLISODateTime, { nullable: true })
  nextUpdateDueAt: Date | null;

  @Field(() => Int, { description: 'Whole minutes past the due time; 0 unless overdue.' })
  overdueMinutes: number;

  @Field(() => Int)
  minutesSinceLastPublicWord: number;
}
