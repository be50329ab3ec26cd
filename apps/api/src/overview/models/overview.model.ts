import {
  type IncidentStatus,
  type NotClearingReason,
  type ServiceStatus,
  type Severity,
} from '@lagebild/domain';
import { Field, GraphQLISODateTime, ID, Int, ObjectType, registerEnumType } from '@nestjs/graphql';
import { BacklogModel } from '../../backlogs/models/backlog.model';
import { RecoveryTaskModel } from '../../recovery/models/recovery-task.model';
import { BacklogNotClearingReasonEnum } from '../../backlogs/models/backlog-forecast.model';
import { CommunicationDebtModel } from '../../communications/models/communication-debt.model';
import {
  IncidentModel,
  IncidentStatusEnum,
  SeverityEnum,
} from '../../incidents/models/incident.model';
import { ServiceModel, ServiceStatusEnum } from '../../services/models/service.model';
import { ContinuationPlanActivationModel } from '../../continuity-plans/models/continuation-plan.model';
import { NotificationClockModel } from '../../personal-data/models/personal-data-breach.model';
import { SupplierGapModel } from '../../services/models/supplier-gap.model';

export const OverviewRecoveryGapCodeEnum = {
  NOT_RESOLVED: 'NOT_RESOLVED',
  BACKLOG_OPEN: 'BACKLOG_OPEN',
  CUSTOMERS_NOT_TOLD: 'CUSTOMERS_NOT_TOLD',
} as const;
export type OverviewRecoveryGapCode = keyof typeof OverviewRecoveryGapCodeEnum;

registerEnumType(OverviewRecoveryGapCodeEnum, {
  name: 'OverviewRecoveryGapCode',
  description:
    'What keeps a technically resolved incident from being business-recovered: an open backlog or customers not told.',
});

@ObjectType('OverviewSeverityCount')
export class OverviewSeverityCountModel {
  @Field(() => SeverityEnum)
  severity: Severity;

  @Field(() => Int)
  count: number;
}

@ObjectType('OverviewServiceOutage', {
  description: 'A service not operational at the overview moment, against its RTO.',
})
export class OverviewServiceOutageModel {
  @Field()
  serviceKey: string;

  @Field(() => ServiceModel)
  service: ServiceModel;

  @Field(() => ServiceStatusEnum, { description: 'Its status at the overview moment.' })
  status: ServiceStatus;

  @Field(() => GraphQLISODateTime, { description: 'Impaired since (the RTO counts from here).' })
  since: Date;

  @Field(() => Int)
  rtoMinutes: number;

  @Field(() => GraphQLISODateTime, { description: 'When it should have been back.' })
  rtoDueAt: Date;

  @Field()
  rtoPassed: boolean;

  @Field(() => Int, { description: 'Whole minutes until the RTO passes; 0 once it has.' })
  minutesLeft: number;

  @Field(() => Int, { description: 'Whole minutes past the RTO; 0 while within it.' })
  minutesOverRto: number;

  @Field(() => [ID], { description: 'Incidents whose open impacts keep it down.' })
  incidentIds: string[];
}

@ObjectType('OverviewRecoveryProgress', {
  description: "An incident's recovery plan against the RTOs of the services it keeps down.",
})
export class OverviewRecoveryProgressModel {
  @Field(() => Int)
  taskCount: number;

  @Field(() => Int)
  doneTaskCount: number;

  @Field(() => Int, { description: 'Done tasks as a whole percentage of all tasks.' })
  percentDone: number;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the plan should be complete (critical path); null when nothing is open.',
  })
  expectedCompletionAt: Date | null;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'The latest RTO due time of the services it keeps down.',
  })
  rtoDueAt: Date | null;

  @Field(() => Int)
  servicesDown: number;

  @Field(() => Int)
  servicesPastRto: number;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'False when an RTO passed or the plan ends after the RTOs; null when there is nothing to compare.',
  })
  withinRto: boolean | null;
}

@ObjectType('OverviewIncident', { description: 'An incident active at the overview moment.' })
export class OverviewIncidentModel {
  @Field(() => IncidentModel)
  incident: IncidentModel;

  @Field(() => OverviewRecoveryProgressModel, {
    description:
      'Tasks as they stand now (task history is not replayed); RTOs as of the overview moment.',
  })
  recoveryProgress: OverviewRecoveryProgressModel;

  @Field(() => CommunicationDebtModel)
  communicationDebt: CommunicationDebtModel;

  @Field(() => [RecoveryTaskModel], {
    description:
      'What is done first: the open recovery tasks in recommended order, at most three, with their reasons.',
  })
  firstTasks: RecoveryTaskModel[];

  @Field(() => Int, {
    description:
      'Backlog items and promised updates that already missed their promise ("missed", as opposed to itemsWillMissPromise).',
  })
  promisesMissed: number;

  @Field(() => NotificationClockModel, {
    nullable: true,
    description:
      'For an incident affecting personal data: the 72-hour clock for notifying the authority (GDPR Art. 33) at the overview moment.',
  })
  personalDataClock: NotificationClockModel | null;

  @Field(() => [ContinuationPlanActivationModel], {
    description: 'Continuation plans running for the incident at the overview moment.',
  })
  activePlans: ContinuationPlanActivationModel[];
}

@ObjectType('OverviewBacklog', { description: 'One backlog with its forecast at the moment.' })
export class OverviewBacklogModel {
  @Field(() => BacklogModel)
  backlog: BacklogModel;

  @Field(() => Int)
  open: number;

  @Field(() => GraphQLISODateTime, { nullable: true })
  clearsAt: Date | null;

  @Field(() => BacklogNotClearingReasonEnum, { nullable: true })
  notClearingReason: NotClearingReason | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Open items that will be done after their due time ("will miss"); null when unknown (counts only, no items).',
  })
  itemsWillMissPromise: number | null;

  @Field(() => Int, {
    description: 'Like itemsWillMissPromise, but 0 when unknown.',
    deprecationReason: 'Says 0 when nothing is known; use itemsWillMissPromise.',
  })
  itemsMissingPromise: number;
}

@ObjectType('OverviewBacklogs', { description: 'All backlogs together.' })
export class OverviewBacklogsModel {
  @Field(() => Int, { description: 'Items open over every backlog not accepted.' })
  totalOpen: number;

  @Field(() => Int)
  openBacklogCount: number;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'When the last open backlog clears; null when none is open or one never clears.',
  })
  clearsAt: Date | null;

  @Field({ description: 'True when an open backlog does not clear at its current capacity.' })
  someNeverClear: boolean;

  @Field(() => Int, {
    description:
      'Open items that will miss their promise ("will miss"), over the backlogs where it is known.',
  })
  itemsWillMissPromise: number;

  @Field(() => Int, {
    description:
      'Open backlogs with counts only, for which nobody knows how many will miss: itemsWillMissPromise is then a floor.',
  })
  itemsWillMissPromiseUnknownBacklogs: number;

  @Field(() => Int, {
    description: 'Open items that will miss their promise.',
    deprecationReason: 'Renamed to itemsWillMissPromise, to tell it apart from promisesMissed.',
  })
  itemsMissingPromise: number;

  @Field(() => [OverviewBacklogModel], { description: 'Every backlog, by key.' })
  backlogs: OverviewBacklogModel[];
}

@ObjectType('OverviewOverdueCommunication', {
  description: 'An incident whose customers are owed a public word (communication debt).',
})
export class OverviewOverdueCommunicationModel {
  @Field(() => IncidentModel)
  incident: IncidentModel;

  @Field(() => CommunicationDebtModel)
  debt: CommunicationDebtModel;
}

@ObjectType('OverviewPromisesMissed', {
  description: 'Promises broken so far by the incidents on the overview.',
})
export class OverviewPromisesMissedModel {
  @Field(() => Int, {
    description: 'Backlog items done after, or still open past, their due time.',
  })
  backlogItems: number;

  @Field(() => Int, { description: 'Promised next updates that passed without a public word.' })
  updates: number;

  @Field(() => Int)
  total: number;
}

@ObjectType('OverviewRecoveryGap', { description: 'One thing still missing, as data.' })
export class OverviewRecoveryGapModel {
  @Field(() => OverviewRecoveryGapCodeEnum)
  code: OverviewRecoveryGapCode;

  @Field(() => String, { nullable: true })
  backlogKey: string | null;

  @Field(() => String, { nullable: true, description: 'The open backlog’s name (BACKLOG_OPEN).' })
  backlogName: string | null;

  @Field(() => Int, { nullable: true })
  open: number | null;

  @Field(() => IncidentStatusEnum, {
    nullable: true,
    description: 'Where the incident stands (NOT_RESOLVED).',
  })
  status: IncidentStatus | null;
}

@ObjectType('OverviewUnrecoveredIncident', {
  description: 'Technically resolved, but the business is not back yet (two-phase closure).',
})
export class OverviewUnrecoveredIncidentModel {
  @Field(() => IncidentModel)
  incident: IncidentModel;

  @Field(() => [String], { description: 'What is still missing, one sentence each.' })
  missing: string[];

  @Field(() => [OverviewRecoveryGapModel])
  gaps: OverviewRecoveryGapModel[];
}

@ObjectType('OverviewServiceOutageCost', {
  description: "One impaired service's share of the cost.",
})
export class OverviewServiceOutageCostModel {
  @Field()
  serviceKey: string;

  @Field(() => ServiceModel, { nullable: true, description: 'null when the service is gone.' })
  service: ServiceModel | null;

  @Field(() => Int, { description: 'Minutes impaired at all, whatever the status.' })
  impairedMinutes: number;

  @Field(() => Int, {
    description: 'Minutes of full outage the impaired time is worth (weighted by status).',
  })
  lostMinutes: number;

  @Field(() => Int)
  orders: number;

  @Field(() => Int)
  euros: number;

  @Field({ description: 'False when the service has no cost estimate (it then adds 0).' })
  estimated: boolean;
}

@ObjectType('OverviewOutageCost', {
  description:
    'The estimated cost of the outage so far: the impacts of the incidents active at the moment and of those resolved but not yet business-recovered, each service counted once at its worst status (major 100 %, partial 50 %, degraded 25 %).',
})
export class OverviewOutageCostModel {
  @Field(() => Int, { description: 'Orders lost, estimated, whole orders.' })
  orders: number;

  @Field(() => Int, { description: 'Euros lost, estimated, whole euros.' })
  euros: number;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Start of the earliest impaired period counted; null when nothing was impaired.',
  })
  since: Date | null;

  @Field(() => [String], {
    description:
      'Impaired services without a cost estimate: the totals are a floor while any are listed.',
  })
  unestimatedServiceKeys: string[];

  @Field(() => [OverviewServiceOutageCostModel], { description: 'Most euros first.' })
  services: OverviewServiceOutageCostModel[];
}

@ObjectType('Overview', { description: "Management's situation picture at one moment." })
export class OverviewModel {
  @Field(() => GraphQLISODateTime, { description: 'The moment the picture shows.' })
  asOf: Date;

  @Field(() => Int)
  activeIncidentCount: number;

  @Field(() => [OverviewSeverityCountModel], { description: 'Every severity, SEV1 first.' })
  activeIncidentsBySeverity: OverviewSeverityCountModel[];

  @Field(() => [OverviewIncidentModel], { description: 'Most severe first, then oldest first.' })
  activeIncidents: OverviewIncidentModel[];

  @Field(() => [OverviewServiceOutageModel], { description: 'Most critical tier first.' })
  servicesNotOperational: OverviewServiceOutageModel[];

  @Field(() => OverviewBacklogsModel)
  backlogs: OverviewBacklogsModel;

  @Field(() => [OverviewOverdueCommunicationModel], { description: 'Longest overdue first.' })
  overdueCommunications: OverviewOverdueCommunicationModel[];

  @Field(() => OverviewPromisesMissedModel)
  promisesMissed: OverviewPromisesMissedModel;

  @Field(() => [OverviewUnrecoveredIncidentModel], {
    description: 'Resolved technically but not yet business-recovered, with what is missing.',
  })
  notBusinessRecovered: OverviewUnrecoveredIncidentModel[];

  @Field(() => [SupplierGapModel], {
    description:
      'Suppliers promising slower recovery than a service that needs them (ordered by catalogue, nearest supplier first).',
  })
  supplierGaps: SupplierGapModel[];

  @Field(() => OverviewOutageCostModel)
  outageCost: OverviewOutageCostModel;
}
