import {
  type AggregatedBacklogForecast,
  type ArrivalRateSource,
  type Backlog,
  type BacklogForecastRequest,
  type NotClearingReason,
  type StaffNeedUnreachableReason,
} from '@lagebild/domain';
import {
  Field,
  Float,
  GraphQLISODateTime,
  Int,
  ObjectType,
  registerEnumType,
} from '@nestjs/graphql';

export const BacklogNotClearingReasonEnum = {
  NO_CAPACITY: 'NO_CAPACITY',
  ARRIVALS_OUTPACE_CAPACITY: 'ARRIVALS_OUTPACE_CAPACITY',
  BEYOND_HORIZON: 'BEYOND_HORIZON',
} as const satisfies { [R in NotClearingReason]: R };

export const StaffNeedUnreachableReasonEnum = {
  DEADLINE_PASSED: 'DEADLINE_PASSED',
  NO_WORKING_TIME_BEFORE_DEADLINE: 'NO_WORKING_TIME_BEFORE_DEADLINE',
  NO_OUTPUT_PER_STAFF: 'NO_OUTPUT_PER_STAFF',
} as const satisfies { [R in StaffNeedUnreachableReason]: R };

export const ArrivalRateSourceEnum = {
  SETTING: 'SETTING',
  ITEMS: 'ITEMS',
  SNAPSHOTS: 'SNAPSHOTS',
  NONE: 'NONE',
} as const satisfies { [S in ArrivalRateSource]: S };

registerEnumType(BacklogNotClearingReasonEnum, {
  name: 'BacklogNotClearingReason',
  description:
    'NO_CAPACITY: nobody works it; ARRIVALS_OUTPACE_CAPACITY: a week brings at least what is worked off; BEYOND_HORIZON: it shrinks but needs more than a year.',
});
registerEnumType(StaffNeedUnreachableReasonEnum, {
  name: 'StaffNeedUnreachableReason',
  description: 'Why no number of people meets the deadline.',
});
registerEnumType(ArrivalRateSourceEnum, {
  name: 'ArrivalRateSource',
  description:
    "SETTING: the backlog's own rate; ITEMS / SNAPSHOTS: estimated from the last 72 h; NONE: no history, 0 assumed.",
});

@ObjectType('BacklogProjectionPoint', {
  description: 'A point of the projected burn-down line; the count is linear between points.',
})
export class BacklogProjectionPointModel {
  @Field(() => GraphQLISODateTime)
  at: Date;

  @Field(() => Float)
  open: number;
}

@ObjectType('BacklogItemMissingPromise', {
  description: 'An open item that will be done after its due time (oldest first).',
})
export class BacklogItemMissingPromiseModel {
  @Field()
  externalRef: string;

  @Field(() => GraphQLISODateTime)
  receivedAt: Date;

  @Field(() => GraphQLISODateTime)
  dueAt: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When it will be done at this capacity; null when not within a year.',
  })
  expectedDoneAt: Date | null;

  @Field({ description: 'Already past due at asOf.' })
  overdue: boolean;
}

/** The forecast behind a `BacklogForecast` object, kept for paging its late items. */
export interface MissingPromiseSource {
  backlogId: string;
  backlog: Backlog;
  request: BacklogForecastRequest;
  forecast: AggregatedBacklogForecast;
}

@ObjectType('BacklogForecast', {
  description:
    'When the backlog clears at its capacity, counting work only in working hours and arrivals around the clock.',
})
export class BacklogForecastModel {
  @Field(() => GraphQLISODateTime)
  asOf: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  deadline: Date | null;

  @Field(() => Int, { description: 'Open at asOf.' })
  open: number;

  @Field(() => Float, {
    description:
      "Staff the forecast assumes: the backlog's own (or the what-if's) plus continuationPlanStaff.",
  })
  staff: number;

  @Field(() => Float, {
    description: 'Of `staff`, the people running continuation plans add at asOf.',
  })
  continuationPlanStaff: number;

  @Field(() => Float, { description: 'Items worked off per working hour.' })
  capacityPerHour: number;

  @Field(() => Float)
  arrivalRatePerHour: number;

  @Field(() => ArrivalRateSourceEnum)
  arrivalRateSource: ArrivalRateSource;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'First moment nothing is open; null when it does not clear at this capacity.',
  })
  clearsAt: Date | null;

  @Field(() => BacklogNotClearingReasonEnum, { nullable: true })
  notClearingReason: NotClearingReason | null;

  @Field(() => Float, { nullable: true, description: 'Calendar hours from asOf to clearsAt.' })
  hoursToClear: number | null;

  @Field(() => Float, { nullable: true, description: 'Working hours from asOf to clearsAt.' })
  workingHoursToClear: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Whole people needed to clear by the deadline; null without deadline or when unreachable.',
  })
  staffNeededByDeadline: number | null;

  @Field(() => StaffNeedUnreachableReasonEnum, { nullable: true })
  staffNeededByDeadlineUnreachableReason: StaffNeedUnreachableReason | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Whole people needed to clear within 7 days of asOf.',
  })
  staffToClearWithinWeek: number | null;

  @Field(() => StaffNeedUnreachableReasonEnum, { nullable: true })
  staffToClearWithinWeekUnreachableReason: StaffNeedUnreachableReason | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Open items that will be done after their due time per the forecast (already overdue ones included) — "will miss", as opposed to `promisesMissed` ("already missed"). Null when unknown: a backlog with counts only says nothing about due times.',
  })
  itemsWillMissPromiseCount: number | null;

  @Field(() => Int, {
    description: 'Like itemsWillMissPromiseCount, but 0 when unknown.',
    deprecationReason: 'Says 0 when nothing is known; use itemsWillMissPromiseCount.',
  })
  itemsMissingPromiseCount: number;

  /** What the `itemsMissingPromise(first)` field needs to read just the rows it lists. */
  missingPromiseSource: MissingPromiseSource;

  @Field(() => [BacklogProjectionPointModel], {
    description: 'Projected open count from asOf until it clears (or 7 days when it does not).',
  })
  projection: BacklogProjectionPointModel[];
}
