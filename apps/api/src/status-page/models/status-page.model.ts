import {
  type IncidentStatus,
  type PublicIncidentTitleCode,
  type ServiceStatus,
  type Severity,
  type StatusIndicator,
} from '@lagebild/domain';
import { Field, GraphQLISODateTime, ID, ObjectType, registerEnumType } from '@nestjs/graphql';
import { IncidentStatusEnum, SeverityEnum } from '../../incidents/models/incident.model';
import { ServiceStatusEnum } from '../../services/models/service.model';
import { ContactWayModel } from '../../settings/models/organisation-settings.model';

export const StatusIndicatorEnum = {
  none: 'none',
  minor: 'minor',
  major: 'major',
  critical: 'critical',
} as const satisfies { [I in StatusIndicator]: I };

export const PublicIncidentTitleCodeEnum = {
  SET: 'SET',
  DISRUPTION: 'DISRUPTION',
} as const satisfies { [C in PublicIncidentTitleCode]: C };

registerEnumType(PublicIncidentTitleCodeEnum, {
  name: 'PublicIncidentTitleCode',
  description: 'How the public title of an incident is made (see `PublicIncident.titleCode`).',
});

registerEnumType(StatusIndicatorEnum, {
  name: 'StatusIndicator',
  description: 'The overall indicator of the common status-page format.',
});

@ObjectType('PublicService', { description: 'A service as the public sees it.' })
export class PublicServiceModel {
  @Field()
  key: string;

  @Field()
  name: string;

  @Field(() => ServiceStatusEnum)
  status: ServiceStatus;
}

@ObjectType('PublicIncidentUpdate', { description: 'A public timeline entry.' })
export class PublicIncidentUpdateModel {
  @Field(() => ID)
  id: string;

  @Field({ description: 'Plain text; escape it when showing it as HTML.' })
  body: string;

  @Field(() => IncidentStatusEnum, { description: 'The incident’s status when this was said.' })
  status: IncidentStatus;

  @Field(() => GraphQLISODateTime)
  displayAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  nextUpdateAt: Date | null;
}

@ObjectType('PublicIncident', {
  description: 'An incident as the public sees it: no summary, no internal entries.',
})
export class PublicIncidentModel {
  @Field(() => ID)
  id: string;

  @Field()
  ref: string;

  @Field({
    description:
      'What the public reads as its name: the public title the team set, or else a neutral English wording naming the affected services ("Disruption: Web shop"). Never the internal title. Word `titleCode` for other languages.',
  })
  title: string;

  @Field(() => PublicIncidentTitleCodeEnum, {
    description:
      'SET: `title` is the public title the team set; DISRUPTION: none was set, word it with `titleServices`.',
  })
  titleCode: PublicIncidentTitleCode;

  @Field(() => [String], {
    description: 'For DISRUPTION: the public names of the affected services; otherwise empty.',
  })
  titleServices: string[];

  @Field(() => SeverityEnum)
  severity: Severity;

  @Field(() => IncidentStatusEnum)
  status: IncidentStatus;

  @Field(() => GraphQLISODateTime)
  startedAt: Date;

  @Field(() => GraphQLISODateTime, { nullable: true })
  resolvedAt: Date | null;

  @Field(() => [String], { description: 'Keys of the services it impaired.' })
  affectedServiceKeys: string[];

  @Field(() => [PublicIncidentUpdateModel], { description: 'Public entries, newest first.' })
  updates: PublicIncidentUpdateModel[];

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'The next update the newest public entry promised (it may have passed); null once resolved or when it promised none.',
  })
  nextUpdateAt: Date | null;
}

@ObjectType('StatusPage', { description: 'What the public sees, without logging in.' })
export class StatusPageModel {
  @Field({ description: 'Who runs the page: the organisation’s name.' })
  organisationName: string;

  @Field({
    description:
      'The title the organisation set; empty when none (then the page’s own title in the reader’s language).',
  })
  title: string;

  @Field({ description: 'Who customers contact; may be empty.' })
  supportContact: string;

  @Field(() => [ContactWayModel], { description: 'Other ways to reach the organisation.' })
  contactWays: ContactWayModel[];

  @Field({ description: 'The organisation’s IANA time zone, e.g. Europe/Berlin.' })
  timeZone: string;

  @Field(() => StatusIndicatorEnum)
  indicator: StatusIndicator;

  @Field({ description: 'e.g. "All Systems Operational".' })
  description: string;

  @Field(() => GraphQLISODateTime)
  updatedAt: Date;

  @Field(() => [PublicServiceModel])
  services: PublicServiceModel[];

  @Field(() => [PublicIncidentModel], { description: 'Unresolved incidents, newest first.' })
  activeIncidents: PublicIncidentModel[];

  @Field(() => [PublicIncidentModel], {
    description: 'Incidents resolved within the last 90 days, most recently resolved first.',
  })
  recentIncidents: PublicIncidentModel[];
}
