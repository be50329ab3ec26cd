import { Field, Float, GraphQLISODateTime, ID, Int, ObjectType } from '@nestjs/graphql';

@ObjectType('WorkingPeriod', {
  description: 'One stretch of working time on a weekday, local time.',
})
export class WorkingPeriodModel {
  @Field(() => Int, { description: 'ISO weekday: 1 = Monday … 7 = Sunday.' })
  weekday: number;

  @Field({ description: 'Local start time `HH:mm`.' })
  start: string;

  @Field({ description: 'Local end time `HH:mm` (or `24:00`).' })
  end: string;
}

@ObjectType('WorkingCalendar', {
  description: 'When the team works: weekly periods in one time zone, minus holidays.',
})
export class WorkingCalendarModel {
  @Field({ description: 'IANA time zone, e.g. `Europe/Berlin`.' })
  timeZone: string;

  @Field(() => [WorkingPeriodModel])
  workingHours: WorkingPeriodModel[];

  @Field(() => [String], { description: 'Local dates `yyyy-MM-dd` nobody works.' })
  holidays: string[];
}

@ObjectType('BacklogCapacity', { description: 'How much work the team does per working hour.' })
export class BacklogCapacityModel {
  @Field(() => Float, { description: 'People working the backlog (fractions are part-timers).' })
  staff: number;

  @Field(() => Float, { description: 'Items one person finishes per working hour.' })
  itemsPerStaffHour: number;

  @Field(() => Float, { description: 'staff × itemsPerStaffHour.' })
  perHour: number;
}

@ObjectType('Backlog', { description: 'A queue of work an outage created.' })
export class BacklogModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Stable slug, e.g. `unanswered-emails`.' })
  key: string;

  @Field()
  name: string;

  @Field({ description: 'What one item is, e.g. `e-mail`.' })
  unit: string;

  @Field(() => ID, { nullable: true, description: 'The incident that caused the backlog.' })
  incidentId: string | null;

  @Field(() => String, {
    nullable: true,
    description:
      'Key of the service whose recovery the backlog waits for; recovery tasks for that service (or one it depends on) rank higher while it is open.',
  })
  serviceKey: string | null;

  @Field(() => Float, {
    nullable: true,
    description: 'The promise to customers in calendar hours (e.g. answer within 24 h).',
  })
  promiseHours: number | null;

  @Field(() => BacklogCapacityModel)
  capacity: BacklogCapacityModel;

  @Field(() => Float, {
    nullable: true,
    description: 'New items per calendar hour; null = estimated from recent history.',
  })
  arrivalRatePerHour: number | null;

  @Field(() => WorkingCalendarModel)
  calendar: WorkingCalendarModel;

  @Field({
    description: 'Accepted as is: no longer holds up the business recovery of its incident.',
  })
  accepted: boolean;

  @Field(() => Int, { description: 'Send it back with a change; a stale one is refused.' })
  version: number;

  @Field(() => GraphQLISODateTime)
  createdAt: Date;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;
}
